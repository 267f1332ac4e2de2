#include "ui/document/planactions.h"

#include "core/catalogue/catalogue.h"
#include "core/importing/activityimport.h"
#include "core/importing/csvtable.h"
#include "core/report/planreport.h"
#include "core/report/reportwriters.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/scorer.h"
#include "core/io/filesystem.h"
#include "core/io/planfile.h"
#include "core/report/comparison.h"
#include "render/reportprinter.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/export/reportexporter.h"
#include "ui/text/uilanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>

namespace mixplanner::ui::planactions {

namespace {

// The texts of these actions are translated in one context of their own.
struct PlanActions {
    Q_DECLARE_TR_FUNCTIONS(PlanActions)
};

QString planFolder(const PlanDocument &document)
{
    return document.fileName().isEmpty() ? QDir::homePath() : QFileInfo(document.fileName()).absolutePath();
}

int run(QDialog &dialog, const DialogHook &hook)
{
    if (!hook)
        return dialog.exec();
    hook(&dialog);
    return dialog.result();
}

} // namespace

QString exportSummary(QWidget *parent, const PlanDocument &document)
{
    QString base = document.fileName().isEmpty() ? QDir::home().filePath(document.displayName()) : document.fileName();
    base = QFileInfo(base).path() + QLatin1Char('/') + QFileInfo(base).completeBaseName();
    const QString fileName = FileDialog::getSaveFileName(parent, PlanActions::tr("Export plan summary"),
                                                         base + QStringLiteral(".pdf"), exportFileFilters());
    if (fileName.isEmpty())
        return {};
    const auto format = reportFormatForFile(fileName);
    if (!format) {
        MessageBox::warning(parent, PlanActions::tr("Cannot export"),
                            PlanActions::tr("Choose a file ending in .pdf, .html, .md, .csv or .json, so MixPlanner knows "
                               "which format to write."));
        return {};
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportReport(document.plan(), document.score(), *format, fileName, &error, {document.fileName()});
    QApplication::restoreOverrideCursor();
    if (!ok) {
        MessageBox::warning(parent, PlanActions::tr("Cannot export"), error);
        return {};
    }
    return PlanActions::tr("Exported %1").arg(QDir::toNativeSeparators(fileName));
}

void printSummary(QWidget *parent, const PlanDocument &document)
{
    const render::ReportPrinter layout(planReportForExport(document.plan(), document.score()));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(render::ReportPrinter::defaultPageSize());
    printer.setDocName(QString::fromStdString(document.plan().title));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(PlanActions::tr("Print plan summary"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&layout](QPrinter *target) { layout.print(target); });
    preview.exec();
}

int importActivities(QWidget *parent, PlanDocument &document, QString *status, const DialogHook &hook)
{
    const QString fileName = FileDialog::getOpenFileName(parent, PlanActions::tr("Import activities"), planFolder(document),
                                                         PlanActions::tr("Spreadsheets as CSV (*.csv *.txt);;All files (*)"));
    if (fileName.isEmpty())
        return 0;
    const QString shown = QDir::toNativeSeparators(fileName);
    if (QFileInfo(fileName).size() > static_cast<qint64>(core::kMaxCsvFileBytes)) {
        MessageBox::warning(parent, PlanActions::tr("Cannot import"), PlanActions::tr("%1 is larger than 32 MB.").arg(shown));
        return 0;
    }
    const core::FileReadResult file = core::readFileBytes(fileName.toStdString(), core::kMaxCsvFileBytes);
    if (!file.bytes) {
        MessageBox::warning(parent, PlanActions::tr("Cannot import"),
                            PlanActions::tr("%1 cannot be read: %2").arg(shown, QString::fromStdString(file.error)));
        return 0;
    }
    auto read = core::readCsv(*file.bytes);
    if (!read.ok()) {
        MessageBox::warning(parent, PlanActions::tr("Cannot import"),
                            PlanActions::tr("%1, line %2: %3")
                                .arg(shown)
                                .arg(read.errorLine)
                                .arg(QString::fromStdString(uiLanguage().render(read.error))));
        return 0;
    }
    ImportDialog dialog(document.plan(), fileName, std::move(read.table), parent);
    if (run(dialog, hook) != QDialog::Accepted)
        return 0;
    const int added = document.appendActivities(dialog.importResult().activities, QFileInfo(fileName).fileName());
    if (status)
        *status = PlanActions::tr("Imported %n activities from %1", nullptr, added).arg(shown);
    return added;
}

QString activitiesAsText(const PlanDocument &document, const QList<int> &rows)
{
    core::Plan chosen = document.plan();
    chosen.activities.clear();
    for (int row : rows)
        if (row >= 0 && row < static_cast<int>(document.plan().activities.size()))
            chosen.activities.push_back(document.plan().activities[static_cast<std::size_t>(row)]);
    const core::PlanReport report = core::buildPlanReport(chosen, core::scorePlan(chosen), core::Catalogue::builtin(),
                                                          core::ModelParameters::builtin(), uiLanguage());
    return QString::fromStdString(core::writeTsvReport(report));
}

int pasteActivities(QWidget *parent, PlanDocument &document, const QString &text, QString *status,
                    const DialogHook &hook)
{
    const QString source = PlanActions::tr("pasted rows");
    if (text.trimmed().isEmpty()) {
        MessageBox::warning(parent, PlanActions::tr("Cannot paste"),
                            PlanActions::tr("The clipboard holds no rows to paste."));
        return 0;
    }
    std::string bytes = text.toStdString();
    auto read = core::readCsv(bytes);
    if (read.ok() && !read.table.header.empty()) {
        // Rows copied without their titles: the first row is a row, and the
        // columns are named for the user to map in the dialog.
        const core::ColumnMapping mapping = core::guessMapping(read.table.header, uiLanguage());
        if (std::none_of(mapping.columns.begin(), mapping.columns.end(), [](int column) { return column >= 0; })) {
            std::string titled;
            for (std::size_t c = 0; c < read.table.header.size(); ++c)
                titled += (c ? "\t" : "") + PlanActions::tr("Column %1").arg(c + 1).toStdString();
            read = core::readCsv(titled + "\n" + bytes);
        }
    }
    if (!read.ok()) {
        MessageBox::warning(parent, PlanActions::tr("Cannot paste"),
                            PlanActions::tr("%1, line %2: %3")
                                .arg(source)
                                .arg(read.errorLine)
                                .arg(QString::fromStdString(uiLanguage().render(read.error))));
        return 0;
    }
    ImportDialog dialog(document.plan(), source, std::move(read.table), parent);
    if (run(dialog, hook) != QDialog::Accepted)
        return 0;
    const int added = document.appendActivities(dialog.importResult().activities, source);
    if (status)
        *status = PlanActions::tr("Pasted %1 activities").arg(added);
    return added;
}

void comparePlans(QWidget *parent, const PlanDocument &document, const DialogHook &hook)
{
    const QStringList files = FileDialog::getOpenFileNames(
        parent, PlanActions::tr("Compare with plans"), planFolder(document),
        FileDialog::planFilter());
    if (files.isEmpty())
        return;
    if (files.size() > 3) {
        MessageBox::warning(parent, PlanActions::tr("Compare plans"), PlanActions::tr("Choose at most three plans to compare with the open one."));
        return;
    }
    std::vector<core::ComparedPlan> plans;
    plans.push_back(core::comparePlan(PlanActions::tr("%1 (open)").arg(document.displayName()).toStdString(), document.plan()));
    for (const QString &file : files) {
        core::PlanReadResult read = core::loadPlanFile(file.toStdString());
        if (!read.plan) {
            QStringList errors;
            for (const core::Diagnostic &diagnostic : read.errors)
                errors.append(QString::fromStdString(diagnostic.describe(uiLanguage())));
            MessageBox::warning(parent, PlanActions::tr("Cannot compare"),
                                PlanActions::tr("%1 could not be read. Problems found:").arg(QDir::toNativeSeparators(file)), errors);
            return;
        }
        plans.push_back(core::comparePlan(QFileInfo(file).fileName().toStdString(), *read.plan));
    }
    CompareDialog dialog(plans, files + QStringList{document.fileName()}, parent);
    run(dialog, hook);
}

} // namespace mixplanner::ui::planactions
