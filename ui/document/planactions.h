#pragma once

#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace mixplanner::ui {

class PlanDocument;

// What the File menu does with the open plan besides opening and saving it:
// export and print its summary, import activities into it, compare it with
// other plans. Each asks what it needs, tells what went wrong, and returns
// what the status bar should say ("" for nothing).
namespace planactions {

// Tests hand the dialogs of import and compare to this instead of showing
// them (it is called instead of exec()).
using DialogHook = std::function<void(QDialog *)>;

QString exportSummary(QWidget *parent, const PlanDocument &document);
void printSummary(QWidget *parent, const PlanDocument &document);
// Returns how many activities were imported (0 when cancelled or refused).
int importActivities(QWidget *parent, PlanDocument &document, QString *status, const DialogHook &hook = {});
void comparePlans(QWidget *parent, const PlanDocument &document, const DialogHook &hook = {});

} // namespace planactions

} // namespace mixplanner::ui
