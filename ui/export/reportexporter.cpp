#include "ui/export/reportexporter.h"

#include "ui/export/reportprinter.h"
#include "ui/text/uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

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
                  const QString &fileName, QString *error)
{
    const core::PlanReport report = planReportForExport(plan, score);
    if (format == core::ReportFormat::Pdf)
        return exportPdf(report, fileName, error);
    const std::string text = core::writeReport(report, format);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())
        || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Export", "Cannot write %1: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace mixplanner::ui
