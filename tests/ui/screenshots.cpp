// Renders the screenshots in docs/ from the real main window, offscreen, so
// they stay current: run scripts/update-screenshots after a UI change.
#include "ui/mainwindow.h"
#include "ui/pages/tablepage.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(folder);

    mixplanner::ui::MainWindow window;
    window.resize(1440, 900);
    window.openSample();
    window.show();
    QApplication::processEvents();

    const auto shoot = [&](mixplanner::ui::MainWindow::Page page, const char *name) {
        window.showPage(page);
        QApplication::processEvents();
        const QString path = QDir(folder).filePath(QString::fromLatin1(name));
        if (!window.grab().save(path))
            qFatal("cannot write %s", qPrintable(path));
    };
    shoot(mixplanner::ui::MainWindow::ActivitiesPage, "main-window-activities.png");
    shoot(mixplanner::ui::MainWindow::BrandPage, "main-window-brand.png");
    shoot(mixplanner::ui::MainWindow::PhasesPage, "main-window-phases.png");
    shoot(mixplanner::ui::MainWindow::ProjectionView, "main-window-projection.png");
    return 0;
}
