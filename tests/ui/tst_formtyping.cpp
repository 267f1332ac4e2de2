// Typing into the form pages as a person does, key by key: what is typed is
// what is stored, one undo step per field, and a value the plan cannot hold
// is refused with a message while the old one stays.
#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/pages/brandpurposepage.h"
#include "ui/pages/messagebar.h"

#include <QDoubleSpinBox>
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

QTEST_MAIN(TestFormTyping)
#include "tst_formtyping.moc"
