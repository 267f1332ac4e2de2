#include "ui/appstartup.h"

#include "ui/mainwindow.h"
#include "ui/text/translations.h"

#include <QApplication>
#include <QIcon>

namespace mixplanner::ui {

void setUpApplication(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("MixPlanner"));
    QApplication::setOrganizationName(QStringLiteral("MixPlanner"));
    QApplication::setApplicationVersion(QStringLiteral(MIXPLANNER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mixplanner.MixPlanner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.mixplanner.MixPlanner.svg")));
    installTranslations(app);
}

std::unique_ptr<MainWindow> showMainWindow(const QStringList &files)
{
    auto window = std::make_unique<MainWindow>();
    if (files.isEmpty())
        window->openSample();
    window->show();
    // Open after showing, so a load error appears over the window.
    if (!files.isEmpty() && !window->openFile(files.front()))
        window->openSample();
    window->offerRecovery();
    return window;
}

} // namespace mixplanner::ui
