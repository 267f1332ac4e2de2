// The app refuses the same targets as the CLI (core/io/safewrite): Save As
// onto a FIFO, a device or a plan of a newer MixPlanner, an export over the
// open plan's own file. Each says why, naming the file, and changes nothing.
#include "uitestsupport.h"

#include "core/io/planfile.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/document/plandocument.h"
#include "ui/mainwindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace mixplanner;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSaveTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void saveAsRefusesWhatIsNotARegularFile();
    void saveAsRefusesAPlanOfANewerMixPlanner();
    void exportNeverReplacesTheOpenPlan();
    void saveOntoAReadOnlyFileOffersSaveAs();
};

void TestSaveTargets::saveAsRefusesWhatIsNotARegularFile()
{
    QTemporaryDir folder;
    ui::MainWindow window;
    window.openSample();
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Edited")));
    QStringList targets;
    const QString fifo = folder.filePath(QStringLiteral("pipe.mixplan"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
    targets << fifo;
    const QString device = folder.filePath(QStringLiteral("null.mixplan"));
    if (::geteuid() == 0 && ::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0)
        targets << device;
    for (const QString &target : targets) {
        ui::FileDialog::setNextFileName(target);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.saveAs());
        QVERIFY2(ui::MessageBox::lastText().contains(target), qPrintable(ui::MessageBox::lastText()));
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("not a regular file")),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(window.document()->isModified());
        QVERIFY(!QFileInfo(target).isFile());
    }
}

void TestSaveTargets::saveAsRefusesAPlanOfANewerMixPlanner()
{
    QTemporaryDir folder;
    const QString newer = folder.filePath(QStringLiteral("future.mixplan"));
    QFile file(newer);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "mixplanner.plan", "version": 42, "title": "Later"})");
    file.close();
    const QByteArray before = hashOf(newer);
    ui::MainWindow window;
    window.openSample();
    ui::FileDialog::setNextFileName(newer);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.saveAs());
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("newer MixPlanner")), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(hashOf(newer), before);
    QVERIFY(!QFileInfo::exists(newer + QStringLiteral(".bak")));
}

// A plan kept under a name an export format uses (plan.json) must not be
// replaced by the JSON score report.
void TestSaveTargets::exportNeverReplacesTheOpenPlan()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(QStringLiteral("plan.json"));
    QVERIFY(core::savePlanFile(test::samplePlan(), plan.toStdString()).ok());
    const QByteArray before = hashOf(plan);
    ui::MainWindow window;
    QVERIFY(window.openFile(plan));
    ui::FileDialog::setNextFileName(plan);
    ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.exportSummary());
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("being read")), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(hashOf(plan), before);
    const QStringList names = QDir(folder.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(names, QStringList{QStringLiteral("plan.json")});
}

void TestSaveTargets::saveOntoAReadOnlyFileOffersSaveAs()
{
    QTemporaryDir folder;
    const QString plan = folder.filePath(QStringLiteral("locked.mixplan"));
    QVERIFY(core::savePlanFile(test::samplePlan(), plan.toStdString()).ok());
    QVERIFY(QFile::setPermissions(plan, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = hashOf(plan);
    ui::MainWindow window;
    QVERIFY(window.openFile(plan));
    QVERIFY(window.document()->setField(ui::PlanField::Title, -1, QStringLiteral("Edited")));
    // Save offers Save As; choosing the same read-only file again is refused
    // by the writer too (also for root, by the mode bits).
    ui::FileDialog::setNextFileName(plan);
    ui::MessageBox::setNextAnswers({QMessageBox::Ok, QMessageBox::Ok});   // "read-only", then the refusal
    QVERIFY(!window.save());
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("read-only")), qPrintable(ui::MessageBox::lastText()));
    QCOMPARE(hashOf(plan), before);
    QVERIFY(window.document()->isModified());
}

QTEST_MAIN(TestSaveTargets)
#include "tst_savetargets.moc"
