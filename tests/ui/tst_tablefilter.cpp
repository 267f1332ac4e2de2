// The activities table sorted by a click on a title and narrowed by the
// filter bar, with every edit still reaching the right plan row; and one
// value set on several rows at once, typed as a user types it.
#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"
#include "ui/models/plantablemodel.h"
#include "ui/models/tablefilter.h"
#include "ui/pages/filterbar.h"
#include "ui/pages/tablepage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

using namespace mixplanner;
using ui::PlanField;

namespace {

// The plan rows in the order the view shows them.
QList<int> shownRows(const ui::TablePage *page)
{
    QList<int> rows;
    const QAbstractItemModel *shown = page->view()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        rows << page->filter()->mapToSource(shown->index(r, 0)).row();
    return rows;
}

void clickTitle(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

void clickCell(ui::TablePage *page, int row, int column, Qt::KeyboardModifiers modifiers = {})
{
    QTableView *view = page->view();
    const QModelIndex index = page->viewIndex(row, column);
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

// Picks an entry of a filter list by keyboard: focus, then Down until it is current.
void chooseByKeys(QComboBox *box, const QString &text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentText() != text; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentText(), text);
}

// The sample's activities page in a window that has the keyboard, so
// shortcuts (Ctrl+F, Ctrl+Shift+E, Ctrl+Delete) reach it.
bool showActivities(ui::MainWindow &window, ui::TablePage **page)
{
    window.openSample();
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    window.showPage(ui::MainWindow::ActivitiesPage);
    *page = window.tablePage(ui::MainWindow::ActivitiesPage);
    return *page != nullptr;
}

} // namespace

class TestTableFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void aClickOnATitleSortsByValueAndAThirdPutsThePlanOrderBack();
    void thePhaseListShowsOnlyThatPhasesActivities();
    void typedTextNarrowsTheRowsAndEditsReachThePlanRow();
    void deletingAmongSortedRowsDeletesThoseChosen();
    void aValueTypedOnceIsSetOnEverySelectedRow();
    void aTypeSetOnSeveralRowsMovesEachShare();
    void aFindingShowsItsActivityEvenWhenFilteredOut();
};

void TestTableFilter::aClickOnATitleSortsByValueAndAThirdPutsThePlanOrderBack()
{
    ui::MainWindow window;
    ui::TablePage *page = nullptr;
    QVERIFY(showActivities(window, &page));
    const core::Plan &plan = window.document()->plan();
    const int budget = test::activityColumn(PlanField::ActivityBudget);
    QList<int> planOrder;
    for (int r = 0; r < static_cast<int>(plan.activities.size()); ++r)
        planOrder << r;
    QCOMPARE(shownRows(page), planOrder);

    clickTitle(page->view(), budget);
    const QList<int> ascending = shownRows(page);
    QCOMPARE(ascending.size(), planOrder.size());
    for (qsizetype i = 1; i < ascending.size(); ++i)
        QVERIFY(plan.activities[ascending[i - 1]].budget <= plan.activities[ascending[i]].budget);
    // The sample has budgets of different digit counts: a text sort would differ.
    QVERIFY(ascending != planOrder);

    // Sorted, Move up and down would move a row among neighbours that are not its own.
    clickCell(page, ascending[2], budget);
    for (QToolButton *button : page->findChildren<QToolButton *>())
        if (button->text() == QStringLiteral("Move up") || button->text() == QStringLiteral("Move down"))
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));

    clickTitle(page->view(), budget);
    const QList<int> descending = shownRows(page);
    for (qsizetype i = 1; i < descending.size(); ++i)
        QVERIFY(plan.activities[descending[i - 1]].budget >= plan.activities[descending[i]].budget);
    clickTitle(page->view(), budget);
    QCOMPARE(shownRows(page), planOrder);
    QVERIFY(!page->filter()->isSorted());
}

void TestTableFilter::thePhaseListShowsOnlyThatPhasesActivities()
{
    ui::MainWindow window;
    ui::TablePage *page = nullptr;
    QVERIFY(showActivities(window, &page));
    QVERIFY(page->filterBar());
    const core::Plan &plan = window.document()->plan();
    QComboBox *phases = page->filterBar()->choiceBox(test::activityColumn(PlanField::ActivityPhases));
    QVERIFY(phases);

    for (const core::Phase &phase : plan.phases) {
        chooseByKeys(phases, QString::fromStdString(phase.name));
        QList<int> expected;
        for (int r = 0; r < static_cast<int>(plan.activities.size()); ++r) {
            const auto &ids = plan.activities[r].phases;
            if (std::find(ids.begin(), ids.end(), phase.id) != ids.end())
                expected << r;
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownRows(page), expected);
    }
    // "None": the activities in no phase, which the projection leaves out.
    window.document()->setField(PlanField::ActivityPhases, 0, QStringList{});
    chooseByKeys(phases, QStringLiteral("None"));
    QCOMPARE(shownRows(page), QList<int>{0});

    // Channel and phase together; "Show all" brings every row back.
    QComboBox *channels = page->filterBar()->choiceBox(test::activityColumn(PlanField::ActivityChannel));
    QVERIFY(channels);
    chooseByKeys(phases, QStringLiteral("All"));
    const core::Activity &second = plan.activities[1];
    const int channelAt = channels->findData(QString::fromStdString(second.channel));
    QVERIFY(channelAt > 0);
    chooseByKeys(channels, channels->itemText(channelAt));
    for (int row : shownRows(page))
        QCOMPARE(plan.activities[row].channel, second.channel);
    QVERIFY(shownRows(page).contains(1));
    QVERIFY(page->filterBar()->showAllButton()->isEnabled());
    QTest::mouseClick(page->filterBar()->showAllButton(), Qt::LeftButton);
    QCOMPARE(shownRows(page).size(), static_cast<qsizetype>(plan.activities.size()));
    QCOMPARE(channels->currentText(), QStringLiteral("All"));
}

void TestTableFilter::typedTextNarrowsTheRowsAndEditsReachThePlanRow()
{
    ui::MainWindow window;
    ui::TablePage *page = nullptr;
    QVERIFY(showActivities(window, &page));
    const core::Plan &plan = window.document()->plan();
    // A word of the last activity's name, typed after Ctrl+F.
    const int target = static_cast<int>(plan.activities.size()) - 1;
    const QString word = QString::fromStdString(plan.activities[target].name).section(QLatin1Char(' '), 0, 0);
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *find = page->filterBar()->findField();
    QVERIFY(find->hasFocus());
    QTest::keyClicks(find, word);
    const QList<int> shown = shownRows(page);
    QVERIFY(shown.contains(target));
    QVERIFY(shown.size() < static_cast<qsizetype>(plan.activities.size()));
    for (int row : shown) {
        bool found = false;
        for (int c = 0; c < page->model()->columnCount(); ++c)
            found = found || page->model()->index(row, c).data().toString().contains(word, Qt::CaseInsensitive);
        QVERIFY2(found, qPrintable(QString::fromStdString(plan.activities[row].name)));
    }

    // Typing a budget into the shown row changes that plan row, and only it.
    const core::Plan before = plan;
    const int budget = test::activityColumn(PlanField::ActivityBudget);
    clickCell(page, target, budget);
    QTest::keyClick(page->view(), Qt::Key_F2);
    auto *spin = page->view()->viewport()->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("123456"));
    QTest::keyClick(spin, Qt::Key_Return);
    // The delegate commits from a queued call, as in the running app.
    QTRY_COMPARE(plan.activities[target].budget, 123456.0);
    for (int r = 0; r < target; ++r)
        QCOMPARE(plan.activities[r].budget, before.activities[r].budget);
}

void TestTableFilter::deletingAmongSortedRowsDeletesThoseChosen()
{
    ui::MainWindow window;
    ui::TablePage *page = nullptr;
    QVERIFY(showActivities(window, &page));
    const core::Plan before = window.document()->plan();
    const int budget = test::activityColumn(PlanField::ActivityBudget);
    clickTitle(page->view(), budget);
    const QList<int> sorted = shownRows(page);
    // The two cheapest, chosen by click and Ctrl+click in the sorted view.
    clickCell(page, sorted[0], budget);
    clickCell(page, sorted[1], budget, Qt::ControlModifier);
    QCOMPARE(page->selectedRows().size(), 2);
    // A button's shortcut clicks it as a click looks, a moment later.
    QTest::keyClick(page->view(), Qt::Key_Delete, Qt::ControlModifier);
    const core::Plan &after = window.document()->plan();
    QTRY_COMPARE(after.activities.size(), before.activities.size() - 2);
    for (const core::Activity &activity : after.activities) {
        QVERIFY(activity.id != before.activities[sorted[0]].id);
        QVERIFY(activity.id != before.activities[sorted[1]].id);
    }
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->plan().activities.size(), before.activities.size());
}

void TestTableFilter::aValueTypedOnceIsSetOnEverySelectedRow()
{
    ui::MainWindow window;
    ui::TablePage *page = nullptr;
    QVERIFY(showActivities(window, &page));
    const core::Plan before = window.document()->plan();
    const int budget = test::activityColumn(PlanField::ActivityBudget);
    clickCell(page, 1, budget);
    clickCell(page, 3, budget, Qt::ShiftModifier);
    clickCell(page, 6, budget, Qt::ControlModifier);
    QCOMPARE(page->selectedRows(), (QList<int>{1, 2, 3, 6}));
    const int steps = window.document()->undoStack()->count();

    QTest::keyClick(page->view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QDoubleSpinBox *spin = nullptr;
    QTRY_VERIFY((spin = page->view()->viewport()->findChild<QDoubleSpinBox *>()));
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("250000"));
    QTest::keyClick(spin, Qt::Key_Return);

    const core::Plan &plan = window.document()->plan();

    QTRY_COMPARE(plan.activities[6].budget, 250000.0);
    for (int r = 0; r < static_cast<int>(plan.activities.size()); ++r) {
        const bool chosen = r == 1 || r == 2 || r == 3 || r == 6;
        QCOMPARE(plan.activities[r].budget, chosen ? 250000.0 : before.activities[r].budget);
    }
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    window.document()->undoStack()->undo();
    for (int r = 0; r < static_cast<int>(plan.activities.size()); ++r)
        QCOMPARE(plan.activities[r].budget, before.activities[r].budget);

    // The next edit of one cell changes that cell only.
    clickCell(page, 4, budget);
    QTest::keyClick(page->view(), Qt::Key_F2);
    spin = page->view()->viewport()->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("7000"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(plan.activities[4].budget, 7000.0);
    QCOMPARE(plan.activities[1].budget, before.activities[1].budget);

    // Escape leaves every row as it was, and disarms the next edit too.
    clickCell(page, 1, budget);
    clickCell(page, 2, budget, Qt::ShiftModifier);
    QTest::keyClick(page->view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((spin = page->view()->viewport()->findChild<QDoubleSpinBox *>()));
    QTest::keyClicks(spin, QStringLiteral("1"));
    QTest::keyClick(spin, Qt::Key_Escape);
    QTRY_VERIFY(!page->model()->isFilling());
    QCOMPARE(plan.activities[1].budget, before.activities[1].budget);
    QCOMPARE(plan.activities[2].budget, before.activities[2].budget);
}

void TestTableFilter::aTypeSetOnSeveralRowsMovesEachShare()
{
    ui::PlanDocument document{test::samplePlan()};
    const core::Plan &plan = document.plan();
    // Two activities of another type than the first one's, set to its type.
    const std::string type = plan.activities[0].type;
    QList<int> rows;
    for (int r = 1; r < static_cast<int>(plan.activities.size()) && rows.size() < 2; ++r)
        if (plan.activities[r].type != type)
            rows << r;
    QCOMPARE(rows.size(), 2);
    std::vector<double> expected;
    for (int row : rows) {
        ui::PlanDocument single{test::samplePlan()};
        QVERIFY(single.setField(PlanField::ActivityType, row, QString::fromStdString(type)));
        expected.push_back(single.plan().activities[row].accountShare);
    }
    QString error;
    QCOMPARE(document.setFieldOnRows(PlanField::ActivityType, rows, QString::fromStdString(type), QStringLiteral("Type"),
                                     &error),
             2);
    QVERIFY(error.isEmpty());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(plan.activities[rows[i]].type, type);
        QCOMPARE(plan.activities[rows[i]].accountShare, expected[i]);
    }
    QCOMPARE(document.undoStack()->count(), 1);

    // A refused value changes none of them and names the row.
    const core::Plan kept = plan;
    QCOMPARE(document.setFieldOnRows(PlanField::ActivityBudget, rows, -5.0, QStringLiteral("Budget"), &error), 0);
    QVERIFY(error.contains(QString::fromStdString(plan.activities[rows[0]].name)));
    for (int row : rows)
        QCOMPARE(plan.activities[row].budget, kept.activities[row].budget);
}

void TestTableFilter::aFindingShowsItsActivityEvenWhenFilteredOut()
{
    ui::MainWindow window;
    ui::TablePage *page = nullptr;
    QVERIFY(showActivities(window, &page));
    page->filterBar()->findField()->setText(QStringLiteral("no activity is called this"));
    QCOMPARE(shownRows(page).size(), 0);
    page->selectRow(2);
    QCOMPARE(page->currentRow(), 2);
    QCOMPARE(shownRows(page).size(), static_cast<qsizetype>(window.document()->plan().activities.size()));
    QVERIFY(page->filterBar()->findField()->text().isEmpty());
}

QTEST_MAIN(TestTableFilter)
#include "tst_tablefilter.moc"
