// Keyboard and assistive technology: every control on every page can be
// reached with Tab and has a name a screen reader can say, charts offer
// their numbers as a table, and nothing is told by colour alone.
#include "uitestsupport.h"

#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/mixchart.h"
#include "ui/widgets/scorepanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QMenuBar>
#include <QLabel>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace mixplanner;

namespace {

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
           || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QChartView *>(widget)
           || qobject_cast<const ui::MixChart *>(widget);
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 '%2' (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->parentWidget() ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                    : QString());
}

// The controls the user can see now, in the window.
QList<QWidget *> visibleControls(QWidget *window)
{
    QList<QWidget *> controls;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        // A combo box's line edit and a spin box's editor belong to it.
        if (qobject_cast<QLineEdit *>(widget) && (qobject_cast<QComboBox *>(widget->parentWidget())
                                                  || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())))
            continue;
        // Header sections and the corner button are parts of their view,
        // which presents them to assistive technology.
        if (qobject_cast<QHeaderView *>(widget) || widget->inherits("QTableCornerButton"))
            continue;
        if (isControl(widget) && widget->isVisibleTo(window) && widget->isEnabled())
            controls << widget;
    }
    return controls;
}

// The widgets Tab visits from `start`, once around the window.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    QWidget *widget = window;
    do {
        widget = widget->nextInFocusChain();
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(window) && widget->isEnabled())
            chain << widget;
    } while (widget != window && chain.size() < 2000);
    return chain;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void everyControlIsNamedAndReachable_data();
    void everyControlIsNamedAndReachable();
    void dialogsAreNamedToo();
    void noTwoVisibleShortcutLettersClash_data() { everyControlIsNamedAndReachable_data(); }
    void noTwoVisibleShortcutLettersClash();
    void tabFollowsTheFormTopToBottom();
    void chartsOfferTheirNumbersAsATable();
    void theMixChartShowsKeyboardFocus();
    void severityIsWrittenNotOnlyColoured();
};

void TestAccessibility::everyControlIsNamedAndReachable_data()
{
    QTest::addColumn<int>("page");
    for (int page = ui::MainWindow::OverviewPage; page <= ui::MainWindow::Assumptions; ++page)
        QTest::newRow(qPrintable(QString::number(page))) << page;
    QTest::newRow("start page") << -1;
}

void TestAccessibility::everyControlIsNamedAndReachable()
{
    QFETCH(int, page);
    ui::MainWindow window;
    window.openSample();
    window.resize(1440, 900);
    window.show();
    if (page < 0)
        window.showStartPage();
    else
        window.showPage(static_cast<ui::MainWindow::Page>(page));
    QApplication::processEvents();

    const QList<QWidget *> chain = tabChain(&window);
    QStringList unnamed, unreachable;
    for (QWidget *control : visibleControls(&window)) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed << describe(control);
        if (!chain.contains(control))
            unreachable << describe(control);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral("; "))));
    QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("not reachable by Tab: ") + unreachable.join(QStringLiteral("; "))));
}

namespace {

// The letter after a lone '&' ("&Budget cap:" -> 'b'), or 0.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

} // namespace

// Alt+letter must reach one thing: two visible labels or buttons with the
// same letter, or one with a menu's letter, make Alt+letter do nothing or
// open the menu instead ("&Engagement rate" against "&Edit").
void TestAccessibility::noTwoVisibleShortcutLettersClash()
{
    QFETCH(int, page);
    ui::MainWindow window;
    window.openSample();
    window.resize(1440, 900);
    window.show();
    if (page < 0)
        window.showStartPage();
    else
        window.showPage(static_cast<ui::MainWindow::Page>(page));
    QApplication::processEvents();
    QHash<QChar, QString> taken;
    QStringList clashes;
    const auto claim = [&](const QString &text, const QString &owner) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            return;
        if (taken.contains(letter))
            clashes << QStringLiteral("'%1': %2 and %3").arg(letter).arg(taken[letter], owner);
        else
            taken.insert(letter, owner);
    };
    for (QAction *menu : window.menuBar()->actions())
        claim(menu->text(), QStringLiteral("menu ") + menu->text());
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible() && label->buddy())
            claim(label->text(), label->text());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisible() && button->isEnabled())
            claim(button->text(), button->text());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestAccessibility::dialogsAreNamedToo()
{
    ui::MainWindow window;
    window.openSample();
    QStringList unnamed;
    int dialogs = 0;
    window.setDialogHook([&](QDialog *dialog) {
        ++dialogs;
        dialog->show();
        QApplication::processEvents();
        for (QWidget *control : visibleControls(dialog)) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(dialog->metaObject()->className()) + QLatin1Char(' ') + describe(control);
            if (!(control->focusPolicy() & Qt::TabFocus))
                unnamed << QStringLiteral("(no Tab) ") + describe(control);
        }
        dialog->reject();
    });
    window.showPreferences();
    window.showGuide();
    QCOMPARE(dialogs, 2);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
}

void TestAccessibility::tabFollowsTheFormTopToBottom()
{
    ui::MainWindow window;
    window.openSample();
    window.resize(1440, 900);
    window.show();
    for (const auto page : {ui::MainWindow::OverviewPage, ui::MainWindow::BrandPage}) {
        window.showPage(page);
        QApplication::processEvents();
        // The page's own fields, in the order Tab visits them, must run down
        // the page (a field never jumps back above the one before).
        QWidget *current = window.page(page);
        QVERIFY(current && current->isVisible());
        int lastY = -1;
        QStringList order;
        for (QWidget *widget : tabChain(&window)) {
            if (!current->isAncestorOf(widget) || qobject_cast<QAbstractItemView *>(widget))
                continue;
            const int y = widget->mapTo(&window, QPoint(0, 0)).y();
            order << QStringLiteral("%1@%2").arg(describe(widget)).arg(y);
            QVERIFY2(y >= lastY - 2, qPrintable(order.join(QStringLiteral(" -> "))));
            lastY = y;
        }
        QVERIFY2(order.size() >= 5, qPrintable(order.join(QStringLiteral(" -> "))));
    }
}

void TestAccessibility::chartsOfferTheirNumbersAsATable()
{
    ui::MainWindow window;
    window.openSample();
    window.show();
    window.showPage(ui::MainWindow::ProjectionView);   // pages are built when first shown
    window.findChild<QTabWidget *>(QStringLiteral("scoreCharts"))->setCurrentIndex(1);   // so is the what-if chart
    const QList<ui::ChartPanel *> panels = window.findChildren<ui::ChartPanel *>();
    QVERIFY(panels.size() >= 4);
    for (ui::ChartPanel *panel : panels) {
        QVERIFY(!panel->chart()->accessibleName().isEmpty());
        panel->toggle()->click();
        QVERIFY(panel->table()->isVisibleTo(panel));
        QVERIFY2(panel->table()->rowCount() > 0, qPrintable(panel->chart()->accessibleName()));
        QVERIFY(panel->table()->columnCount() >= 2);
        panel->toggle()->click();
        QVERIFY(panel->chart()->isVisibleTo(panel));
    }
    // The mix chart's table has a row per phase with the planned share.
    ui::ChartPanel *mix = nullptr;
    for (ui::ChartPanel *panel : panels)
        if (panel->chart()->objectName() == QLatin1String("mixChart"))
            mix = panel;
    QVERIFY(mix);
    mix->showTable(true);
    const core::Plan &plan = window.document()->plan();
    QCOMPARE(mix->table()->rowCount(), static_cast<int>(plan.phases.size()));
    QCOMPARE(mix->table()->item(0, 0)->text(), QString::fromStdString(plan.phases[0].name));
    QVERIFY(mix->table()->item(0, 1)->text().endsWith(QLatin1Char('%')));
    // It follows edits while shown.
    QVERIFY(window.document()->setField(ui::PlanField::PhaseName, 0, QStringLiteral("Renamed")));
    QCOMPARE(mix->table()->item(0, 0)->text(), QStringLiteral("Renamed"));
}

// The mix chart takes focus (so Tab reaches it and a screen reader names
// it); a keyboard user must see when it has it.
void TestAccessibility::theMixChartShowsKeyboardFocus()
{
    ui::MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *chart = window.findChild<ui::MixChart *>(QStringLiteral("mixChart"));
    QVERIFY(chart);
    QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
    const auto framePixel = [chart] { return chart->grab().toImage().pixelColor(0, chart->height() / 2); };
    const QColor unfocused = framePixel();
    chart->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chart->hasFocus());
    const QColor focused = framePixel();
    QCOMPARE(focused.rgb(), chart->palette().highlight().color().rgb());
    QVERIFY(unfocused.rgb() != focused.rgb());
}

void TestAccessibility::severityIsWrittenNotOnlyColoured()
{
    ui::MainWindow window;
    window.openSample();
    auto *findings = window.scorePanel()->findingsView();
    QVERIFY(findings);
    QVERIFY(findings->count() > 3);
    for (int i = 0; i < findings->count(); ++i) {
        const QString text = findings->item(i)->text();
        QVERIFY2(text.contains(QStringLiteral("Warning")) || text.contains(QStringLiteral("Note"))
                     || text.contains(QStringLiteral("Problem")),
                 qPrintable(text));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
