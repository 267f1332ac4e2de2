#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/models/activitiesmodel.h"
#include "ui/models/phasesmodel.h"
#include "ui/dialogs/messagebox.h"
#include "ui/pages/tablepage.h"
#include "ui/widgets/planitemdelegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace mixplanner;
using ui::ActivitiesModel;

class TestPlanItemDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void aNegativeAmountTypedIsRefusedWithAMessage();
    void shareIsEditedAsAPercentage();
    void aShareAbove100IsRefusedNotCut();
    void weekZeroIsRefusedNotIgnored();
    void aLongerPhaseOffersToMoveTheLaterOnes();
    void choiceEditorOffersTheCatalogue();
    void checkListPicksSeveralPhases();
};

namespace {
struct Fixture {
    ui::PlanDocument document{test::samplePlan()};
    ActivitiesModel model{&document};
    ui::PlanItemDelegate delegate;
    QWidget parent;

    QWidget *editorFor(int column)
    {
        const QModelIndex index = model.index(0, column);
        QWidget *editor = delegate.createEditor(&parent, QStyleOptionViewItem(), index);
        delegate.setEditorData(editor, index);
        return editor;
    }
    void commit(QWidget *editor, int column) { delegate.setModelData(editor, &model, model.index(0, column)); }
};
} // namespace

namespace {

// Types into a spin box editor as a person does: everything selected, then
// the keys one by one.
void typeInto(QAbstractSpinBox *spin, const QString &keys)
{
    spin->selectAll();
    QTest::keyClicks(spin, keys);
}

} // namespace

void TestPlanItemDelegate::aNegativeAmountTypedIsRefusedWithAMessage()
{
    Fixture f;
    const int column = test::activityColumn(ui::PlanField::ActivityBudget);
    auto *spin = qobject_cast<QDoubleSpinBox *>(f.editorFor(column));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 300000.0);
    QCOMPARE(spin->decimals(), 0);   // yen have no minor unit
    QSignalSpy rejected(&f.model, &ui::PlanTableModel::editRejected);
    typeInto(spin, QStringLiteral("-5000"));
    f.commit(spin, column);
    QCOMPARE(rejected.count(), 1);
    const QString message = rejected.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Budget: ")) && message.contains(QStringLiteral("-5000")),
             qPrintable(message));
    QCOMPARE(f.document.plan().activities[0].budget, 300000.0);   // the old value stays
    QCOMPARE(f.document.undoStack()->count(), 0);
}

void TestPlanItemDelegate::shareIsEditedAsAPercentage()
{
    Fixture f;
    const int column = test::activityColumn(ui::PlanField::ActivityAccountShare);
    auto *spin = qobject_cast<QDoubleSpinBox *>(f.editorFor(column));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 15.0);
    typeInto(spin, QStringLiteral("40"));
    f.commit(spin, column);
    QCOMPARE(f.document.plan().activities[0].accountShare, 0.4);
    typeInto(spin, QStringLiteral("12.5"));   // a decimal survives the typing
    f.commit(spin, column);
    QCOMPARE(f.document.plan().activities[0].accountShare, 0.125);
}

void TestPlanItemDelegate::aShareAbove100IsRefusedNotCut()
{
    Fixture f;
    const int column = test::activityColumn(ui::PlanField::ActivityAccountShare);
    auto *spin = qobject_cast<QDoubleSpinBox *>(f.editorFor(column));
    QVERIFY(spin);
    QSignalSpy rejected(&f.model, &ui::PlanTableModel::editRejected);
    typeInto(spin, QStringLiteral("101"));
    f.commit(spin, column);
    QCOMPARE(rejected.count(), 1);
    const QString message = rejected.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("101%")), qPrintable(message));
    QCOMPARE(f.document.plan().activities[0].accountShare, test::samplePlan().activities[0].accountShare);
}

void TestPlanItemDelegate::weekZeroIsRefusedNotIgnored()
{
    ui::PlanDocument document{test::samplePlan()};
    ui::PhasesModel model{&document};
    ui::PlanItemDelegate delegate;
    QWidget parent;
    const int column = model.columnOf(ui::PlanField::PhaseWeeks);
    QVERIFY(column >= 0);
    const QModelIndex index = model.index(0, column);
    QWidget *editor = delegate.createEditor(&parent, QStyleOptionViewItem(), index);
    delegate.setEditorData(editor, index);
    auto *spin = qobject_cast<QSpinBox *>(editor);
    QVERIFY(spin);
    QSignalSpy rejected(&model, &ui::PlanTableModel::editRejected);
    typeInto(spin, QStringLiteral("0"));
    delegate.setModelData(editor, &model, index);
    QCOMPARE(rejected.count(), 1);
    QVERIFY2(rejected.at(0).at(0).toString().contains(QStringLiteral("got 0")),
             qPrintable(rejected.at(0).at(0).toString()));
    QCOMPARE(document.plan().phases[0].weeks, test::samplePlan().phases[0].weeks);
}

void TestPlanItemDelegate::aLongerPhaseOffersToMoveTheLaterOnes()
{
    ui::PlanDocument document{test::samplePlan()};
    ui::TablePage page(new ui::PhasesModel(&document), QStringLiteral("Phases"), QString());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int column = page.model()->columnOf(ui::PlanField::PhaseWeeks);
    const QModelIndex index = page.viewIndex(0, column);
    page.view()->setCurrentIndex(index);
    page.view()->edit(index);
    auto *spin = page.view()->viewport()->findChild<QSpinBox *>();
    QVERIFY(spin);
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    typeInto(spin, QStringLiteral("12"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(document.plan().phases[0].weeks, 12);
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("Grow the circle")),
             qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(document.plan().phases[1].startWeek, test::samplePlan().phases[1].startWeek + 4);
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestPlanItemDelegate::choiceEditorOffersTheCatalogue()
{
    Fixture f;
    auto *combo = qobject_cast<QComboBox *>(f.editorFor(test::activityColumn(ui::PlanField::ActivityType)));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 13);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("short_video"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("hashtag_campaign")));
    f.commit(combo, test::activityColumn(ui::PlanField::ActivityType));
    QCOMPARE(f.document.plan().activities[0].type, std::string("hashtag_campaign"));
}

void TestPlanItemDelegate::checkListPicksSeveralPhases()
{
    Fixture f;
    auto *list = qobject_cast<QListWidget *>(f.editorFor(test::activityColumn(ui::PlanField::ActivityPhases)));
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
    list->item(0)->setCheckState(Qt::Unchecked);
    list->item(2)->setCheckState(Qt::Checked);
    f.commit(list, test::activityColumn(ui::PlanField::ActivityPhases));
    QCOMPARE(f.document.plan().activities[0].phases, (std::vector<std::string>{"ph-grow", "ph-launch"}));
}

QTEST_MAIN(TestPlanItemDelegate)
#include "tst_planitemdelegate.moc"
