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

// The main window with `files.front()` open, or the bundled sample when no
// file is given or the file cannot be opened; shown, with recovery copies of
// unsaved work offered.
std::unique_ptr<MainWindow> showMainWindow(const QStringList &files);

} // namespace mixplanner::ui
