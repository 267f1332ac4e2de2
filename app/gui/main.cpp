// mixplanner: the desktop application. Opens the file given on the command
// line, or the bundled sample plan when there is none.
#include "ui/mainwindow.h"
#include "ui/text/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MixPlanner"));
    QApplication::setOrganizationName(QStringLiteral("MixPlanner"));
    QApplication::setApplicationVersion(QStringLiteral(MIXPLANNER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mixplanner.MixPlanner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.mixplanner.MixPlanner.svg")));
    mixplanner::ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Plan the account-driven and content-driven mix of a social media campaign."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Plan to open (.mixplan)."));
    parser.process(app);

    mixplanner::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openSample();
    window.show();
    // Open after showing, so a load error appears over the window.
    if (!files.isEmpty() && !window.openFile(files.front()))
        window.openSample();
    window.offerRecovery();
    return app.exec();
}
