// The start page: what a first start shows, chosen by keyboard; the sample
// says it is one until saved as the user's own; turning the page off reopens
// the last plan instead.
#include "uitestsupport.h"

#include "core/io/planjson.h"
#include "ui/appstartup.h"
#include "ui/dialogs/filedialog.h"
#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"
#include "ui/pages/startpage.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mixplanner;

class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init() { QSettings().clear(); }
    void aFirstStartShowsTheStartPage();
    void aTemplateIsChosenByKeyboard();
    void theSampleSaysItIsASampleUntilSaved();
    void turnedOffItReopensTheLastPlan();
    void aFileOnTheCommandLineSkipsIt();
};

namespace {

ui::StartPage *startPageOf(ui::MainWindow &window)
{
    return window.findChild<ui::StartPage *>();
}

QString writeSample(const QTemporaryDir &folder, const QString &name, const std::string &title)
{
    core::Plan plan = test::samplePlan();
    plan.title = title;
    const QString path = folder.filePath(name);
    QFile file(path);
    const std::string text = core::writePlan(plan);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) < 0)
        return {};
    return path;
}

} // namespace

void TestStartPage::aFirstStartShowsTheStartPage()
{
    const auto window = ui::showMainWindow({});
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->showingStartPage());
    ui::StartPage *start = startPageOf(*window);
    QVERIFY(start && start->isVisible());
    // A blank plan and every bundled template, the blank one chosen.
    QVERIFY(start->templates()->count() >= 4);
    QCOMPARE(start->templates()->currentRow(), 0);
    QCOMPARE(start->templates()->item(0)->text(), QStringLiteral("Blank plan"));
    QCOMPARE(start->recent()->count(), 1);   // "No plans opened yet", not selectable
    QCOMPARE(start->recent()->item(0)->flags(), Qt::NoItemFlags);
    // The sample is offered with what it is.
    auto *sample = start->findChild<QPushButton *>(QStringLiteral("exploreSample"));
    QVERIFY(sample && sample->isVisible());
    bool toldMadeUp = false;
    for (const QLabel *label : start->findChildren<QLabel *>())
        toldMadeUp = toldMadeUp || label->text().contains(QStringLiteral("made-up"));
    QVERIFY(toldMadeUp);
    // The keyboard is on the list of new plans.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(start->templates()));
}

void TestStartPage::aTemplateIsChosenByKeyboard()
{
    const auto window = ui::showMainWindow({});
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ui::StartPage *start = startPageOf(*window);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(start->templates()));
    QTest::keyClick(start->templates(), Qt::Key_Down);
    const QString chosen = start->templates()->currentItem()->text();
    QTest::keyClick(start->templates(), Qt::Key_Return);
    QVERIFY(!window->showingStartPage());
    QCOMPARE(QString::fromStdString(window->document()->plan().title), chosen);
    QVERIFY(!window->document()->isSample());
    // File > Start Page comes back to it.
    window->showStartPage();
    QVERIFY(window->showingStartPage());
}

void TestStartPage::theSampleSaysItIsASampleUntilSaved()
{
    const auto window = ui::showMainWindow({});
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *sample = startPageOf(*window)->findChild<QPushButton *>(QStringLiteral("exploreSample"));
    QTest::mouseClick(sample, Qt::LeftButton);
    QVERIFY(!window->showingStartPage());
    QVERIFY(window->document()->isSample());
    auto *note = window->findChild<QLabel *>(QStringLiteral("sampleNote"));
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("sample")));
    // Saved as the user's own, it is no longer the sample.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("mine.mixplan"));
    ui::FileDialog::setNextFileName(path);
    QVERIFY(window->saveAs());
    QVERIFY(!window->document()->isSample());
    QVERIFY(!note->isVisible());
    // A blank plan has no note either.
    window->newFromTemplate(QString());
    QVERIFY(!note->isVisible());
}

void TestStartPage::turnedOffItReopensTheLastPlan()
{
    QTemporaryDir folder;
    const QString last = writeSample(folder, QStringLiteral("last.mixplan"), "The last plan");
    QVERIFY(!last.isEmpty());
    {
        const auto window = ui::showMainWindow({});
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        ui::StartPage *start = startPageOf(*window);
        auto *box = start->findChild<QCheckBox *>();
        QVERIFY(box && box->isChecked());
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);   // untick by keyboard
        QVERIFY(!ui::StartPage::showAtStart());
        QVERIFY(window->openFile(last));
        window->close();
    }
    const auto again = ui::showMainWindow({});
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    QVERIFY(!again->showingStartPage());
    QCOMPARE(again->document()->plan().title, std::string("The last plan"));
    // The page is still there to open, and lists the plan as recent.
    again->showStartPage();
    QCOMPARE(startPageOf(*again)->recent()->item(0)->data(Qt::UserRole).toString(), last);
}

void TestStartPage::aFileOnTheCommandLineSkipsIt()
{
    QTemporaryDir folder;
    const QString given = writeSample(folder, QStringLiteral("given.mixplan"), "Given on the command line");
    const auto window = ui::showMainWindow({given});
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(!window->showingStartPage());
    QCOMPARE(window->document()->plan().title, std::string("Given on the command line"));
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
