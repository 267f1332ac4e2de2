#include "uitestsupport.h"

#include "core/scoring/scorer.h"
#include "core/text/format.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/filedialog.h"
#include "ui/document/plandocument.h"
#include "ui/text/displayformat.h"
#include "ui/mainwindow.h"
#include "ui/pages/projectionpage.h"
#include "ui/widgets/whatifchart.h"

#include <QChart>
#include <QCategoryAxis>
#include <QChartView>
#include <QValueAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mixplanner;

class TestProjectionPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void drawsFollowersForEveryWeek();
    void aDatedPlanLabelsWeeksByTheirFirstDay();
    void showsThreeColumnsAndTheReason();
    void applyIsOneUndoStep();
    void whatIfNamesTheStrengthThatReaches70();
    void compareShowsPlansSideBySide();
};

void TestProjectionPage::drawsFollowersForEveryWeek()
{
    core::Plan undated = test::samplePlan();
    undated.startDate.clear();   // week numbers on the axis; dates are checked below
    ui::PlanDocument document(undated);
    ui::ProjectionPage page(&document);
    page.resize(1000, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto series = page.followersChart()->chart()->series();
    QCOMPARE(series.size(), 2);   // plan and suggested mix
    auto *plan = qobject_cast<QLineSeries *>(series.front());
    QVERIFY(plan);
    QCOMPARE(plan->count(), 24);
    QCOMPARE(plan->at(0).x(), 1.0);
    QVERIFY(plan->at(23).y() > plan->at(0).y());   // the following grows
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("projectionTotals"))->text().contains(QStringLiteral("1,800")));
    // The axes write numbers as the locale does (thousands grouped).
    QVERIFY(page.followersChart()->chart()->localizeNumbers());
    QCOMPARE(page.followersChart()->chart()->locale(), QLocale());
    // Weeks are marked every fourth week on the sample's 24 weeks.
    const auto weekAxes = page.followersChart()->chart()->axes(Qt::Horizontal);
    QCOMPARE(weekAxes.size(), 1);
    auto *weeks = qobject_cast<QValueAxis *>(weekAxes.front());
    QVERIFY(weeks);
    QCOMPARE(weeks->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(weeks->tickInterval(), 4.0);
}

void TestProjectionPage::aDatedPlanLabelsWeeksByTheirFirstDay()
{
    core::Plan plan = test::samplePlan();
    plan.startDate = "2027-03-01";
    ui::PlanDocument document(plan);
    ui::ProjectionPage page(&document);
    page.resize(1000, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto weekAxes = page.followersChart()->chart()->axes(Qt::Horizontal);
    QCOMPARE(weekAxes.size(), 1);
    auto *weeks = qobject_cast<QCategoryAxis *>(weekAxes.front());
    QVERIFY(weeks);
    QCOMPARE(weeks->titleText(), QStringLiteral("Week starting"));
    // Every fourth week from week 1, each labelled with the day it starts.
    const QStringList labels = weeks->categoriesLabels();
    QCOMPARE(labels.size(), 6);
    QCOMPARE(labels.front(), ui::formatPlanDate(QDate(2027, 3, 1), false));
    QCOMPARE(weeks->endValue(labels[1]), 5.0);
    QCOMPARE(labels[1], ui::formatPlanDate(QDate(2027, 3, 29), false));
}

void TestProjectionPage::showsThreeColumnsAndTheReason()
{
    ui::PlanDocument document(test::samplePlan());
    ui::ProjectionPage page(&document);
    page.refresh();
    QTableWidget *table = page.suggestionTable();
    QCOMPARE(table->rowCount(), 4);   // three phases and the value row
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Seed content"));
    const double seedShare = *document.score().phases[0].planned;
    QCOMPARE(table->item(0, 1)->text(), QString::number(qRound(seedShare * 100)) + QLatin1Char('%'));
    QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("content")));
    QVERIFY(table->item(3, 2)->text().startsWith(QLatin1Char('+')));
}

void TestProjectionPage::applyIsOneUndoStep()
{
    ui::PlanDocument document(test::samplePlan());
    ui::ProjectionPage page(&document);
    page.refresh();
    const double before = document.score().total;
    QTest::mouseClick(page.applyButton(), Qt::LeftButton);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Apply suggested mix"));
    QVERIFY(document.score().total >= before);
    QVERIFY(!(document.plan() == test::samplePlan()));
    // The plan's cost stays; a phase's, to within rounding the amounts to
    // round figures (money in activities shared by phases moves with both).
    const auto original = core::scorePlan(test::samplePlan());
    double costBefore = 0, costAfter = 0;
    for (std::size_t p = 0; p < original.phases.size(); ++p) {
        QVERIFY(qAbs(document.score().phases[p].cost - original.phases[p].cost) < 0.005 * original.phases[p].cost);
        costBefore += original.phases[p].cost;
        costAfter += document.score().phases[p].cost;
    }
    QVERIFY(qAbs(costAfter - costBefore) < 1.0);
    for (const core::Activity &activity : document.plan().activities)
        QVERIFY2(std::fmod(activity.budget, 1000.0) == 0, qPrintable(QString::number(activity.budget)));
    // Applied, the button is off unless another Apply would change the plan.
    page.refresh();
    if (page.applyButton()->isEnabled()) {
        const core::Plan applied = document.plan();
        QTest::mouseClick(page.applyButton(), Qt::LeftButton);
        QVERIFY(!(document.plan() == applied));
        document.undoStack()->undo();
    }
    document.undoStack()->undo();
    QCOMPARE(document.plan(), test::samplePlan());
    page.refresh();
    QVERIFY(page.applyButton()->isEnabled());
}

void TestProjectionPage::whatIfNamesTheStrengthThatReaches70()
{
    core::Plan plan = test::samplePlan();
    for (auto &activity : plan.activities)
        activity.accountShare = 0.85;   // account-heavy: needs a strong brand
    ui::PlanDocument document(plan);
    ui::WhatIfChart chart(&document);
    chart.refresh();
    QVERIFY2(chart.verdict().contains(QStringLiteral("would first score 70")), qPrintable(chart.verdict()));
    auto *curve = qobject_cast<QLineSeries *>(chart.chart()->series().at(1));
    QVERIFY(curve);
    QCOMPARE(curve->count(), 21);
    QVERIFY(curve->at(20).y() > curve->at(0).y());
}

void TestProjectionPage::compareShowsPlansSideBySide()
{
    ui::MainWindow window;
    window.openSample();
    ui::FileDialog::setNextFileNames({test::dataPath(QStringLiteral("valid/minimal.mixplan"))});
    int columns = 0;
    QString firstTotal;
    QTemporaryDir folder;
    const QString exported = folder.filePath(QStringLiteral("compared.md"));
    window.setCompareHook([&](QDialog *dialog) {
        auto *compare = static_cast<ui::CompareDialog *>(dialog);
        QString error;
        QVERIFY2(compare->exportTo(exported, &error), qPrintable(error));
        auto *table = compare->table();
        columns = table->columnCount();
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->verticalHeaderItem(r)->text() == QStringLiteral("Total"))
                firstTotal = table->item(r, 0)->text();
    });
    window.comparePlans();
    QCOMPARE(columns, 2);
    // Comparisons write the total as the exports do: one decimal, none when it is zero.
    QCOMPARE(firstTotal, QString::fromStdString(core::text::decimal(core::scorePlan(test::samplePlan()).total, 1)));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray markdown = file.readAll();
    QVERIFY(markdown.contains("# Plans compared"));
    QVERIFY(markdown.contains("minimal.mixplan"));
}

QTEST_MAIN(TestProjectionPage)
#include "tst_projectionpage.moc"
