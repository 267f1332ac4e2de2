#pragma once

#include <QStringList>

#include <memory>

class QApplication;

namespace mixplanner::ui {

class MainWindow;

// What the app does from its QApplication to its first shown window, in one
// place, so that mixplanner-guibench times the very steps the app takes.

// Names, icon and translations (the system's language or the preference).
void setUpApplication(QApplication &app);

// The main window with `files.front()` open; without a file, the start page
// (or the plan opened last, when the start page is turned off); the start
// page too when the given file cannot be opened. Shown, with recovery copies
// of unsaved work offered.
std::unique_ptr<MainWindow> showMainWindow(const QStringList &files);

} // namespace mixplanner::ui
