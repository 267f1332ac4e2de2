#pragma once

#include "core/model/plan.h"
#include "core/report/reportwriters.h"
#include "core/scoring/scorereport.h"

#include <QString>

namespace mixplanner::ui {

// Writes the plan summary in one format, all or nothing: text formats through
// QSaveFile, PDF through the print layout.
bool exportReport(const core::Plan &plan, const core::ScoreReport &score, core::ReportFormat format,
                  const QString &fileName, QString *error);

// The format a file name asks for by its extension, if any.
std::optional<core::ReportFormat> reportFormatForFile(const QString &fileName);

// "PDF document (*.pdf);;Web page (*.html);;..." for file dialogs, in a fixed order.
QString exportFileFilters();

} // namespace mixplanner::ui
