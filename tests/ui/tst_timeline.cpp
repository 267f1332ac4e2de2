// The timeline page: phases dragged by the mouse and moved by keys become one
// undo step each, later phases move only when the user agrees, the today
// line sits on the right week, and the colours stay readable.
#include "uitestsupport.h"

#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"
#include "ui/pages/messagebar.h"
#include "ui/widgets/sharecolours.h"
#include "ui/pages/tablepage.h"
#include "ui/pages/timelinepage.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/timelineview.h"

#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace mixplanner;
using ui::TimelineView;

namespace {

// Where to grab a phase's bar: its middle, or just inside an edge.
QPoint barPoint(const TimelineView &view, const core::Phase &phase, int row, double along)
{
    const int left = view.weekX(phase.startWeek);
    const int right = view.weekX(phase.endWeek() + 1);
    const int x = along <= 0 ? left + 1 : along >= 1 ? right - 2 : left + static_cast<int>((right - left) * along);
    return {x, view.rowRect(row).center().y()};
}

// A press, moves in steps (as a hand does) and a release.
void drag(QWidget *widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    const int steps = 6;
    for (int i = 1; i <= steps; ++i) {
        const QPoint at = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
    QApplication::processEvents();   // the page takes the change after the release
}

// A key, and the change it asks for taken.
void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    QTest::keyClick(widget, key, modifiers);
    QApplication::processEvents();
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void listsEveryPhaseAndActivityWithItsNumbers();
    void draggingAPhaseMovesItAsOneUndoStep();
    void draggingAnEdgeChangesOnlyThatEnd();
    void aPhaseIsNotDraggedIntoTheOneBefore();
    void runningIntoLaterPhasesAsksFirst();
    void keysMoveAndResizeTheCurrentPhase();
    void enterShowsTheActivityInItsTable();
    void todayIsMarkedOnItsWeek();
    void shareTextIsReadableOnEveryFill();
    void weekLabelsNeverTouch();

private:
    struct Setup {
        std::unique_ptr<ui::PlanDocument> document;
        std::unique_ptr<ui::TimelinePage> page;
        TimelineView *view = nullptr;
    };
    static Setup make(core::Plan plan)
    {
        Setup setup;
        setup.document = std::make_unique<ui::PlanDocument>(std::move(plan));
        setup.page = std::make_unique<ui::TimelinePage>(setup.document.get());
        setup.page->resize(1100, 700);
        setup.page->show();
        setup.view = setup.page->view();
        return setup;
    }
};

void TestTimeline::listsEveryPhaseAndActivityWithItsNumbers()
{
    core::Plan plan = test::samplePlan();
    plan.startDate = "2027-03-01";
    Setup setup = make(plan);
    QVERIFY(QTest::qWaitForWindowExposed(setup.page.get()));
    const ui::ChartTable numbers = setup.view->numbers();
    QCOMPARE(numbers.rows.size(), static_cast<qsizetype>(setup.view->timeline().rows.size()));
    QCOMPARE(numbers.rows.size(), static_cast<qsizetype>(plan.phases.size() + plan.activities.size()));
    // The first phase's weeks with its dates, as the locale writes them.
    const core::Phase &first = plan.phases.front();
    const QString firstWeeks = numbers.rows.front().at(1);
    QVERIFY2(firstWeeks.startsWith(QStringLiteral("%1-%2 (").arg(first.startWeek).arg(first.endWeek())),
             qPrintable(firstWeeks));
    // The panel's table shows the same rows.
    setup.page->panel()->showTable(true);
    QCOMPARE(setup.page->panel()->table()->rowCount(), numbers.rows.size());
}

void TestTimeline::draggingAPhaseMovesItAsOneUndoStep()
{
    core::Plan plan = test::samplePlan();
    Setup setup = make(plan);
    QVERIFY(QTest::qWaitForWindowExposed(setup.page.get()));
    const std::size_t last = plan.phases.size() - 1;
    const core::Phase phase = plan.phases[last];
    const int row = setup.view->rowOfPhase(last);
    const QPoint from = barPoint(*setup.view, phase, row, 0.5);
    drag(setup.view, from, from + QPoint(3 * setup.view->weekWidth(), 0));
    const core::Phase &moved = setup.document->plan().phases[last];
    QCOMPARE(moved.startWeek, phase.startWeek + 3);
    QCOMPARE(moved.weeks, phase.weeks);
    QCOMPARE(setup.document->undoStack()->count(), 1);
    setup.document->undoStack()->undo();
    QCOMPARE(setup.document->plan().phases[last], phase);
    // Escape in the middle of a drag leaves the phase where it was.
    QTest::mousePress(setup.view, Qt::LeftButton, {}, from);
    const QPoint away = from + QPoint(2 * setup.view->weekWidth(), 0);
    QMouseEvent move(QEvent::MouseMove, away, setup.view->mapToGlobal(away), Qt::NoButton, Qt::LeftButton, {});
    QApplication::sendEvent(setup.view, &move);
    QTest::keyClick(setup.view, Qt::Key_Escape);
    QTest::mouseRelease(setup.view, Qt::LeftButton, {}, from + QPoint(2 * setup.view->weekWidth(), 0));
    QCOMPARE(setup.document->plan().phases[last], phase);
}

void TestTimeline::draggingAnEdgeChangesOnlyThatEnd()
{
    core::Plan plan = test::samplePlan();
    Setup setup = make(plan);
    QVERIFY(QTest::qWaitForWindowExposed(setup.page.get()));
    const std::size_t last = plan.phases.size() - 1;
    const core::Phase phase = plan.phases[last];
    const int row = setup.view->rowOfPhase(last);
    const int week = setup.view->weekWidth();
    // The end two weeks later: the start stays.
    QPoint from = barPoint(*setup.view, phase, row, 1);
    drag(setup.view, from, from + QPoint(2 * week, 0));
    QCOMPARE(setup.document->plan().phases[last].startWeek, phase.startWeek);
    QCOMPARE(setup.document->plan().phases[last].weeks, phase.weeks + 2);
    // The start one week later: the end stays.
    const core::Phase longer = setup.document->plan().phases[last];
    from = barPoint(*setup.view, longer, row, 0);
    drag(setup.view, from, from + QPoint(week, 0));
    const core::Phase &now = setup.document->plan().phases[last];
    QCOMPARE(now.startWeek, longer.startWeek + 1);
    QCOMPARE(now.endWeek(), longer.endWeek());
    QCOMPARE(setup.document->undoStack()->count(), 2);
}

void TestTimeline::aPhaseIsNotDraggedIntoTheOneBefore()
{
    core::Plan plan = test::samplePlan();
    QVERIFY(plan.phases.size() >= 2);
    Setup setup = make(plan);
    QVERIFY(QTest::qWaitForWindowExposed(setup.page.get()));
    const core::Phase before = plan.phases[0];
    const core::Phase phase = plan.phases[1];
    const int row = setup.view->rowOfPhase(1);
    const QPoint from = barPoint(*setup.view, phase, row, 0.5);
    drag(setup.view, from, from - QPoint(3 * setup.view->weekWidth(), 0));
    // It stops right after the phase before, which is untouched.
    QCOMPARE(setup.document->plan().phases[1].startWeek, std::max(phase.startWeek - 3, before.endWeek() + 1));
    QCOMPARE(setup.document->plan().phases[0], before);
}

void TestTimeline::runningIntoLaterPhasesAsksFirst()
{
    core::Plan plan = test::samplePlan();
    QVERIFY(plan.phases.size() >= 3);
    Setup setup = make(plan);
    QVERIFY(QTest::qWaitForWindowExposed(setup.page.get()));
    const core::Phase first = plan.phases[0];
    const int row = setup.view->rowOfPhase(0);
    const int gap = plan.phases[1].startWeek - first.endWeek() - 1;
    const int longer = gap + 2;   // two weeks into the next phase
    const QPoint from = barPoint(*setup.view, first, row, 1);
    const QPoint to = from + QPoint(longer * setup.view->weekWidth(), 0);

    // No: nothing changes, and the page says why.
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    drag(setup.view, from, to);
    QTRY_VERIFY(ui::MessageBox::lastText().contains(QString::fromStdString(plan.phases[1].name)));
    // The end was dragged: the message is about the weeks, not the start.
    QVERIFY2(ui::MessageBox::lastText().startsWith(QStringLiteral("Weeks")), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(setup.document->plan().phases, plan.phases);
    QCOMPARE(setup.document->undoStack()->count(), 0);
    QVERIFY(!setup.page->messageBar()->text().isEmpty());

    // Yes: the phase grows and every later phase moves by the overlap, in one step.
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    drag(setup.view, from, to);
    QTRY_COMPARE(setup.document->undoStack()->count(), 1);
    const auto &phases = setup.document->plan().phases;
    QCOMPARE(phases[0].weeks, first.weeks + longer);
    for (std::size_t p = 1; p < plan.phases.size(); ++p) {
        QCOMPARE(phases[p].startWeek, plan.phases[p].startWeek + 2);
        QCOMPARE(phases[p].weeks, plan.phases[p].weeks);
    }
    QCOMPARE(setup.document->undoStack()->count(), 1);
    setup.document->undoStack()->undo();
    QCOMPARE(setup.document->plan().phases, plan.phases);
}

void TestTimeline::keysMoveAndResizeTheCurrentPhase()
{
    core::Plan plan = test::samplePlan();
    Setup setup = make(plan);
    QVERIFY(QTest::qWaitForWindowExposed(setup.page.get()));
    const std::size_t last = plan.phases.size() - 1;
    const core::Phase phase = plan.phases[last];
    setup.view->setFocus();
    QTest::keyClick(setup.view, Qt::Key_End);
    // Up from the last row reaches the last phase.
    while (setup.view->currentRow() != setup.view->rowOfPhase(last)) {
        const int before = setup.view->currentRow();
        QTest::keyClick(setup.view, Qt::Key_Up);
        QVERIFY(setup.view->currentRow() < before);
    }
    QVERIFY(setup.view->accessibleDescription().contains(QString::fromStdString(phase.name)));
    press(setup.view, Qt::Key_Right);
    QCOMPARE(setup.document->plan().phases[last].startWeek, phase.startWeek + 1);
    QCOMPARE(setup.document->plan().phases[last].weeks, phase.weeks);
    press(setup.view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(setup.document->plan().phases[last].startWeek, phase.startWeek + 1);
    QCOMPARE(setup.document->plan().phases[last].weeks, phase.weeks + 1);
    press(setup.view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(setup.document->plan().phases[last].startWeek, phase.startWeek + 2);
    QCOMPARE(setup.document->plan().phases[last].endWeek(), phase.endWeek() + 2);
    QCOMPARE(setup.document->undoStack()->count(), 3);
    // The keyboard stays on the phase after each change.
    QCOMPARE(setup.view->currentRow(), setup.view->rowOfPhase(last));
}

void TestTimeline::enterShowsTheActivityInItsTable()
{
    ui::MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(ui::MainWindow::Timeline);
    auto *page = qobject_cast<ui::TimelinePage *>(window.page(ui::MainWindow::Timeline));
    QVERIFY(page);
    TimelineView *view = page->view();
    const std::size_t activity = window.document()->plan().activities.size() - 1;
    view->setFocus();
    view->setCurrentRow(view->rowOfActivity(activity));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window.currentPage(), ui::MainWindow::ActivitiesPage);
    QCOMPARE(window.tablePage(ui::MainWindow::ActivitiesPage)->currentRow(), static_cast<int>(activity));
}

void TestTimeline::todayIsMarkedOnItsWeek()
{
    core::Plan plan = test::samplePlan();
    plan.startDate.clear();
    Setup setup = make(plan);
    setup.view->setToday({2027, 3, 17});
    QVERIFY(!setup.view->todayWeek());   // no start date, no calendar
    plan.startDate = "2027-03-01";
    setup.document = std::make_unique<ui::PlanDocument>(plan);
    setup.page = std::make_unique<ui::TimelinePage>(setup.document.get());
    setup.view = setup.page->view();
    setup.view->setToday({2027, 3, 17});   // day 17: the third week
    QCOMPARE(setup.view->todayWeek(), std::optional<int>(3));
    setup.view->setToday({2027, 2, 28});   // before the plan
    QVERIFY(!setup.view->todayWeek());
}

void TestTimeline::shareTextIsReadableOnEveryFill()
{
    for (int step = 0; step <= 100; ++step) {
        const QColor fill = ui::shareColour(step / 100.0);
        QVERIFY2(ui::contrastRatio(ui::textColourOn(fill), fill) >= 4.5, qPrintable(fill.name()));
    }
    // The ends of the scale differ enough to tell content from account work.
    QVERIFY(ui::shareColour(0) != ui::shareColour(1));
}

void TestTimeline::weekLabelsNeverTouch()
{
    // A British reader's dates ("29 Mar"), which differ in width week by week.
    const test::DefaultLocaleGuard locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    core::Plan plan = test::samplePlan();
    plan.startDate = "2027-03-01";
    plan.phases.back().weeks = 30;   // a longer plan too
    for (bool longer : {false, true}) {
        core::Plan shown = test::samplePlan();
        shown.startDate = plan.startDate;
        if (longer)
            shown = plan;
        Setup setup = make(shown);
        for (int width = 500; width <= 1600; width += 37) {
            setup.page->resize(width, 600);
            QApplication::processEvents();
            TimelineView *view = setup.view;
            int widest = 0;
            for (int week = 1; week <= view->timeline().lastWeek; ++week)
                widest = std::max(widest, view->fontMetrics().horizontalAdvance(view->weekLabel(week)));
            QVERIFY2(view->weeksPerLabel() * view->weekWidth() > widest,
                     qPrintable(QStringLiteral("width %1: every %2 weeks of %3 px, labels up to %4 px")
                                    .arg(width)
                                    .arg(view->weeksPerLabel())
                                    .arg(view->weekWidth())
                                    .arg(widest)));
        }
    }
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
