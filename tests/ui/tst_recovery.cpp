#include "uitestsupport.h"

#include "core/io/planfile.h"
#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/document/recoverystore.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mixplanner;

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init() { QDir(ui::RecoveryStore::folder()).removeRecursively(); }
    void aCrashLeavesACopyThatANewWindowOffersToRestore();
    void discardRemovesTheCopy();
    void aCopyOlderThanItsSavedPlanIsNotOffered();
    void autosaveWritesWhileModifiedAndASaveRemovesIt();
};

void TestRecovery::aCrashLeavesACopyThatANewWindowOffersToRestore()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kumo.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).empty());
    {
        // The session that "crashes": an edit, an autosave, and no clean exit.
        auto document = ui::PlanDocument::open(path, nullptr);
        QVERIFY(document);
        QVERIFY(document->setField(ui::PlanField::ActivityBudget, 0, 777777.0));
        QVERIFY(ui::RecoveryStore::write(document->recoveryKey(), document->fileName(), document->plan(), nullptr));
    }
    QCOMPARE(ui::RecoveryStore::pending().size(), std::size_t(1));

    ui::MainWindow window;
    window.openSample();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    window.offerRecovery();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("kumo.mixplan")));
    QCOMPARE(window.document()->plan().activities[0].budget, 777777.0);
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->fileName(), path);
    // Saving the restored plan writes it to its file and ends the recovery.
    QVERIFY(window.save());
    QVERIFY(ui::RecoveryStore::pending().empty());
    QCOMPARE(core::loadPlanFile(path.toStdString()).plan->activities[0].budget, 777777.0);
}

void TestRecovery::discardRemovesTheCopy()
{
    core::Plan plan = test::samplePlan();
    plan.title = "Never saved";
    QVERIFY(ui::RecoveryStore::write(QStringLiteral("session-1"), QString(), plan, nullptr));
    ui::MainWindow window;
    window.openSample();
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    window.offerRecovery();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("an unsaved plan")));
    QCOMPARE(window.document()->plan().title, test::samplePlan().title);
    QVERIFY(ui::RecoveryStore::pending().empty());
    QVERIFY(QDir(ui::RecoveryStore::folder()).entryList(QDir::Files).isEmpty());
}

void TestRecovery::aCopyOlderThanItsSavedPlanIsNotOffered()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    QVERIFY(ui::RecoveryStore::write(path, path, test::samplePlan(), nullptr));
    QThread::msleep(20);
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).empty());   // saved after the copy
    QVERIFY(ui::RecoveryStore::pending().empty());
}

void TestRecovery::autosaveWritesWhileModifiedAndASaveRemovesIt()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).empty());
    ui::MainWindow window;
    QVERIFY(window.openFile(path));
    window.autosave();
    QVERIFY(ui::RecoveryStore::pending().empty());   // nothing unsaved, nothing written
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Edited")));
    window.autosave();
    QCOMPARE(ui::RecoveryStore::pending().size(), std::size_t(1));
    QVERIFY(window.save());
    QVERIFY(ui::RecoveryStore::pending().empty());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
