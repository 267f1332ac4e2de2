#include "uitestsupport.h"

#include "core/catalogue/catalogue.h"
#include "core/io/planjson.h"
#include "ui/document/plandocument.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace mixplanner;
using ui::Collection;
using ui::PlanField;

class TestPlanDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void editChangesScoreAndUndoRestoresIt();
    void typingInOneFieldMergesIntoOneStep();
    void invalidValuesAreRefusedWithAReason();
    void theEditorSaysWhatTheFileReaderSays();
    void lengtheningAPhaseCanMoveTheLaterOnesInOneStep();
    void anEditThatChangesNothingPushesNothing();
    void changingTypeMovesADefaultShareInOneStep();
    void deletingAPhaseDropsItsReferencesAndUndoBringsThemBack();
    void aChannelInUseCannotBeDeleted();
    void addDuplicateAndMoveRows();
    void saveAndReopenRoundTrip();
    void savingIntoAMissingFolderFailsAndStaysModified();
    void aSmallPlanOntoAFullDiskIsNotShownAsSaved();
    void aFullDiskLeavesTheFileIntactAndKeepsTheBackup();
    void aReadOnlyFolderFailsCleanly();
};

void TestPlanDocument::editChangesScoreAndUndoRestoresIt()
{
    ui::PlanDocument document(test::samplePlan());
    const double before = document.score().total;
    QVERIFY(!document.isModified());
    QSignalSpy scoreSpy(&document, &ui::PlanDocument::scoreChanged);

    // Make the seed phase account-heavy: a weak brand should lose points.
    const int posts = 6;   // 'Brand account posts'
    QCOMPARE(QString::fromStdString(document.plan().activities[posts].name), QStringLiteral("Brand account posts"));
    QVERIFY(document.setField(PlanField::ActivityBudget, posts, 3'000'000.0));
    QCOMPARE(scoreSpy.count(), 1);
    QVERIFY(document.score().total < before - 1);
    QVERIFY(document.isModified());
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change budget of 'Brand account posts'"));

    document.undoStack()->undo();
    QCOMPARE(document.score().total, before);   // exactly, not approximately
    QVERIFY(!document.isModified());
    QCOMPARE(document.plan(), test::samplePlan());
}

void TestPlanDocument::typingInOneFieldMergesIntoOneStep()
{
    ui::PlanDocument document(test::samplePlan());
    for (const char *title : {"S", "Sp", "Spr", "Spring"})
        QVERIFY(document.setField(PlanField::Title, -1, QString::fromLatin1(title), nullptr, true));
    QCOMPARE(document.undoStack()->count(), 1);
    document.endMerge();   // the field lost focus
    QVERIFY(document.setField(PlanField::Title, -1, QStringLiteral("Spring!"), nullptr, true));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(QString::fromStdString(document.plan().title), QStringLiteral("Spring"));
    document.undoStack()->undo();
    QCOMPARE(document.plan().title, test::samplePlan().title);
}

void TestPlanDocument::invalidValuesAreRefusedWithAReason()
{
    ui::PlanDocument document(test::samplePlan());
    QString error;
    QVERIFY(!document.setField(PlanField::ActivityBudget, 0, -5.0, &error));
    QVERIFY2(error.contains(QStringLiteral("budget"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!document.setField(PlanField::ActivityAccountShare, 0, 1.5, &error));
    QVERIFY(!document.setField(PlanField::PhaseWeeks, 0, qlonglong(12), &error));   // would overlap phase 2
    QVERIFY2(error.contains(QStringLiteral("Grow the circle")), qPrintable(error));
    QVERIFY(!document.setField(PlanField::Currency, -1, QStringLiteral("yen"), &error));
    QVERIFY(!document.setField(PlanField::ActivityChannel, 0, QStringLiteral("nope"), &error));
    QVERIFY(!document.setField(PlanField::ActivityName, 0, QStringLiteral("  "), &error));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.plan(), test::samplePlan());
}

void TestPlanDocument::theEditorSaysWhatTheFileReaderSays()
{
    // The same value refused by the editor and in a file, in the same words
    // after the field's name and after its place in the file.
    ui::PlanDocument document(test::samplePlan());
    QString error;
    QVERIFY(!document.setField(PlanField::ActivityBudget, 0, -5000.0, &error));
    core::Plan broken = test::samplePlan();
    broken.activities[0].budget = -5000;
    const core::PlanReadResult read = core::readPlan(core::writePlan(broken));
    QVERIFY(!read.plan);
    QCOMPARE(read.errors.size(), std::size_t(1));
    QCOMPARE(read.errors[0].pointer, std::string("/activities/0/budget"));
    QCOMPARE(error, QStringLiteral("Budget: ") + QString::fromStdString(read.errors[0].message));

    // A text where a number belongs says what it got, not a silent zero.
    QVERIFY(!document.setField(PlanField::ActivityHours, 0, QStringLiteral("lots"), &error));
    QVERIFY2(error.contains(QStringLiteral("\"lots\"")), qPrintable(error));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestPlanDocument::lengtheningAPhaseCanMoveTheLaterOnesInOneStep()
{
    ui::PlanDocument document(test::samplePlan());
    const core::Plan before = test::samplePlan();
    const int longer = before.phases[0].weeks + 4;
    QVERIFY(!document.setField(PlanField::PhaseWeeks, 0, qlonglong(longer)));   // runs into the next phase
    QVERIFY(document.phaseFitsWithRoomMade(PlanField::PhaseWeeks, 0, longer));
    QVERIFY(document.setPhaseWeeksMakingRoom(PlanField::PhaseWeeks, 0, longer));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.plan().phases[0].weeks, longer);
    for (std::size_t p = 1; p < before.phases.size(); ++p) {
        QCOMPARE(document.plan().phases[p].startWeek, before.phases[p].startWeek + 4);
        QCOMPARE(document.plan().phases[p].weeks, before.phases[p].weeks);
    }
    document.undoStack()->undo();
    QCOMPARE(document.plan(), before);
    // No room beyond the plan's last week: refused with a reason.
    QString error;
    QVERIFY(!document.phaseFitsWithRoomMade(PlanField::PhaseWeeks, 0, 515));
    QVERIFY(!document.setPhaseWeeksMakingRoom(PlanField::PhaseWeeks, 0, 515, &error));
    QVERIFY2(error.contains(QStringLiteral("520")), qPrintable(error));
    QCOMPARE(document.plan(), before);
}

void TestPlanDocument::anEditThatChangesNothingPushesNothing()
{
    ui::PlanDocument document(test::samplePlan());
    QVERIFY(document.setField(PlanField::ActivityBudget, 0, document.plan().activities[0].budget));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestPlanDocument::changingTypeMovesADefaultShareInOneStep()
{
    ui::PlanDocument document(test::samplePlan());
    const auto defaultShare = [](const char *type) {
        return core::Catalogue::builtin().activityType(type)->defaultAccountShare;
    };
    const int reels = 0;   // short video at its type's default share
    QCOMPARE(document.plan().activities[reels].type, std::string("short_video"));
    QCOMPARE(document.plan().activities[reels].accountShare, defaultShare("short_video"));
    QVERIFY(defaultShare("account_posts") != defaultShare("short_video"));
    QVERIFY(document.setField(PlanField::ActivityType, reels, QStringLiteral("account_posts")));
    QCOMPARE(document.plan().activities[reels].accountShare, defaultShare("account_posts"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.plan().activities[reels].accountShare, defaultShare("short_video"));
    // A share the user chose is kept.
    QVERIFY(document.setField(PlanField::ActivityAccountShare, reels, 0.3));
    QVERIFY(document.setField(PlanField::ActivityType, reels, QStringLiteral("account_posts")));
    QCOMPARE(document.plan().activities[reels].accountShare, 0.3);
}

void TestPlanDocument::deletingAPhaseDropsItsReferencesAndUndoBringsThemBack()
{
    ui::PlanDocument document(test::samplePlan());
    QSignalSpy scoreSpy(&document, &ui::PlanDocument::scoreChanged);
    QVERIFY(document.removeItem(Collection::Phases, 0));
    QCOMPARE(scoreSpy.count(), 1);   // one rescore for the whole step
    QCOMPARE(document.plan().phases.size(), std::size_t(2));
    for (const auto &activity : document.plan().activities)
        QVERIFY(std::find(activity.phases.begin(), activity.phases.end(), "ph-seed") == activity.phases.end());
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Delete phase 'Seed content'"));
    document.undoStack()->undo();
    QCOMPARE(document.plan(), test::samplePlan());
}

void TestPlanDocument::aChannelInUseCannotBeDeleted()
{
    ui::PlanDocument document(test::samplePlan());
    QString error;
    QVERIFY(!document.removeItem(Collection::Channels, 0, &error));
    QVERIFY2(error.contains(QStringLiteral("activities")), qPrintable(error));
    QCOMPARE(document.plan().channels.size(), test::samplePlan().channels.size());
}

void TestPlanDocument::addDuplicateAndMoveRows()
{
    ui::PlanDocument document(test::samplePlan());
    const auto activities = document.plan().activities.size();
    const int added = document.addItem(Collection::Activities);
    QCOMPARE(added, static_cast<int>(activities));
    const auto &fresh = document.plan().activities.back();
    QVERIFY(document.plan().findChannel(fresh.channel));
    // A new row starts as a content series, at that type's default share.
    QCOMPARE(fresh.type, std::string("content_series"));
    QCOMPARE(fresh.accountShare, core::Catalogue::builtin().activityType("content_series")->defaultAccountShare);

    const int copy = document.duplicateItem(Collection::Activities, 0);
    QCOMPARE(copy, 1);
    QVERIFY(document.plan().activities[1].id != document.plan().activities[0].id);
    QCOMPARE(document.plan().activities[1].budget, document.plan().activities[0].budget);

    QVERIFY(document.moveItem(Collection::Activities, 0, 2));
    QCOMPARE(QString::fromStdString(document.plan().activities[2].name), QStringLiteral("Latte art reels"));
    QString error;
    QVERIFY(!document.moveItem(Collection::Phases, 0, 1, &error));
    QVERIFY(!error.isEmpty());

    const int phase = document.addItem(Collection::Phases);
    QCOMPARE(document.plan().phases[static_cast<std::size_t>(phase)].startWeek, 25);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.plan(), test::samplePlan());
}

void TestPlanDocument::saveAndReopenRoundTrip()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    ui::PlanDocument document(test::samplePlan());
    QVERIFY(document.setField(PlanField::Title, -1, QStringLiteral("Renamed \u65e5\u672c")));
    QString error;
    QVERIFY2(document.save(path, &error), qPrintable(error));
    QVERIFY(!document.isModified());
    QCOMPARE(document.fileName(), QFileInfo(path).absoluteFilePath());

    QStringList errors;
    auto reopened = ui::PlanDocument::open(path, &errors);
    QVERIFY2(reopened, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(reopened->plan(), document.plan());
    QCOMPARE(reopened->score().total, document.score().total);
}

void TestPlanDocument::savingIntoAMissingFolderFailsAndStaysModified()
{
    QTemporaryDir folder;
    ui::PlanDocument document(test::samplePlan());
    QVERIFY(document.setField(PlanField::Title, -1, QStringLiteral("Changed")));
    QString error;
    QVERIFY(!document.save(folder.filePath(QStringLiteral("missing/plan.mixplan")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.isModified());
    QVERIFY(document.fileName().isEmpty());
}

void TestPlanDocument::aSmallPlanOntoAFullDiskIsNotShownAsSaved()
{
    QTemporaryDir folder;
    test::SmallDisk disk(folder.filePath(QStringLiteral("disk")), 64);
    if (!disk.mounted())
        QSKIP("needs root to mount a small tmpfs for a real full disk");
    const QString path = folder.filePath(QStringLiteral("disk/plan.mixplan"));
    core::Plan plan = test::samplePlan();
    plan.activities.resize(1);
    plan.phases.resize(1);
    plan.activities[0].phases = {plan.phases[0].id};
    ui::PlanDocument document(plan);
    QString error;
    QVERIFY2(document.save(path, &error), qPrintable(error));
    QVERIFY(document.setField(PlanField::Title, -1, QStringLiteral("Second version")));
    QVERIFY2(document.save(path, &error), qPrintable(error));   // now there is a .bak too
    QFile current(path);
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QByteArray before = current.readAll();
    current.close();
    QFile backup(path + QStringLiteral(".bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    const QByteArray backupBefore = backup.readAll();
    backup.close();
    disk.fill();
    const QStringList namesBefore = QDir(folder.filePath(QStringLiteral("disk"))).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(document.setField(PlanField::Title, -1, QStringLiteral("Third version")));
    QVERIFY(!document.save(path, &error));
    QVERIFY2(error.contains(QStringLiteral("No space left")), qPrintable(error));
    QVERIFY(document.isModified());
    QVERIFY(current.open(QIODevice::ReadOnly));
    QCOMPARE(current.readAll(), before);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), backupBefore);
    QCOMPARE(QDir(folder.filePath(QStringLiteral("disk"))).entryList(QDir::Files | QDir::Hidden), namesBefore);
}

void TestPlanDocument::aFullDiskLeavesTheFileIntactAndKeepsTheBackup()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    ui::PlanDocument document(test::samplePlan());
    QString error;
    QVERIFY(document.save(path, &error));
    QVERIFY(document.setField(PlanField::Title, -1, QStringLiteral("Second version")));
    QVERIFY(document.save(path, &error));
    QFile backup(path + QStringLiteral(".bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.readAll().contains("Kumo Roasters drip bags"));   // the first version

    QFile current(path);
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QByteArray before = current.readAll();
    current.close();
    QVERIFY(document.setField(PlanField::Notes, -1, QString(20000, QLatin1Char('n'))));
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous {};
    ::getrlimit(RLIMIT_FSIZE, &previous);
    rlimit limited = previous;
    limited.rlim_cur = 4096;   // the disk fills up part-way through the save
    ::setrlimit(RLIMIT_FSIZE, &limited);
    const bool saved = document.save(path, &error);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("unchanged")), qPrintable(error));
    QVERIFY(document.isModified());
    QVERIFY(current.open(QIODevice::ReadOnly));
    QCOMPARE(current.readAll(), before);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2);   // the plan and its .bak, no leftovers
}

void TestPlanDocument::aReadOnlyFolderFailsCleanly()
{
    // Root may write into read-only folders; the check runs as root without
    // that right, so CI (as root) runs it too.
    const test::WithoutPermissionOverride asUser;
    if (!asUser.active())
        QSKIP("could not drop the right to override file permissions");
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    ui::PlanDocument document(test::samplePlan());
    QString error;
    QVERIFY(document.save(path, &error));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    QVERIFY(document.setField(PlanField::Title, -1, QStringLiteral("Changed")));
    QVERIFY(QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const bool saved = document.save(path, &error);
    QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("plan.mixplan")), qPrintable(error));
    QVERIFY(document.isModified());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

QTEST_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
