#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/models/activitiesmodel.h"
#include "ui/models/channelsmodel.h"
#include "ui/models/clustersmodel.h"
#include "ui/models/phasesmodel.h"
#include "ui/text/displayformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace mixplanner;
using ui::ActivitiesModel;
using ui::Collection;

class TestTableModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void everyModelPassesTheModelTester();
    void setDataPushesAnUndoStep();
    void invalidInputIsRefusedWithAMessage();
    void anEditSignalsTheCellNotAReset();
    void rowsFollowInsertRemoveAndMove();
    void displayNamesReferencesAndFormatsNumbers();
    void flagsAndTextListsEdit();
    void activitiesShowTheirWeeksWithDates();
    void totalsAddUpTheActivitiesAndFollowEdits();
};

void TestTableModels::everyModelPassesTheModelTester()
{
    ui::PlanDocument document(test::samplePlan());
    ui::ChannelsModel channels(&document);
    ui::ClustersModel clusters(&document);
    ui::PhasesModel phases(&document);
    ActivitiesModel activities(&document);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester t1(&channels, mode);
    QAbstractItemModelTester t2(&clusters, mode);
    QAbstractItemModelTester t3(&phases, mode);
    QAbstractItemModelTester t4(&activities, mode);
    // The testers keep checking while the plan changes underneath.
    document.addItem(Collection::Activities);
    document.duplicateItem(Collection::Channels, 0);
    document.moveItem(Collection::Activities, 0, 3);
    document.moveItem(Collection::Activities, 3, 0);
    document.removeItem(Collection::Clusters, 1);
    document.addItem(Collection::Phases);
    document.removeItem(Collection::Phases, 0);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(activities.rowCount(), static_cast<int>(test::samplePlan().activities.size()));
}

void TestTableModels::setDataPushesAnUndoStep()
{
    ui::PlanDocument document(test::samplePlan());
    ActivitiesModel model(&document);
    const QModelIndex budget = model.index(0, test::activityColumn(ui::PlanField::ActivityBudget));
    QVERIFY(model.flags(budget) & Qt::ItemIsEditable);
    QVERIFY(model.setData(budget, 450000.0, Qt::EditRole));
    QCOMPARE(document.plan().activities[0].budget, 450000.0);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(model.data(budget, Qt::EditRole).toDouble(), 450000.0);
    document.undoStack()->undo();
    QCOMPARE(model.data(budget, Qt::EditRole).toDouble(), 300000.0);
}

void TestTableModels::invalidInputIsRefusedWithAMessage()
{
    ui::PlanDocument document(test::samplePlan());
    ActivitiesModel model(&document);
    QSignalSpy rejected(&model, &ui::PlanTableModel::editRejected);
    QVERIFY(!model.setData(model.index(0, test::activityColumn(ui::PlanField::ActivityBudget)), -1.0, Qt::EditRole));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(rejected.front().front().toString().contains(QStringLiteral("budget"), Qt::CaseInsensitive));
    QVERIFY(!model.setData(model.index(0, test::activityColumn(ui::PlanField::ActivityName)), QStringLiteral("   "), Qt::EditRole));
    QCOMPARE(rejected.count(), 2);
    QVERIFY(!model.setData(model.index(0, test::activityColumn(ui::Derived::Cost)), 5.0, Qt::EditRole));   // computed
    QVERIFY(!(model.flags(model.index(0, test::activityColumn(ui::Derived::Cost))) & Qt::ItemIsEditable));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestTableModels::anEditSignalsTheCellNotAReset()
{
    ui::PlanDocument document(test::samplePlan());
    ActivitiesModel model(&document);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(2, test::activityColumn(ui::PlanField::ActivityHours)), 70.0, Qt::EditRole));
    QCOMPARE(reset.count(), 0);
    // The edited cell is announced, and so is the cost it changes.
    bool sawCell = false, sawCost = false;
    for (const auto &signal : changed) {
        const auto topLeft = signal[0].value<QModelIndex>();
        const auto bottomRight = signal[1].value<QModelIndex>();
        sawCell |= topLeft.row() == 2 && topLeft.column() == test::activityColumn(ui::PlanField::ActivityHours) && bottomRight == topLeft;
        sawCost |= topLeft.column() == test::activityColumn(ui::Derived::Cost) && topLeft.row() <= 2 && bottomRight.row() >= 2;
    }
    QVERIFY(sawCell);
    QVERIFY(sawCost);
}

void TestTableModels::rowsFollowInsertRemoveAndMove()
{
    ui::PlanDocument document(test::samplePlan());
    ui::ClustersModel model(&document);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    document.addItem(Collection::Clusters);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    document.moveItem(Collection::Clusters, 3, 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.data(model.index(0, 0), Qt::DisplayRole).toString(), QStringLiteral("New cluster"));
    document.removeItem(Collection::Clusters, 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
}

void TestTableModels::displayNamesReferencesAndFormatsNumbers()
{
    const test::DefaultLocaleGuard restoreLocale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ui::PlanDocument document(test::samplePlan());
    ActivitiesModel activities(&document);
    QCOMPARE(activities.data(activities.index(0, test::activityColumn(ui::PlanField::ActivityChannel)), Qt::DisplayRole).toString(),
             QStringLiteral("@kumoroasters (Instagram)"));
    QCOMPARE(activities.data(activities.index(0, test::activityColumn(ui::PlanField::ActivityPhases)), Qt::DisplayRole).toString(),
             QStringLiteral("Seed content, Grow the circle"));
    QCOMPARE(activities.data(activities.index(0, test::activityColumn(ui::PlanField::ActivityAccountShare)), Qt::DisplayRole).toString(),
             QStringLiteral("15%"));
    QCOMPARE(activities.data(activities.index(0, test::activityColumn(ui::Derived::Cost)), Qt::DisplayRole).toString(),
             QStringLiteral("\u00A5600,000"));   // 300,000 + 60 h x 5,000
    // Renaming a phase shows in the activities at once.
    QSignalSpy changed(&activities, &QAbstractItemModel::dataChanged);
    QVERIFY(document.setField(ui::PlanField::PhaseName, 0, QStringLiteral("Seeding")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(activities.data(activities.index(0, test::activityColumn(ui::PlanField::ActivityPhases)), Qt::DisplayRole).toString(),
             QStringLiteral("Seeding, Grow the circle"));

    ui::PhasesModel phases(&document);
    const double seedShare = *document.score().phases[0].planned;
    QCOMPARE(phases.data(phases.index(0, 6), Qt::DisplayRole).toString(),
             QString::number(qRound(seedShare * 100)) + QLatin1Char('%'));
}

void TestTableModels::flagsAndTextListsEdit()
{
    ui::PlanDocument document(test::samplePlan());
    ActivitiesModel model(&document);
    const QModelIndex influencer = model.index(0, test::activityColumn(ui::PlanField::ActivityInfluencer));
    QVERIFY(model.flags(influencer) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(influencer, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(document.plan().activities[0].influencer);
    QVERIFY(model.setData(model.index(0, test::activityColumn(ui::PlanField::ActivityTags)), QStringLiteral(" #a, ,#b ,#c"), Qt::EditRole));
    QCOMPARE(document.plan().activities[0].tags, (std::vector<std::string>{"#a", "#b", "#c"}));
    QCOMPARE(model.data(model.index(0, test::activityColumn(ui::PlanField::ActivityTags)), Qt::EditRole).toString(), QStringLiteral("#a, #b, #c"));
    QVERIFY(model.setData(model.index(0, test::activityColumn(ui::PlanField::ActivityClusters)), QStringList{QStringLiteral("cl-desk")}, Qt::EditRole));
    QCOMPARE(document.plan().activities[0].clusters, (std::vector<std::string>{"cl-desk"}));
    QVERIFY(!model.setData(model.index(0, test::activityColumn(ui::PlanField::ActivityClusters)), QStringList{QStringLiteral("cl-none")}, Qt::EditRole));
}

QTEST_MAIN(TestTableModels)
void TestTableModels::activitiesShowTheirWeeksWithDates()
{
    core::Plan plan = test::samplePlan();
    plan.startDate = "2027-03-01";
    // The first activity in the first two phases, which follow each other.
    QVERIFY(plan.phases[0].endWeek() + 1 == plan.phases[1].startWeek);
    plan.activities[0].phases = {plan.phases[1].id, plan.phases[0].id};
    plan.activities[1].phases.clear();
    ui::PlanDocument document(plan);
    ActivitiesModel model(&document);
    const int weeks = model.columnOf(ui::Derived::Weeks);
    QVERIFY(weeks >= 0);
    const auto shown = [&](int row) { return model.index(row, weeks).data().toString(); };
    // One run of weeks, from the first day of week 1 to the last of week 16.
    QCOMPARE(shown(0), QStringLiteral("%1-%2 (%3 – %4)")
                           .arg(plan.phases[0].startWeek)
                           .arg(plan.phases[1].endWeek())
                           .arg(ui::formatPlanDate(QDate(2027, 3, 1), false),
                                ui::formatPlanDate(QDate(2027, 3, 1).addDays(7 * plan.phases[1].endWeek() - 1), false)));
    QCOMPARE(shown(1), QString());   // in no phase
    // Without a start date, week numbers only; the column follows the change.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(document.setField(ui::PlanField::StartDate, -1, QString()));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(shown(0), QStringLiteral("%1-%2").arg(plan.phases[0].startWeek).arg(plan.phases[1].endWeek()));
    // Moving a phase moves the weeks of its activities.
    QVERIFY(document.setField(ui::PlanField::PhaseWeeks, 1, qlonglong(plan.phases[1].weeks - 2)));
    QCOMPARE(shown(0), QStringLiteral("%1-%2").arg(plan.phases[0].startWeek).arg(plan.phases[1].endWeek() - 2));
}

void TestTableModels::totalsAddUpTheActivitiesAndFollowEdits()
{
    const core::Plan plan = test::samplePlan();
    ui::PlanDocument document(plan);
    ActivitiesModel model(&document);
    double budget = 0, hours = 0;
    for (const core::Activity &activity : plan.activities) {
        budget += activity.budget;
        hours += activity.hours;
    }
    QStringList totals = model.totals();
    QCOMPARE(totals.size(), model.columnCount());
    const int budgetColumn = model.columnOf(ui::PlanField::ActivityBudget);
    const int hoursColumn = model.columnOf(ui::PlanField::ActivityHours);
    const int costColumn = model.columnOf(ui::Derived::Cost);
    const QString currency = QString::fromStdString(plan.currency);
    QCOMPARE(totals[budgetColumn], ui::formatMoney(budget, currency));
    QCOMPARE(totals[hoursColumn], ui::formatCount(hours));
    QCOMPARE(totals[costColumn], ui::formatMoney(budget + hours * plan.hourlyRate, currency));
    // The same committed money the status bar and the score report.
    QCOMPARE(totals[costColumn], ui::formatMoney(document.score().budget.committed(), currency));
    QVERIFY(totals[0].contains(QString::number(plan.activities.size())));
    QVERIFY(totals[model.columnOf(ui::PlanField::ActivityName) + 1].isEmpty());   // the channel has no total
    // A typed budget changes the total.
    QVERIFY(model.setData(model.index(0, budgetColumn), plan.activities[0].budget + 1000, Qt::EditRole));
    QCOMPARE(model.totals()[budgetColumn], ui::formatMoney(budget + 1000, currency));
}

#include "tst_tablemodels.moc"
