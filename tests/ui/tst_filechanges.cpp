#include "uitestsupport.h"

#include "core/io/planfile.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mixplanner;

class TestFileChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void aFileChangedByAnotherProgramIsNotOverwrittenSilently();
    void aReadOnlyFileIsSavedElsewhere();
    void aNewerVersionIsNeverSavedOver();
    void theWatchTellsOutsideChangesButNotOurSaves();
};

namespace {
void touchLater(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
}
} // namespace

void TestFileChanges::aFileChangedByAnotherProgramIsNotOverwrittenSilently()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());
    ui::MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(!window.document()->changedOnDisk());
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Mine")));

    // A colleague saves their version meanwhile.
    touchLater(path, QByteArray("{\"their\": \"version\"}"));
    QVERIFY(window.document()->changedOnDisk());
    ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.save());
    QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("changed or removed by another program")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"their\": \"version\"}"));
    file.close();

    ui::MessageBox::setNextAnswer(QMessageBox::Yes);   // write mine over it after all
    QVERIFY(window.save());
    QVERIFY(!window.document()->changedOnDisk());
    QCOMPARE(core::loadPlanFile(path.toStdString()).plan->title, std::string("Mine"));
}

void TestFileChanges::aReadOnlyFileIsSavedElsewhere()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("locked.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ui::MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Changed")));
    const QString copy = folder.filePath(QStringLiteral("copy.mixplan"));
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ui::FileDialog::setNextFileName(copy);
    QVERIFY(window.save());
    QCOMPARE(core::loadPlanFile(path.toStdString()).plan->title, test::samplePlan().title);   // untouched
    QCOMPARE(core::loadPlanFile(copy.toStdString()).plan->title, std::string("Changed"));
}

void TestFileChanges::aNewerVersionIsNeverSavedOver()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("future.mixplan"));
    touchLater(path, QByteArray("{\"format\": \"mixplanner.plan\", \"version\": 9, \"purpose\": {\"primary\": \"awareness\"}}"));
    ui::MainWindow window;
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openFile(path));
    QVERIFY(ui::MessageBox::lastDetails().join(QLatin1Char(' ')).contains(QStringLiteral("version 9")));
    window.openSample();
    ui::FileDialog::setNextFileName(path);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.saveAs());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"version\": 9"));
}

// The file is watched while the window is in front: another program's save
// is told at once, our own saves (which replace the file) never.
void TestFileChanges::theWatchTellsOutsideChangesButNotOurSaves()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("watched.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), path.toStdString()).ok());
    ui::MainWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    ui::MessageBox::setNextAnswer(QMessageBox::Ok);   // consumed only by a wrong message
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Ours")));
    QVERIFY(window.save());
    QTest::qWait(300);
    QVERIFY(window.save());   // twice: the watch must survive the file being replaced
    QTest::qWait(300);
    QVERIFY(!ui::MessageBox::lastText().contains(QStringLiteral("another program")));

    ui::MessageBox::setNextAnswer(QMessageBox::No);   // do not reload
    touchLater(path, QByteArray("{\"their\": \"version\"}"));
    QTRY_VERIFY_WITH_TIMEOUT(ui::MessageBox::lastText().contains(QStringLiteral("changed by another program")), 3000);
}

QTEST_MAIN(TestFileChanges)
#include "tst_filechanges.moc"
