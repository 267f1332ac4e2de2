#include "uitestsupport.h"

#include "core/report/planreport.h"
#include "core/scoring/scorer.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/export/reportexporter.h"
#include "render/reportprinter.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace mixplanner;

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void everyFormatIsWritten();
    void pageSizeFollowsTheLocale();
    void printLayoutHoldsChartsAndEveryPhase();
    void exportFromTheWindow();
    void aFailedExportLeavesNoFile();
};

void TestReportExport::everyFormatIsWritten()
{
    QTemporaryDir folder;
    const core::Plan plan = test::samplePlan();
    const core::ScoreReport score = core::scorePlan(plan);
    for (const char *extension : {"pdf", "html", "md", "csv", "json"}) {
        const QString path = folder.filePath(QStringLiteral("summary.") + QLatin1String(extension));
        const auto format = ui::reportFormatForFile(path);
        QVERIFY(format);
        QString error;
        QVERIFY2(ui::exportReport(plan, score, *format, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (QLatin1String(extension) == QLatin1String("pdf"))
            QVERIFY(head.startsWith("%PDF"));
        else
            QVERIFY(file.size() > 1000);
    }
}

void TestReportExport::pageSizeFollowsTheLocale()
{
    const test::DefaultLocaleGuard restoreLocale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(render::ReportPrinter::defaultPageSize().id(), QPageSize::Letter);
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(render::ReportPrinter::defaultPageSize().id(), QPageSize::A4);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(render::ReportPrinter::defaultPageSize().id(), QPageSize::A4);
}

void TestReportExport::printLayoutHoldsChartsAndEveryPhase()
{
    const core::Plan plan = test::samplePlan();
    const render::ReportPrinter layout(core::buildPlanReport(plan, core::scorePlan(plan)));
    const QString text = layout.document()->toPlainText();
    QVERIFY(text.contains(QString::fromStdString(plan.title)));
    for (const auto &phase : plan.phases)
        QVERIFY(text.contains(QString::fromStdString(phase.name)));
    const QVariant chart = layout.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("mixplanner:mix-chart")));
    QVERIFY(chart.isValid());
    // Rendered well above screen resolution, for print.
    QVERIFY(chart.value<QImage>().width() >= 2000);
}

void TestReportExport::exportFromTheWindow()
{
    QTemporaryDir folder;
    ui::MainWindow window;
    window.openSample();
    const QString path = folder.filePath(QStringLiteral("kumo.html"));
    ui::FileDialog::setNextFileName(path);
    QVERIFY(window.exportSummary());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Kumo Roasters drip bags"));

    ui::FileDialog::setNextFileName(folder.filePath(QStringLiteral("kumo.docx")));
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.exportSummary());
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral(".pdf")));
}

// A refused export leaves the folder as it was: the file it would have
// replaced keeps its bytes, and no temporary is left beside it.
void TestReportExport::aFailedExportLeavesNoFile()
{
    QTemporaryDir folder;
    const core::Plan plan = test::samplePlan();
    const QString path = folder.filePath(QStringLiteral("summary.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the summary sent last week");
    }
    // Read-only by its mode bits: refused even for root.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    for (const core::ReportFormat format : {core::ReportFormat::Pdf, core::ReportFormat::Html}) {
        QString error;
        QVERIFY(!ui::exportReport(plan, core::scorePlan(plan), format, path, &error));
        QVERIFY(error.contains(QStringLiteral("summary.pdf")));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the summary sent last week"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("summary.pdf")});
    }
    // Into a folder that is not there: refused, and nothing is created.
    QString error;
    QVERIFY(!ui::exportReport(plan, core::scorePlan(plan), core::ReportFormat::Pdf,
                              folder.filePath(QStringLiteral("missing/summary.pdf")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("summary.pdf")});
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
