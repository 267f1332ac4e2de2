#pragma once

#include "core/model/plan.h"
#include "core/report/planreport.h"
#include "core/report/reportwriters.h"
#include "core/scoring/scorereport.h"

#include <QString>
#include <QStringList>

namespace mixplanner::ui {

// The summary of a plan as the app exports and prints it: in the app's
// language, dated today as the locale writes dates.
core::PlanReport planReportForExport(const core::Plan &plan, const core::ScoreReport &score);

// Writes the plan summary in one format through the one safe writer (all or
// nothing, never over a read-only file, a device, a newer plan or one of
// `protectedFiles`, normally the plan's own file). PDF through the print layout
// (render/reportrender.h).
bool exportReport(const core::Plan &plan, const core::ScoreReport &score, core::ReportFormat format,
                  const QString &fileName, QString *error, const QStringList &protectedFiles = {});

// The format a file name asks for by its extension, if any.
std::optional<core::ReportFormat> reportFormatForFile(const QString &fileName);

// "PDF document (*.pdf);;Web page (*.html);;..." for file dialogs, in a fixed order.
QString exportFileFilters();

} // namespace mixplanner::ui
