// mixplanner: the desktop application. Opens the file given on the command
// line, or the bundled sample plan when there is none.
#include "core/io/planfile.h"
#include "core/io/planjson.h"
#include "core/resources/embeddedresource.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MixPlanner"));
    QApplication::setOrganizationName(QStringLiteral("MixPlanner"));
    QApplication::setApplicationVersion(QStringLiteral(MIXPLANNER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan the account-driven and content-driven mix of a social media campaign."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Plan to open (.mixplan)."));
    parser.process(app);

    mixplanner::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        const auto sample = mixplanner::core::embeddedResource("samples/spring-launch.mixplan");
        auto read = mixplanner::core::readPlan(sample.value_or(std::string_view()));
        if (read.plan)
            window.showPlan(*read.plan, QString());
    } else {
        auto read = mixplanner::core::loadPlanFile(files.front().toStdString());
        if (read.plan) {
            window.showPlan(*read.plan, files.front());
        } else {
            QStringList lines;
            for (const auto &error : read.errors)
                lines << QString::fromStdString(error.text());
            QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot open plan"),
                                 QApplication::translate("main", "%1 could not be opened:\n\n%2")
                                     .arg(files.front(), lines.join(QLatin1Char('\n'))));
        }
    }
    window.show();
    return app.exec();
}
