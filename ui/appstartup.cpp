#include "ui/appstartup.h"

#include "ui/mainwindow.h"
#include "ui/pages/startpage.h"
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
    // Without a file: the start page, or (when the user turned it off) the
    // plan opened last; a blank plan when that cannot be read.
    const bool startPage = files.isEmpty() && StartPage::showAtStart();
    if (startPage)
        window->showStartPage();
    window->show();
    // Open after showing, so a load error appears over the window.
    const QString file = !files.isEmpty() ? files.front() : window->recentFiles().value(0);
    if (!startPage && !file.isEmpty() && !window->openFile(file) && !files.isEmpty())
        window->showStartPage();
    window->offerRecovery();
    return window;
}

} // namespace mixplanner::ui
