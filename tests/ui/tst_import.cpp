// File > Import Activities from CSV as a user goes through it: a spreadsheet
// of our own export recreates the activities in one undo step, problems are
// listed by row and column, and nothing changes until Import is pressed.
#include "uitestsupport.h"

#include "core/scoring/scorer.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/export/reportexporter.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mixplanner;

namespace {

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &content)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void anExportImportsBackAsOneUndoStep();
    void problemsAreListedAndNothingChangesBeforeImport();
    void aBrokenFileIsRefusedWithItsLine();
};

void TestImport::anExportImportsBackAsOneUndoStep()
{
    QTemporaryDir folder;
    const core::Plan sample = test::samplePlan();
    const QString csv = folder.filePath(QStringLiteral("activities.csv"));
    QString error;
    QVERIFY2(ui::exportReport(sample, core::scorePlan(sample), core::ReportFormat::Csv, csv, &error), qPrintable(error));

    // The sample without its activities: the import must bring them back.
    core::Plan emptied = sample;
    emptied.activities.clear();
    const QString planPath = folder.filePath(QStringLiteral("emptied.mixplan"));
    {
        ui::PlanDocument document(emptied);
        QVERIFY(document.save(planPath, &error));
    }
    ui::MainWindow window;
    QVERIFY(window.openFile(planPath));
    const int undoBefore = window.document()->undoStack()->count();

    bool shown = false;
    window.setDialogHook([&](QDialog *dialog) {
        auto *import = qobject_cast<ui::ImportDialog *>(dialog);
        QVERIFY(import);
        shown = true;
        QCOMPARE(import->preview()->rowCount(), static_cast<int>(sample.activities.size()));
        QCOMPARE(import->problems()->count(), 0);
        QVERIFY(import->importButton()->isEnabled());
        import->importButton()->click();
    });
    ui::FileDialog::setNextFileName(csv);
    window.importActivities();
    QVERIFY(shown);

    const core::Plan &imported = window.document()->plan();
    QCOMPARE(imported.activities.size(), sample.activities.size());
    for (std::size_t a = 0; a < sample.activities.size(); ++a) {
        const core::Activity &want = sample.activities[a];
        const core::Activity &got = imported.activities[a];
        QCOMPARE(got.id, want.id);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.channel, want.channel);
        QCOMPARE(got.type, want.type);
        QVERIFY(std::abs(got.accountShare - want.accountShare) < 0.0005);
        QCOMPARE(got.budget, want.budget);
        QCOMPARE(got.hours, want.hours);
        QCOMPARE(got.phases, want.phases);
        QCOMPARE(got.clusters, want.clusters);
        QCOMPARE(got.tags, want.tags);
        QCOMPARE(got.formats, want.formats);
    }
    QCOMPARE(window.document()->score().total, core::scorePlan(sample).total);
    // One undo step takes the whole import back.
    QCOMPARE(window.document()->undoStack()->count(), undoBefore + 1);
    window.document()->undoStack()->undo();
    QVERIFY(window.document()->plan().activities.empty());
    window.document()->undoStack()->redo();
    QCOMPARE(window.document()->plan().activities.size(), sample.activities.size());
}

void TestImport::problemsAreListedAndNothingChangesBeforeImport()
{
    QTemporaryDir folder;
    const QString csv = writeFile(folder, QStringLiteral("agency.csv"),
                                  "Name,Account,Spend,Phase\n"
                                  "Autumn reels,@kumoroasters,50000,Seed content\n"
                                  "Typo,@kumoroasters,5O000,Seed content\n"
                                  "Lost,@nowhere,100,Seed content\n");
    ui::MainWindow window;
    window.openSample();
    const core::Plan before = window.document()->plan();

    window.setDialogHook([&](QDialog *dialog) {
        auto *import = qobject_cast<ui::ImportDialog *>(dialog);
        QVERIFY(import);
        QCOMPARE(import->preview()->rowCount(), 1);
        QCOMPARE(import->problems()->count(), 2);
        QVERIFY(import->problems()->item(0)->text().contains(QStringLiteral("3")));
        QVERIFY(import->problems()->item(0)->text().contains(QStringLiteral("Spend")));
        QVERIFY(import->problems()->item(1)->text().contains(QStringLiteral("Account")));
        QVERIFY(import->importButton()->isEnabled());
        // Unmapping a required field leaves nothing to import.
        QComboBox *name = import->columnBox(core::ImportField::Name);
        name->setCurrentIndex(name->findData(-1));
        QVERIFY(!import->importButton()->isEnabled());
        QCOMPARE(import->preview()->rowCount(), 0);
        dialog->reject();
    });
    ui::FileDialog::setNextFileName(csv);
    window.importActivities();
    QCOMPARE(window.document()->plan(), before);
    QVERIFY(!window.document()->isModified());
}

void TestImport::aBrokenFileIsRefusedWithItsLine()
{
    QTemporaryDir folder;
    const QString csv = writeFile(folder, QStringLiteral("broken.csv"), "Name,Notes\nA,\"never closed\nB,c\n");
    ui::MainWindow window;
    window.openSample();
    const core::Plan before = window.document()->plan();
    bool dialogShown = false;
    window.setDialogHook([&](QDialog *) { dialogShown = true; });
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ui::FileDialog::setNextFileName(csv);
    window.importActivities();
    QVERIFY(!dialogShown);
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("broken.csv, line 2")), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(window.document()->plan(), before);
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
