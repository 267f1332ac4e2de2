#include "core/io/planjson.h"
#include "core/resources/embeddedresource.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QTest>

using namespace mixplanner;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSamplePlan();
    void escapesPlanTextInTheOverview();
};

void TestMainWindow::showsTheSamplePlan()
{
    const auto sample = core::readPlan(*core::embeddedResource("samples/spring-launch.mixplan"));
    QVERIFY(sample.plan);

    ui::MainWindow window;
    window.showPlan(*sample.plan, QStringLiteral("/tmp/spring-launch.mixplan"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.windowTitle().startsWith(QString::fromStdString(sample.plan->title)));
    auto *overview = window.findChild<QLabel *>(QStringLiteral("planOverview"));
    QVERIFY(overview);
    for (const auto &phase : sample.plan->phases)
        QVERIFY2(overview->text().contains(QString::fromStdString(phase.name)), phase.name.c_str());
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 600);
}

void TestMainWindow::escapesPlanTextInTheOverview()
{
    core::Plan plan;
    plan.title = "<b>bold</b>";
    plan.phases.push_back(core::Phase{"p", "<i>x</i>", 1, 2, 0, {}});
    ui::MainWindow window;
    window.showPlan(plan, QString());
    auto *overview = window.findChild<QLabel *>(QStringLiteral("planOverview"));
    QVERIFY(overview->text().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    QVERIFY(overview->text().contains(QStringLiteral("&lt;i&gt;x&lt;/i&gt;")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
