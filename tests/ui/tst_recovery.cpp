#include "uitestsupport.h"

#include "core/io/planfile.h"
#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/document/recoverystore.h"
#include "ui/mainwindow.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mixplanner;

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init() { QDir(ui::RecoveryStore::folder()).removeRecursively(); }
    void aCrashLeavesACopyThatANewWindowOffersToRestore();
    void discardRemovesTheCopy();
    void aCopyEqualToItsSavedPlanIsNotOffered();
    void touchingThePlanFileDoesNotHideTheCopy();
    void aLiveCopyOfAnotherWindowIsLeftAlone();
    void aFailedAutosaveIsShownAndKeepsThePreviousCopy();
    void autosaveWritesWhileModifiedAndASaveRemovesIt();
};

void TestRecovery::aCrashLeavesACopyThatANewWindowOffersToRestore()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kumo.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());
    {
        // The session that "crashes": an edit, an autosave, and no clean exit.
        auto document = ui::PlanDocument::open(path, nullptr);
        QVERIFY(document);
        QVERIFY(document->setField(ui::PlanField::ActivityBudget, 0, 777777.0));
        QVERIFY(ui::RecoveryStore::write(document->recoveryKey(), document->fileName(), document->diskHash(),
                                         document->plan(), nullptr));
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
    QVERIFY(ui::RecoveryStore::write(QStringLiteral("session-1"), QString(), QByteArray(), plan, nullptr));
    ui::MainWindow window;
    window.openSample();
    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    window.offerRecovery();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("an unsaved plan")));
    QCOMPARE(window.document()->plan().title, test::samplePlan().title);
    QVERIFY(ui::RecoveryStore::pending().empty());
    QVERIFY(QDir(ui::RecoveryStore::folder()).entryList(QDir::Files).isEmpty());
}

void TestRecovery::aCopyEqualToItsSavedPlanIsNotOffered()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    QVERIFY(ui::RecoveryStore::write(path, path, QByteArray(), test::samplePlan(), nullptr));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());   // saved since, same content
    QVERIFY(ui::RecoveryStore::pending().empty());
    QVERIFY(QDir(ui::RecoveryStore::folder()).entryList({QStringLiteral("*.mixplan")}, QDir::Files).isEmpty());
}

// Another program touching the plan file (a sync client, a backup tool, an
// editor that saves without changes) moves its modification time past the
// copy's, yet the edit in the copy is still unsaved and must be offered.
void TestRecovery::touchingThePlanFileDoesNotHideTheCopy()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("touched.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());
    {
        auto document = ui::PlanDocument::open(path, nullptr);
        QVERIFY(document);
        QVERIFY(document->setField(ui::PlanField::ActivityBudget, 0, 123456.0));
        QVERIFY(ui::RecoveryStore::write(document->recoveryKey(), document->fileName(), document->diskHash(),
                                         document->plan(), nullptr));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
    file.close();
    const auto pending = ui::RecoveryStore::pending();
    QCOMPARE(pending.size(), std::size_t(1));
    QVERIFY(!pending[0].originalChangedSince);   // same bytes: only the time moved

    // Changed for real by another program: still offered, and said so.
    core::Plan theirs = test::samplePlan();
    theirs.title = "Their version";
    QVERIFY(core::savePlanFile(theirs, path.toStdString()).ok());
    const auto changed = ui::RecoveryStore::pending();
    QCOMPARE(changed.size(), std::size_t(1));
    QVERIFY(changed[0].originalChangedSince);
    ui::MainWindow window;
    window.openSample();
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    window.offerRecovery();
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("another program")));
    QCOMPARE(window.document()->plan().activities[0].budget, 123456.0);
}

// Two MixPlanners at once: the second must neither offer nor discard the
// first one's live copy; once the first is gone without closing (a crash),
// the copy is offered.
void TestRecovery::aLiveCopyOfAnotherWindowIsLeftAlone()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shared.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());
    auto first = std::make_unique<ui::MainWindow>();
    QVERIFY(first->openFile(path));
    QVERIFY(first->document()->setField(ui::PlanField::ActivityBudget, 0, 424242.0));
    first->autosave();
    const QStringList copies = QDir(ui::RecoveryStore::folder()).entryList({QStringLiteral("*.mixplan")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    QVERIFY(ui::RecoveryStore::pending().empty());   // claimed by the first window

    {
        ui::MainWindow second;
        second.openSample();
        ui::MessageBox::setNextAnswer(QMessageBox::Discard);
        const QString before = ui::MessageBox::lastText();
        second.offerRecovery();
        QCOMPARE(ui::MessageBox::lastText(), before);   // nothing asked
        // The second window edits the same file: its copy goes beside the first's.
        QVERIFY(second.openFile(path));
        QVERIFY(second.document()->setField(ui::PlanField::ActivityBudget, 0, 1.0));
        second.autosave();
        QCOMPARE(QDir(ui::RecoveryStore::folder()).entryList({QStringLiteral("*.mixplan")}, QDir::Files).size(), 2);
        QVERIFY(second.document()->setField(ui::PlanField::ActivityBudget, 0, 111111.0));
        QVERIFY(second.save());   // its own copy goes, the first window's stays
    }
    QCOMPARE(QDir(ui::RecoveryStore::folder()).entryList({QStringLiteral("*.mixplan")}, QDir::Files), copies);

    first.reset();   // gone without closing, as in a crash: the claim ends with it
    const auto pending = ui::RecoveryStore::pending();
    QCOMPARE(pending.size(), std::size_t(1));
    QVERIFY(pending[0].originalChangedSince);   // the second window saved in between
    QCOMPARE(ui::RecoveryStore::read(pending[0], nullptr)->activities[0].budget, 424242.0);
}

void TestRecovery::aFailedAutosaveIsShownAndKeepsThePreviousCopy()
{
    test::SmallDisk disk(ui::RecoveryStore::folder(), 256);
    if (!disk.mounted())
        QSKIP("needs root to mount a small tmpfs for a real full disk");
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());
    ui::MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.document()->setField(ui::PlanField::ActivityBudget, 0, 555555.0));
    window.autosave();
    auto *problem = window.findChild<QLabel *>(QStringLiteral("recoveryProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isHidden());
    const QStringList copies = QDir(ui::RecoveryStore::folder()).entryList({QStringLiteral("*.mixplan")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    const QString copy = QDir(ui::RecoveryStore::folder()).filePath(copies[0]);
    const QByteArray good = [&] { QFile f(copy); f.open(QIODevice::ReadOnly); return f.readAll(); }();

    disk.fill();
    QVERIFY(window.document()->setField(ui::PlanField::ActivityBudget, 0, 666666.0));
    window.autosave();
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(QStringLiteral("No space left")), qPrintable(problem->text()));
    QFile kept(copy);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), good);
    const QStringList after = QDir(ui::RecoveryStore::folder()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : after)
        QVERIFY2(!name.contains(QStringLiteral(".mixplanner-")), qPrintable(name));   // no temporary left
}

void TestRecovery::autosaveWritesWhileModifiedAndASaveRemovesIt()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());
    ui::MainWindow window;
    QVERIFY(window.openFile(path));
    window.autosave();
    QVERIFY(ui::RecoveryStore::pending().empty());   // nothing unsaved, nothing written
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Edited")));
    window.autosave();
    const auto copies = [] {
        return QDir(ui::RecoveryStore::folder()).entryList({QStringLiteral("*.mixplan")}, QDir::Files).size();
    };
    QCOMPARE(copies(), 1);
    QVERIFY(window.save());
    QCOMPARE(copies(), 0);
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
