#include "ui/mainwindow.h"

#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>

namespace mixplanner::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_overview = new QLabel(this);
    m_overview->setObjectName(QStringLiteral("planOverview"));
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setWordWrap(true);
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setMargin(16);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_overview);
    scroll->setWidgetResizable(true);
    setCentralWidget(scroll);
    resize(1100, 720);
    refreshOverview();
}

void MainWindow::showPlan(const core::Plan &plan, const QString &fileName)
{
    m_plan = plan;
    m_fileName = fileName;
    refreshOverview();
}

void MainWindow::refreshOverview()
{
    const QString title = m_plan.title.empty() ? tr("Untitled plan")
                                               : QString::fromStdString(m_plan.title);
    const QString file = m_fileName.isEmpty() ? tr("not saved") : QFileInfo(m_fileName).fileName();
    setWindowTitle(tr("%1 - MixPlanner").arg(title));

    QString phases;
    for (const core::Phase &phase : m_plan.phases) {
        phases += tr("<li>%1: weeks %2-%3</li>")
                      .arg(QString::fromStdString(phase.name).toHtmlEscaped())
                      .arg(phase.startWeek)
                      .arg(phase.endWeek());
    }
    m_overview->setText(tr("<h2>%1</h2><p>%2</p><p>%3 channels, %4 clusters, %5 activities</p>"
                           "<h3>Phases</h3><ul>%6</ul>")
                            .arg(title.toHtmlEscaped(), file.toHtmlEscaped())
                            .arg(m_plan.channels.size())
                            .arg(m_plan.clusters.size())
                            .arg(m_plan.activities.size())
                            .arg(phases));
}

} // namespace mixplanner::ui
