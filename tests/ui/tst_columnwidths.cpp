// Table columns follow what they show: a table that started empty widens as
// rows arrive, and a width the user sets is kept, also in the next session.
#include "uitestsupport.h"

#include "core/edit/plantemplates.h"
#include "ui/document/plandocument.h"
#include "ui/models/activitiesmodel.h"
#include "ui/pages/tablepage.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace mixplanner;
using ui::Collection;
using ui::PlanField;

class TestColumnWidths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init() { QSettings().remove(QStringLiteral("columnWidths")); }
    void columnsWidenAsRowsArrive();
    void aWidthTheUserSetsIsKept();
};

namespace {

// A new plan with a channel and a phase, ready for activities.
struct NewPlan {
    ui::PlanDocument document{core::blankPlan("New")};

    NewPlan()
    {
        QString error;
        [&] {
            QVERIFY2(document.addItem(Collection::Channels, &error) >= 0, qPrintable(error));
            QVERIFY2(document.addItem(Collection::Phases, &error) >= 0, qPrintable(error));
        }();
    }

    int addActivity(const QString &name, double budget)
    {
        QString error;
        const int row = document.addItem(Collection::Activities, &error);
        [&] { QVERIFY2(row >= 0, qPrintable(error)); }();
        document.setField(PlanField::ActivityName, row, name);
        document.setField(PlanField::ActivityBudget, row, budget);
        return row;
    }
};

int textWidth(const QTableView *view, const QModelIndex &index)
{
    return view->fontMetrics().horizontalAdvance(index.data(Qt::DisplayRole).toString());
}

} // namespace

void TestColumnWidths::columnsWidenAsRowsArrive()
{
    NewPlan plan;
    ui::TablePage page(new ui::ActivitiesModel(&plan.document), QStringLiteral("Activities"), QString());
    page.resize(1400, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int row = plan.addActivity(QStringLiteral("Weekly brewing guides"), 400000);
    QTableView *view = page.view();
    const int name = page.model()->columnOf(PlanField::ActivityName);
    const int budget = page.model()->columnOf(PlanField::ActivityBudget);
    QTRY_VERIFY(view->columnWidth(budget) >= textWidth(view, page.viewIndex(row, budget)));
    QTRY_VERIFY(view->columnWidth(name) >= textWidth(view, page.viewIndex(row, name)));
}

void TestColumnWidths::aWidthTheUserSetsIsKept()
{
    NewPlan plan;
    auto *model = new ui::ActivitiesModel(&plan.document);
    const int name = model->columnOf(PlanField::ActivityName);
    {
        ui::TablePage page(model, QStringLiteral("Activities"), QString());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        plan.addActivity(QStringLiteral("Short"), 1000);
        page.view()->horizontalHeader()->resizeSection(name, 97);   // the user drags the edge
        plan.addActivity(QStringLiteral("A much longer activity name than the column holds"), 1000);
        QTest::qWait(50);
        QCOMPARE(page.view()->columnWidth(name), 97);
    }
    // The next time the table is made (another session), the width is back.
    NewPlan again;
    ui::TablePage page(new ui::ActivitiesModel(&again.document), QStringLiteral("Activities"), QString());
    QCOMPARE(page.view()->columnWidth(name), 97);
}

QTEST_MAIN(TestColumnWidths)
#include "tst_columnwidths.moc"
