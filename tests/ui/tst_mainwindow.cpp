#include "uitestsupport.h"

#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"
#include "ui/text/displayformat.h"
#include "ui/models/activitiesmodel.h"
#include "ui/pages/tablepage.h"
#include "ui/widgets/mixchart.h"
#include "ui/widgets/scorepanel.h"
#include "ui/widgets/totalsrow.h"
#include "ui/widgets/costchart.h"
#include "ui/pages/overviewpage.h"
#include "core/catalogue/catalogue.h"
#include <set>
#include "ui/pages/assumptionspage.h"
#include "core/scoring/findingparameters.h"
#include "core/scoring/modelparameters.h"
#include <QLineEdit>
#include <QPushButton>

#include <QAbstractSpinBox>
#include <QImage>
#include <QSet>
#include <QChart>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QProgressBar>
#include <QTest>
#include <QUndoStack>

using namespace mixplanner;
using ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void showsTheSampleWithEveryEditorAndTheScore();
    void typingABudgetChangesTheScoreAndUndoRestoresIt();
    void clickingAFindingSelectsItsActivity();
    void theActivitiesTableHasATotalsLine();
    void aFindingLeadsToTheAssumptionsBehindIt();
    void channelsWithOneHandleAreToldApartInTheCostChart();
    void componentScoresStandBesideTheirBars();
    void theChosenFindingStaysTheSameFindingAfterAnEdit();
    void unsavedChangesPromptOnClose();
    void aBrokenFileLeavesTheOpenPlanUntouched();
    void saveAsAndReopenThroughTheWindow();
    void droppingAPlanFileOpensIt();
    void theHourlyRateIsWrittenInThePlansCurrency();
};

void TestMainWindow::showsTheSampleWithEveryEditorAndTheScore()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Kumo Roasters")));
    for (auto page : {MainWindow::ChannelsPage, MainWindow::ClustersPage, MainWindow::PhasesPage,
                      MainWindow::ActivitiesPage}) {
        ui::TablePage *table = window.tablePage(page);
        QVERIFY(table);
        QVERIFY(table->model()->rowCount() > 0);
    }
    QCOMPARE(window.tablePage(MainWindow::ActivitiesPage)->model()->rowCount(),
             static_cast<int>(test::samplePlan().activities.size()));
    auto *chart = window.findChild<ui::MixChart *>(QStringLiteral("mixChart"));
    QVERIFY(chart);
    QCOMPARE(chart->phases().size(), test::samplePlan().phases.size());
    // It draws: the plot holds the band's and the planned line's colours,
    // not only the background.
    const QImage drawn = chart->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < drawn.height(); y += 2)
        for (int x = 0; x < drawn.width(); x += 2)
            colours.insert(drawn.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY(window.scorePanel()->findingsView()->count() > 0);
    QCOMPARE(window.scorePanel()->totalLabel()->text(), QLocale().toString(window.document()->score().total, 'f', 1));
}

void TestMainWindow::typingABudgetChangesTheScoreAndUndoRestoresIt()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::ActivitiesPage);
    ui::TablePage *page = window.tablePage(MainWindow::ActivitiesPage);
    QTableView *view = page->view();
    const double before = window.document()->score().total;
    const QString shownBefore = window.scorePanel()->totalLabel()->text();

    // Type a large budget into 'Brand account posts' (row 6), as a user would.
    const QModelIndex cell = page->viewIndex(6, test::activityColumn(ui::PlanField::ActivityBudget));
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->findChild<QDoubleSpinBox *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("3000000"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from a queued call, as in the running app.
    QTRY_COMPARE(window.document()->plan().activities[6].budget, 3000000.0);
    QVERIFY(window.document()->score().total < before - 1);
    QVERIFY(window.scorePanel()->totalLabel()->text() != shownBefore);
    QVERIFY(window.isWindowModified());

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.document()->score().total, before);
    QCOMPARE(window.scorePanel()->totalLabel()->text(), shownBefore);
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::theActivitiesTableHasATotalsLine()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::ActivitiesPage);
    ui::TablePage *page = window.tablePage(MainWindow::ActivitiesPage);
    auto *totals = page->findChild<ui::TotalsRow *>();
    QVERIFY(totals);
    // Right under the table, as wide as it.
    QTRY_VERIFY(totals->isVisible());
    QCOMPARE(totals->geometry().top(), page->view()->geometry().bottom() + 1);
    const QString budget = totals->cells().at(page->model()->columnOf(ui::PlanField::ActivityBudget));
    QVERIFY(!budget.isEmpty());
    QVERIFY(totals->accessibleDescription().contains(budget));
    // Other tables have none.
    QVERIFY(!window.tablePage(MainWindow::ChannelsPage)->findChild<ui::TotalsRow *>());
    // Deleting a row takes it out of the totals.
    const QString before = totals->cells().at(0);
    QVERIFY(window.document()->removeItem(ui::Collection::Activities, 0));
    QTRY_VERIFY(totals->cells().at(0) != before);
}

void TestMainWindow::aFindingLeadsToTheAssumptionsBehindIt()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *findings = window.scorePanel()->findingsView();
    const auto &reported = window.document()->score().findings;
    const auto found = std::find_if(reported.begin(), reported.end(),
                                    [](const core::Finding &f) { return f.code == "MIX_OUTSIDE_BAND"; });
    QVERIFY(found != reported.end());
    findings->setFocus();
    findings->setCurrentRow(static_cast<int>(found - reported.begin()));
    auto *button = window.scorePanel()->findChild<QPushButton *>(QStringLiteral("assumptionsBehind"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Assumptions);
    auto *page = qobject_cast<ui::AssumptionsPage *>(window.page(MainWindow::Assumptions));
    QVERIFY(page);
    const int all = static_cast<int>(core::ModelParameters::builtin().entries.size());
    QVERIFY(page->shownCount() > 0);
    QVERIFY(page->shownCount() < all);
    // Every row shown is one the finding rests on; the tolerance band is among them.
    const QAbstractItemModel *shown = page->view()->model();
    bool tolerance = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString path = shown->index(row, 0).data(Qt::UserRole).toString();
        QVERIFY2(core::isBehind("MIX_OUTSIDE_BAND", path.toStdString()), qPrintable(path));
        tolerance = tolerance || path == QStringLiteral("recommendation.tolerance");
    }
    QVERIFY(tolerance);
    // Show all, then search by a word of a reason: the source of a prior.
    page->findChild<QPushButton *>()->click();
    QCOMPARE(page->shownCount(), all);
    QTest::keyClicks(page->search(), QStringLiteral("locowise"));
    QVERIFY(page->shownCount() >= 1);
    QVERIFY(page->shownCount() < all);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, 4).data().toString().contains(QStringLiteral("Locowise")));
    // A finding about the plan's own facts has no assumptions to show.
    window.document()->setField(ui::PlanField::BudgetCap, -1, 1000.0);
    const auto &now = window.document()->score().findings;
    const auto cap = std::find_if(now.begin(), now.end(), [](const core::Finding &f) { return f.code == "OVER_BUDGET_CAP"; });
    QVERIFY(cap != now.end());
    findings->setCurrentRow(static_cast<int>(cap - now.begin()));
    QVERIFY(!button->isEnabled());
}

void TestMainWindow::channelsWithOneHandleAreToldApartInTheCostChart()
{
    core::Plan plan = test::samplePlan();
    for (core::Channel &channel : plan.channels)
        channel.name = "@samehandle";   // one handle on every platform
    ui::PlanDocument document(plan);
    ui::OverviewPage page(&document);
    ui::CostChart *chart = nullptr;
    for (ui::CostChart *found : page.findChildren<ui::CostChart *>())
        if (found->accessibleName() == QStringLiteral("Chart of cost by channel"))
            chart = found;
    QVERIFY(chart);
    std::set<std::string> names;
    for (const core::CostRow &row : chart->rows())
        names.insert(row.name);
    // As many names as platforms among the channels, each naming its platform.
    std::set<std::string> platforms;
    for (const core::Channel &channel : plan.channels)
        platforms.insert(channel.platform);
    QCOMPARE(names.size(), platforms.size());
    for (const core::Channel &channel : plan.channels) {
        const std::string platform = core::Catalogue::builtin().platform(channel.platform)->name;
        QVERIFY2(std::any_of(names.begin(), names.end(),
                             [&](const std::string &name) { return name.find(platform) != std::string::npos; }),
                 platform.c_str());
    }
}

void TestMainWindow::clickingAFindingSelectsItsActivity()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *findings = window.scorePanel()->findingsView();
    const auto &reportFindings = window.document()->score().findings;
    int target = -1;
    std::string activityId;
    for (std::size_t i = 0; i < reportFindings.size(); ++i) {
        if (reportFindings[i].code == "CONTENT_NOT_TARGETED") {
            target = static_cast<int>(i);
            activityId = reportFindings[i].refs.front().id;
            break;
        }
    }
    QVERIFY(target >= 0);
    QListWidgetItem *item = findings->item(target);
    // The list lays out its items in batches while the app idles; a user
    // sees the item before clicking it.
    QTRY_VERIFY(findings->visualItemRect(item).isValid());
    findings->scrollToItem(item);
    QTRY_VERIFY(findings->viewport()->rect().contains(findings->visualItemRect(item).center()));
    QTRY_COMPARE(findings->itemAt(findings->visualItemRect(item).center()), item);
    // The press alone goes there: a click whose release is lost (the first
    // click into a window, or one while the advice below the list appears)
    // must not need a second one.
    const QPoint at = findings->visualItemRect(item).center();
    QTest::mousePress(findings->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(window.currentPage(), MainWindow::ActivitiesPage);
    QTest::mouseRelease(findings->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(window.currentPage(), MainWindow::ActivitiesPage);
    // And Enter on a finding chosen with the keyboard.
    window.showPage(MainWindow::OverviewPage);
    findings->setFocus();
    findings->setCurrentItem(item);
    QTest::keyClick(findings, Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::ActivitiesPage);
    ui::TablePage *page = window.tablePage(MainWindow::ActivitiesPage);
    const int row = page->currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(window.document()->plan().activities[static_cast<std::size_t>(row)].id, activityId);
    QVERIFY(page->view()->selectionModel()->isRowSelected(row, {}));
}

void TestMainWindow::componentScoresStandBesideTheirBars()
{
    // Numbers drawn on a bar fall half on the fill and half on the groove,
    // which some palettes make unreadable; they stand beside it instead.
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto &components = window.document()->score().components;
    const QList<QLabel *> scores = window.scorePanel()->findChildren<QLabel *>(QStringLiteral("componentScore"));
    QCOMPARE(scores.size(), static_cast<qsizetype>(components.size()));
    for (qsizetype i = 0; i < scores.size(); ++i)
        QCOMPARE(scores[i]->text(), ui::formatScore(components[static_cast<std::size_t>(i)].score));
    for (const QProgressBar *bar : window.scorePanel()->findChildren<QProgressBar *>())
        QVERIFY(!bar->isTextVisible());
}

void TestMainWindow::theChosenFindingStaysTheSameFindingAfterAnEdit()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *findings = window.scorePanel()->findingsView();
    const auto codeAt = [findings](int row) {
        return findings->item(row)->data(Qt::AccessibleDescriptionRole).toString();
    };
    QVERIFY(findings->count() > 3);
    findings->setCurrentRow(2);
    const QString chosen = codeAt(2);
    // An edit that reorders the findings: the strength set to the top moves
    // points between them.
    QVERIFY(window.document()->setField(ui::PlanField::BrandStrengthOverride, -1, 100.0));
    QVERIFY2(codeAt(2) != chosen || findings->currentRow() != 2, "the edit must move the chosen finding");
    QListWidgetItem *current = findings->currentItem();
    QVERIFY(!current || current->data(Qt::AccessibleDescriptionRole).toString() == chosen);
    // Undo brings the plan back, and the same finding is chosen again.
    window.document()->undoStack()->undo();
    QVERIFY(findings->currentItem());
    QCOMPARE(findings->currentItem()->data(Qt::AccessibleDescriptionRole).toString(), chosen);
}

void TestMainWindow::unsavedChangesPromptOnClose()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Edited")));

    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("not saved")));

    ui::MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
}

void TestMainWindow::aBrokenFileLeavesTheOpenPlanUntouched()
{
    MainWindow window;
    window.openSample();
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Work in progress")));
    ui::PlanDocument *before = window.document();
    const core::Plan planBefore = before->plan();

    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openFile(test::dataPath(QStringLiteral("broken/dangling-phase.mixplan"))));
    QCOMPARE(window.document(), before);
    QCOMPARE(window.document()->plan(), planBefore);
    QVERIFY(window.document()->isModified());
    const QStringList details = ui::MessageBox::lastDetails();
    QVERIFY2(!details.isEmpty() && details.front().startsWith(QStringLiteral("/activities/0/phases/1:")),
             qPrintable(details.join(QLatin1Char('\n'))));
}

void TestMainWindow::saveAsAndReopenThroughTheWindow()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("kumo"));
    MainWindow window;
    window.openSample();
    QVERIFY(window.document()->setField(ui::PlanField::ActivityHours, 0, 99.0));
    ui::FileDialog::setNextFileName(path);
    QVERIFY(window.saveAs());
    QVERIFY(!window.document()->isModified());
    QCOMPARE(window.document()->fileName(), path + QStringLiteral(".mixplan"));

    MainWindow second;
    QVERIFY(second.openFile(path + QStringLiteral(".mixplan")));
    QCOMPARE(second.document()->plan(), window.document()->plan());
    QCOMPARE(second.document()->plan().activities[0].hours, 99.0);
}

void TestMainWindow::droppingAPlanFileOpensIt()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::dataPath(QStringLiteral("valid/minimal.mixplan")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(QString::fromStdString(window.document()->plan().title), QStringLiteral("Minimal plan"));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::theHourlyRateIsWrittenInThePlansCurrency()
{
    const test::DefaultLocaleGuard restoreLocale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow window;
    window.openSample();
    auto *rate = window.page(MainWindow::OverviewPage)->findChild<QDoubleSpinBox *>();
    QVERIFY(rate);
    QCOMPARE(rate->text(), QStringLiteral("\u00A5" "5,000"));   // yen have no decimals
    const int steps = window.document()->undoStack()->count();
    QVERIFY(window.document()->setField(ui::PlanField::Currency, -1, QStringLiteral("USD")));
    QCOMPARE(rate->text(), QStringLiteral("$5,000.00"));
    // Writing the rate anew is no edit: only the currency change is on the stack.
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    QCOMPARE(window.document()->plan().hourlyRate, 5000.0);
}

#include "tst_mainwindow.moc"
