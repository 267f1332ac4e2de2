#pragma once

#include <QList>
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
// Activities as the CSV export writes them, tab-separated under the column
// titles: what a spreadsheet takes on paste and the import reads back.
QString activitiesAsText(const PlanDocument &document, const QList<int> &rows);
// Rows pasted from a spreadsheet (tab-separated, with or without the column
// titles) added as activities after the import's preview and checks.
int pasteActivities(QWidget *parent, PlanDocument &document, const QString &text, QString *status,
                    const DialogHook &hook = {});

} // namespace planactions

} // namespace mixplanner::ui
