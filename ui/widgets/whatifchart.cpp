#include "ui/widgets/whatifchart.h"

#include "core/suggest/whatif.h"
#include "ui/document/plandocument.h"
#include "ui/text/displayformat.h"

#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QValueAxis>

namespace mixplanner::ui {

WhatIfChart::WhatIfChart(PlanDocument *document, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_document(document)
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("whatIfChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setAccessibleName(tr("Chart of the score against brand strength"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    chart()->setBackgroundBrush(palette().base());
    chart()->setTitleBrush(palette().text());
    chart()->legend()->setLabelColor(palette().text().color());
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &WhatIfChart::refresh);
    connect(document, &PlanDocument::scoreChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            m_delay->start();
    });
}

void WhatIfChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_stale)
        refresh();
}

void WhatIfChart::refresh()
{
    m_stale = false;
    m_delay->stop();
    const core::Plan &plan = m_document->plan();
    const double current = m_document->score().brandStrength.value;
    const auto curve = core::brandStrengthCurve(plan, 5);
    const auto needed = core::brandStrengthForScore(plan, 70);

    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    auto *line = new QLineSeries;
    line->setName(tr("Score if the brand were this strong"));
    for (const auto &point : curve)
        line->append(point.brandStrength, point.total);
    line->setPen(QPen(palette().text().color(), 2.5));
    auto *now = new QScatterSeries;
    now->setName(tr("Now"));
    now->append(current, m_document->score().total);
    now->setMarkerSize(11);
    now->setColor(palette().highlight().color());
    auto *target = new QLineSeries;
    target->setName(tr("Score 70"));
    target->append(0, 70);
    target->append(100, 70);
    target->setPen(QPen(palette().mid().color(), 1.5, Qt::DashLine));
    c->addSeries(target);
    c->addSeries(line);
    c->addSeries(now);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Brand strength"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Score"));
    for (QValueAxis *axis : {x, y}) {
        axis->setLabelsColor(palette().text().color());
        axis->setTruncateLabels(false);   // numbers are short; CJK fonts measure wider
        axis->setTitleBrush(palette().text());
    }
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (m_document->score().total >= 70)
        m_verdict = tr("The plan scores 70 or more at the brand's strength now (%1).").arg(formatScore(current));
    else if (needed)
        m_verdict = tr("The plan would first score 70 at a brand strength of %1 (now %2).")
                        .arg(formatScore(*needed), formatScore(current));
    else
        m_verdict = tr("No brand strength lifts this plan to 70: its mix or purpose has to change.");
    c->setTitle(m_verdict);
    QStringList points;
    for (const auto &point : curve)
        points << tr("%1: %2").arg(formatScore(point.brandStrength), formatScore(point.total));
    setAccessibleDescription(m_verdict + QLatin1Char(' ') + points.join(QStringLiteral("; ")));
    m_curve = curve;
    m_current = current;
    Q_EMIT updated();
}

ChartTable WhatIfChart::numbers()
{
    if (m_stale)
        refresh();
    ChartTable table{{tr("Brand strength"), tr("Score")}, {}};
    for (const auto &point : m_curve)
        table.rows.append({formatScore(point.brandStrength), formatScore(point.total)});
    table.rows.append({tr("%1 (now)").arg(formatScore(m_current)), formatScore(m_document->score().total)});
    return table;
}

} // namespace mixplanner::ui
