// Renders the screenshots in docs/ from the real main window, offscreen, so
// they stay current: run scripts/update-screenshots after a UI change.
//   mixplanner-screenshots FOLDER [--language ja] [--dark]
// In Japanese it also writes summary-ja.pdf (the app's own export), which the
// script turns into a picture of its first page.
#include "core/importing/csvtable.h"
#include "core/scoring/scorer.h"
#include "ui/dialogs/importdialog.h"
#include "ui/export/reportexporter.h"
#include "ui/mainwindow.h"
#include "ui/document/plandocument.h"
#include "ui/pages/timelinepage.h"
#include "ui/widgets/timelineview.h"
#include "ui/text/translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>

namespace {

// A dark palette as desktop dark themes set it: the app must stay readable
// (charts included) when the system hands it one.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xea);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x4f, 0x9d, 0xe8));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xf0));
    palette.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x66));
    palette.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x9e));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x86));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x86));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x86));
    return palette;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments().mid(1);
    const QString folder = args.value(0, QStringLiteral("docs/screenshots"));
    const QString language = args.contains(QStringLiteral("--language")) ? args.value(args.indexOf(QStringLiteral("--language")) + 1)
                                                                          : QStringLiteral("en");
    const bool dark = args.contains(QStringLiteral("--dark"));
    QDir().mkpath(folder);
    mixplanner::ui::installTranslations(app, language);
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QString suffix = (language == QLatin1String("en") ? QString() : QLatin1Char('-') + language)
                           + (dark ? QStringLiteral("-dark") : QString());

    mixplanner::ui::MainWindow window;
    window.resize(1440, 900);
    window.openSample();
    window.show();
    QApplication::processEvents();

    const auto shoot = [&](mixplanner::ui::MainWindow::Page page, const char *name) {
        window.showPage(page);
        // Lists lay out their items in batches while the app idles: let them.
        QElapsedTimer settling;
        settling.start();
        while (settling.elapsed() < 300)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        const QString path = QDir(folder).filePath(QString::fromLatin1(name) + suffix + QStringLiteral(".png"));
        if (!window.grab().save(path))
            qFatal("cannot write %s", qPrintable(path));
    };
    // The timeline's today line on a fixed day inside the sample's weeks, so
    // the pictures do not change with the calendar.
    if (auto *timeline = qobject_cast<mixplanner::ui::TimelinePage *>(window.page(mixplanner::ui::MainWindow::Timeline)))
        timeline->view()->setToday({2027, 5, 12});
    shoot(mixplanner::ui::MainWindow::OverviewPage, "main-window-overview");
    shoot(mixplanner::ui::MainWindow::Timeline, "main-window-timeline");
    shoot(mixplanner::ui::MainWindow::ActivitiesPage, "main-window-activities");
    shoot(mixplanner::ui::MainWindow::BrandPage, "main-window-brand");
    shoot(mixplanner::ui::MainWindow::PhasesPage, "main-window-phases");
    shoot(mixplanner::ui::MainWindow::ProjectionView, "main-window-projection");
    shoot(mixplanner::ui::MainWindow::Assumptions, "main-window-assumptions");
    {
        window.showStartPage();
        QApplication::processEvents();
        const QString path = QDir(folder).filePath(QStringLiteral("start-page%1.png").arg(suffix));
        if (!window.grab().save(path))
            qFatal("cannot write %s", qPrintable(path));
    }

    if (!dark) {
        // The import dialog on a spreadsheet from an agency, one row with a typo.
        // Phase names from the open plan, so the sample in either language fits.
        const auto &phases = window.document()->plan().phases;
        const std::string csv = "Name,Account,Type,Spend,Phase,Hashtags\n"
                                "Autumn latte reels,@kumoroasters,Short video,180000," + phases[1].name
                                + ",#latteart; #autumn\n"
                                  "Roaster's diary,@kumoroasters,Content series,\"1,2O0\"," + phases[0].name + ",\n"
                                  "Creator unboxing,@kumoroasters,Influencer collaboration,350000," + phases[2].name
                                + ",#PR\n";
        auto read = mixplanner::core::readCsv(csv);
        mixplanner::ui::ImportDialog dialog(window.document()->plan(), QStringLiteral("agency-plan.csv"),
                                            std::move(read.table));
        dialog.resize(1180, 560);
        dialog.show();
        QApplication::processEvents();
        const QString path = QDir(folder).filePath(QStringLiteral("import-dialog%1.png").arg(suffix));
        if (!dialog.grab().save(path))
            qFatal("cannot write %s", qPrintable(path));
    }

    if (language != QLatin1String("en") && !dark) {
        const mixplanner::core::Plan &plan = window.document()->plan();
        QString error;
        const QString pdf = QDir(folder).filePath(QStringLiteral("summary%1.pdf").arg(suffix));
        if (!mixplanner::ui::exportReport(plan, mixplanner::core::scorePlan(plan), mixplanner::core::ReportFormat::Pdf,
                                          pdf, &error))
            qFatal("cannot export %s: %s", qPrintable(pdf), qPrintable(error));
    }
    return 0;
}
