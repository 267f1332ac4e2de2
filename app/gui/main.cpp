// mixplanner: the desktop application. Opens the file given on the command
// line, or shows the start page when there is none.
#include "ui/appstartup.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    mixplanner::ui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Plan the account-driven and content-driven mix of a social media campaign."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Plan to open (.mixplan)."));
    parser.process(app);

    const auto window = mixplanner::ui::showMainWindow(parser.positionalArguments());
    return app.exec();
}
