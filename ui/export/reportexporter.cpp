#include "ui/export/reportexporter.h"

#include "render/reportrender.h"
#include "ui/io/filesaving.h"
#include "ui/text/uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>

namespace mixplanner::ui {

std::optional<core::ReportFormat> reportFormatForFile(const QString &fileName)
{
    return core::reportFormatFromId(QFileInfo(fileName).suffix().toLower().toStdString());
}

QString exportFileFilters()
{
    return QCoreApplication::translate("Export", "PDF document (*.pdf);;Web page (*.html);;Markdown (*.md);;"
                                                 "Spreadsheet of activities (*.csv);;Score report as JSON (*.json)");
}

core::PlanReport planReportForExport(const core::Plan &plan, const core::ScoreReport &score)
{
    core::PlanReport report = core::buildPlanReport(plan, score, core::Catalogue::builtin(),
                                                    core::ModelParameters::builtin(), uiLanguage());
    report.date = QLocale().toString(QDate::currentDate(), QLocale::LongFormat).toStdString();
    return report;
}

bool exportReport(const core::Plan &plan, const core::ScoreReport &score, core::ReportFormat format,
                  const QString &fileName, QString *error, const QStringList &protectedFiles)
{
    const core::WriteRules rules = protecting(protectedFiles);
    // Refuse before the work: laying out a long PDF takes seconds.
    SaveResult saved = checkSaveTarget(fileName, rules);
    if (saved.ok) {
        const core::PlanReport report = planReportForExport(plan, score);
        saved = saveFile(fileName, render::reportBytes(report, format), rules);
    }
    if (!saved.ok && error)
        *error = QCoreApplication::translate("Export", "Nothing was exported: %1").arg(saved.error);
    return saved.ok;
}

} // namespace mixplanner::ui
