// Tables like a spreadsheet: several rows deleted or duplicated as one undo
// step, rows copied as tab-separated text and pasted back through the
// import's preview and checks.
#include "uitestsupport.h"

#include "core/importing/activityimport.h"
#include "ui/dialogs/importdialog.h"
#include "ui/document/planactions.h"
#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"
#include "ui/pages/tablepage.h"

#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace mixplanner;
using ui::Collection;

class TestTableEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void severalActivitiesAreDeletedAsOneStep();
    void deletingTwoPhasesClearsBothFromTheirActivities();
    void severalRowsAreDuplicatedWithTheirOwnIds();
    void copiedRowsPasteBackAsTheSameActivities();
    void rowsWithoutTitlesPasteAsRows();
};

void TestTableEditing::severalActivitiesAreDeletedAsOneStep()
{
    ui::MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(ui::MainWindow::ActivitiesPage);
    ui::TablePage *page = window.tablePage(ui::MainWindow::ActivitiesPage);
    const core::Plan before = window.document()->plan();
    // Click the first row, Ctrl+click the third and the fifth, as a user does.
    QTableView *view = page->view();
    const auto click = [view](int row, Qt::KeyboardModifiers modifiers) {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                          view->visualRect(view->model()->index(row, 0)).center());
    };
    click(0, {});
    click(2, Qt::ControlModifier);
    click(4, Qt::ControlModifier);
    QCOMPARE(page->selectedRows(), (QList<int>{0, 2, 4}));
    QToolButton *remove = nullptr;
    for (QToolButton *button : page->findChildren<QToolButton *>())
        if (button->text() == QStringLiteral("Delete"))
            remove = button;
    QVERIFY(remove && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    const auto &after = window.document()->plan().activities;
    QCOMPARE(after.size(), before.activities.size() - 3);
    QCOMPARE(after[0].id, before.activities[1].id);
    QCOMPARE(after[1].id, before.activities[3].id);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->plan(), before);
}

void TestTableEditing::deletingTwoPhasesClearsBothFromTheirActivities()
{
    core::Plan plan = test::samplePlan();
    QVERIFY(plan.phases.size() >= 3);
    plan.activities[0].phases = {plan.phases[0].id, plan.phases[1].id, plan.phases[2].id};
    ui::PlanDocument document(plan);
    QString error;
    QCOMPARE(document.removeItems(Collection::Phases, {1, 0}, &error), 2);
    QCOMPARE(document.plan().phases.size(), plan.phases.size() - 2);
    QCOMPARE(document.plan().activities[0].phases, std::vector<std::string>{plan.phases[2].id});
    for (const core::Activity &activity : document.plan().activities)
        for (const std::string &id : activity.phases)
            QVERIFY(id != plan.phases[0].id && id != plan.phases[1].id);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.plan(), plan);
    // One refusal refuses all: a channel still in use stays, and so does the other.
    const std::size_t channels = plan.channels.size();
    QCOMPARE(document.removeItems(Collection::Channels, {0, 1}, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.plan().channels.size(), channels);
}

void TestTableEditing::severalRowsAreDuplicatedWithTheirOwnIds()
{
    const core::Plan plan = test::samplePlan();
    ui::PlanDocument document(plan);
    QList<int> copies;
    QCOMPARE(document.duplicateItems(Collection::Activities, {1, 3}, &copies), 2);
    const auto &activities = document.plan().activities;
    QCOMPARE(activities.size(), plan.activities.size() + 2);
    QCOMPARE(copies.size(), 2);
    // Each copy sits after its original, with the original's numbers and an id of its own.
    QCOMPARE(activities[static_cast<std::size_t>(copies[0])].budget, plan.activities[1].budget);
    QCOMPARE(activities[static_cast<std::size_t>(copies[1])].budget, plan.activities[3].budget);
    std::set<std::string> ids;
    for (const core::Activity &activity : activities)
        QVERIFY2(ids.insert(activity.id).second, activity.id.c_str());
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.plan(), plan);
}

void TestTableEditing::copiedRowsPasteBackAsTheSameActivities()
{
    ui::MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(ui::MainWindow::ActivitiesPage);
    ui::TablePage *page = window.tablePage(ui::MainWindow::ActivitiesPage);
    page->selectRows({0, 1});
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QLatin1Char('\t')));
    QCOMPARE(copied.count(QLatin1Char('\n')), 3);   // titles and two rows
    const core::Plan before = window.document()->plan();

    bool shown = false;
    const auto accept = [&shown](QDialog *dialog) {
        auto *import = qobject_cast<ui::ImportDialog *>(dialog);
        QVERIFY(import);
        shown = true;
        QCOMPARE(import->preview()->rowCount(), 2);
        QVERIFY(import->importButton()->isEnabled());
        import->importButton()->click();
    };
    QString status;
    QCOMPARE(ui::planactions::pasteActivities(&window, *window.document(), copied, &status, accept), 2);
    QVERIFY(shown);
    const auto &activities = window.document()->plan().activities;
    QCOMPARE(activities.size(), before.activities.size() + 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const core::Activity &original = before.activities[i];
        const core::Activity &pasted = activities[before.activities.size() + i];
        QCOMPARE(pasted.name, original.name);
        QCOMPARE(pasted.channel, original.channel);
        QCOMPARE(pasted.type, original.type);
        QCOMPARE(pasted.budget, original.budget);
        QCOMPARE(pasted.hours, original.hours);
        QCOMPARE(pasted.accountShare, original.accountShare);
        QCOMPARE(pasted.phases, original.phases);
        QVERIFY(pasted.id != original.id);
    }
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

void TestTableEditing::rowsWithoutTitlesPasteAsRows()
{
    ui::PlanDocument document(test::samplePlan());
    // Two rows straight from a spreadsheet, no titles above them.
    const std::string channel = document.plan().channels.front().name;
    const QString rows = QStringLiteral("Morning reels\t%1\t120000\nEvening reels\t%1\t80000\n")
                             .arg(QString::fromStdString(channel));
    int previewRows = -1;
    QString firstCell;
    const auto look = [&](QDialog *dialog) {
        auto *import = qobject_cast<ui::ImportDialog *>(dialog);
        QVERIFY(import);
        // The columns are named for the user to map: the first holds the names.
        QComboBox *name = import->columnBox(core::ImportField::Name);
        const int first = name->findText(QStringLiteral("Column 1"), Qt::MatchContains);
        QVERIFY(first >= 0);
        name->setCurrentIndex(first);
        firstCell = name->itemText(first);
        QComboBox *channelBox = import->columnBox(core::ImportField::Channel);
        channelBox->setCurrentIndex(channelBox->findText(QStringLiteral("Column 2"), Qt::MatchContains));
        previewRows = import->preview()->rowCount();
        dialog->reject();
    };
    QString status;
    QCOMPARE(ui::planactions::pasteActivities(nullptr, document, rows, &status, look), 0);
    QCOMPARE(previewRows, 2);   // both rows are rows, none became the titles
    QVERIFY(firstCell.contains(QStringLiteral("1")));
    QCOMPARE(document.undoStack()->count(), 0);   // cancelled: nothing added
}

QTEST_MAIN(TestTableEditing)
#include "tst_tableediting.moc"
