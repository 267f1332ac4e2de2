#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/models/activitiesmodel.h"
#include "ui/widgets/planitemdelegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace mixplanner;
using ui::ActivitiesModel;

class TestPlanItemDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void moneyEditorCannotGoNegative();
    void shareIsEditedAsAPercentage();
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

void TestPlanItemDelegate::moneyEditorCannotGoNegative()
{
    Fixture f;
    auto *spin = qobject_cast<QDoubleSpinBox *>(f.editorFor(test::activityColumn(ui::PlanField::ActivityBudget)));
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 0.0);
    QCOMPARE(spin->value(), 300000.0);
    QCOMPARE(spin->decimals(), 0);   // yen have no minor unit
    spin->setValue(-50);
    QCOMPARE(spin->value(), 0.0);
}

void TestPlanItemDelegate::shareIsEditedAsAPercentage()
{
    Fixture f;
    auto *spin = qobject_cast<QSpinBox *>(f.editorFor(test::activityColumn(ui::PlanField::ActivityAccountShare)));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 15);
    QCOMPARE(spin->maximum(), 100);
    spin->setValue(40);
    f.commit(spin, test::activityColumn(ui::PlanField::ActivityAccountShare));
    QCOMPARE(f.document.plan().activities[0].accountShare, 0.4);
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
