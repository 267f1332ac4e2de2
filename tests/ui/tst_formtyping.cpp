// Typing into the form pages as a person does, key by key: what is typed is
// what is stored, one undo step per field, and a value the plan cannot hold
// is refused with a message while the old one stays.
#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/pages/brandpurposepage.h"
#include "ui/pages/messagebar.h"
#include "ui/pages/overviewpage.h"

#include "core/io/planjson.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QScopeGuard>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace mixplanner;

class TestFormTyping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void decimalsTypedIntoPercentagesAreKept();
    void aPercentageAbove100IsRefusedAndTheOldValueStays();
    void aStartDateAndABudgetCapAreTypedAndSaved();
};

namespace {

struct Page {
    ui::PlanDocument document{test::samplePlan()};
    ui::BrandPurposePage page{&document};

    Page()
    {
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }

    QDoubleSpinBox *box(const char *name)
    {
        auto *spin = page.findChild<QDoubleSpinBox *>(QString::fromLatin1(name));
        [&] { QVERIFY2(spin, name); }();
        return spin;
    }

    // Focus, select all, type key by key, then Enter.
    void type(QDoubleSpinBox *spin, const QString &keys)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, keys);
        QTest::keyClick(spin, Qt::Key_Return);
    }
};

} // namespace

void TestFormTyping::decimalsTypedIntoPercentagesAreKept()
{
    Page p;
    p.type(p.box("engagementRateEdit"), QStringLiteral("3.5"));
    QCOMPARE(p.document.plan().brand.engagementRate, 3.5);
    p.type(p.box("awarenessEdit"), QStringLiteral("12.5"));
    QCOMPARE(p.document.plan().brand.awareness, 12.5);
    // Each field typed is one undo step.
    QCOMPARE(p.document.undoStack()->count(), 2);
    p.document.undoStack()->undo();
    QCOMPARE(p.document.plan().brand.awareness, test::samplePlan().brand.awareness);
    QCOMPARE(p.box("awarenessEdit")->value(), test::samplePlan().brand.awareness);
}

void TestFormTyping::aPercentageAbove100IsRefusedAndTheOldValueStays()
{
    Page p;
    QDoubleSpinBox *awareness = p.box("awarenessEdit");
    p.type(awareness, QStringLiteral("120"));
    QCOMPARE(p.document.plan().brand.awareness, test::samplePlan().brand.awareness);
    QCOMPARE(awareness->value(), test::samplePlan().brand.awareness);
    QCOMPARE(p.document.undoStack()->count(), 0);
    // The page says why, naming the field and what was typed.
    bool said = false;
    for (const QLabel *label : p.page.findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(QStringLiteral("Awareness:"))
            && label->text().contains(QStringLiteral("120")))
            said = true;
    QVERIFY(said);
}

void TestFormTyping::aStartDateAndABudgetCapAreTypedAndSaved()
{
    // The date is typed section by section in the order a British reader
    // writes it (d MMM yyyy); the locale is put back afterwards.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    core::Plan plan = test::samplePlan();
    plan.startDate.clear();   // a plan that has neither yet
    plan.budgetCap.reset();
    ui::PlanDocument document{plan};
    ui::OverviewPage page{&document};
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *dated = page.findChild<QCheckBox *>(QStringLiteral("startDateSet"));
    auto *date = page.findChild<QDateEdit *>(QStringLiteral("startDateEdit"));
    auto *capped = page.findChild<QCheckBox *>(QStringLiteral("budgetCapSet"));
    auto *cap = page.findChild<QDoubleSpinBox *>(QStringLiteral("budgetCapEdit"));
    QVERIFY(dated && date && capped && cap);
    QVERIFY(!date->isEnabled());

    // Space ticks the box; the date is then typed in the locale's own order.
    dated->setFocus();
    QTest::keyClick(dated, Qt::Key_Space);
    QVERIFY(date->isEnabled());
    QCOMPARE(date->displayFormat(), QStringLiteral("d MMM yyyy"));
    date->setFocus(Qt::TabFocusReason);   // Tab into it: the day is selected
    QTest::keyClicks(date, QStringLiteral("1"));
    QTest::keyClick(date, Qt::Key_Tab);    // Tab goes from section to section
    QTest::keyClicks(date, QStringLiteral("Mar"));   // a whole month name moves on to the year
    QTest::keyClicks(date, QStringLiteral("2027"));
    QTest::keyClick(date, Qt::Key_Return);
    QCOMPARE(QString::fromStdString(document.plan().startDate), QStringLiteral("2027-03-01"));

    capped->setFocus();
    QTest::keyClick(capped, Qt::Key_Space);
    cap->setFocus();
    cap->selectAll();
    QTest::keyClicks(cap, QStringLiteral("2500000"));
    QTest::keyClick(cap, Qt::Key_Return);
    QVERIFY(document.plan().budgetCap);
    QCOMPARE(*document.plan().budgetCap, 2500000.0);

    // Saved and read back, the plan holds exactly what was typed.
    const auto reread = core::readPlan(core::writePlan(document.plan()));
    QVERIFY(reread.plan);
    QCOMPARE(QString::fromStdString(reread.plan->startDate), QStringLiteral("2027-03-01"));
    QCOMPARE(*reread.plan->budgetCap, 2500000.0);

    // Unticking takes the date away again; the file then has none.
    dated->setFocus();
    QTest::keyClick(dated, Qt::Key_Space);
    QVERIFY(document.plan().startDate.empty());
    QVERIFY(core::writePlan(document.plan()).find("startDate") == std::string::npos);
}

QTEST_MAIN(TestFormTyping)
#include "tst_formtyping.moc"
