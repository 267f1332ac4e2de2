#include "ui/widgets/mixchart.h"

#include "ui/text/displayformat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace mixplanner::ui {

MixChart::MixChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
{
    setObjectName(QStringLiteral("mixChart"));
    setRenderHint(QPainter::Antialiasing);
    m_chart->setTitle(tr("Account-driven share per phase"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    // Follow the system palette (dark mode) instead of the chart theme's white.
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    m_chart->legend()->setLabelColor(palette().text().color());
    setChart(m_chart);
    setMinimumHeight(220);
    setAccessibleName(tr("Chart of planned and recommended account share per phase"));
}

ChartTable MixChart::numbers() const
{
    ChartTable table{{tr("Phase"), tr("Planned"), tr("Recommended"), tr("Tolerance band")}, {}};
    for (const core::PhaseMix &phase : m_phases)
        table.rows.append({QString::fromStdString(phase.name),
                           phase.planned ? formatShare(*phase.planned) : tr("none"), formatShare(phase.recommended),
                           tr("%1 to %2").arg(formatShare(phase.low), formatShare(phase.high))});
    return table;
}

namespace {

// Whether the chart of `after` would look the same as that of `before`: the
// same phases, every share within 0.05 percentage points (a tenth of a pixel
// at the chart's size). An edit in a large plan rarely moves a phase's mix
// that far, and redrawing the chart is the dearest part of showing a new
// score.
bool looksTheSame(const std::vector<core::PhaseMix> &before, const std::vector<core::PhaseMix> &after)
{
    if (before.size() != after.size())
        return false;
    constexpr double kInvisible = 0.0005;
    const auto close = [](double a, double b) { return std::fabs(a - b) < kInvisible; };
    for (std::size_t i = 0; i < before.size(); ++i) {
        const core::PhaseMix &a = before[i];
        const core::PhaseMix &b = after[i];
        if (a.name != b.name || a.planned.has_value() != b.planned.has_value()
            || (a.planned && !close(*a.planned, *b.planned)) || !close(a.recommended, b.recommended)
            || !close(a.low, b.low) || !close(a.high, b.high))
            return false;
    }
    return true;
}

} // namespace

void MixChart::setReport(const core::ScoreReport &report)
{
    const bool unchanged = !m_chart->series().isEmpty() && looksTheSame(m_phases, report.phases);
    m_phases = report.phases;
    // The words for screen readers and the tooltip always follow.
    QStringList description;
    for (const core::PhaseMix &phase : report.phases)
        description << tr("%1: planned %2, recommended %3 (%4 to %5)")
                           .arg(QString::fromStdString(phase.name),
                                phase.planned ? QString::number(qRound(*phase.planned * 100)) + QLatin1Char('%') : tr("none"),
                                QString::number(qRound(phase.recommended * 100)) + QLatin1Char('%'),
                                QString::number(qRound(phase.low * 100)) + QLatin1Char('%'),
                                QString::number(qRound(phase.high * 100)) + QLatin1Char('%'));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    setToolTip(description.join(QLatin1Char('\n')));
    if (unchanged)
        return;
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    auto *bandLow = new QLineSeries;
    auto *bandHigh = new QLineSeries;
    auto *recommended = new QLineSeries;
    auto *planned = new QLineSeries;
    auto *plannedPoints = new QScatterSeries;
    recommended->setName(tr("Recommended"));
    planned->setName(tr("Planned"));
    plannedPoints->setName(tr("Planned (phase)"));
    const int count = static_cast<int>(report.phases.size());
    for (int i = 0; i < count; ++i) {
        const core::PhaseMix &phase = report.phases[static_cast<std::size_t>(i)];
        // Each phase spans x = i - 0.4 .. i + 0.4; the band and recommendation
        // are flat within it.
        for (const double x : {i - 0.4, i + 0.4}) {
            bandLow->append(x, phase.low * 100);
            bandHigh->append(x, phase.high * 100);
            recommended->append(x, phase.recommended * 100);
        }
        if (phase.planned) {
            planned->append(i, *phase.planned * 100);
            plannedPoints->append(i, *phase.planned * 100);
        }
    }
    auto *band = new QAreaSeries(bandHigh, bandLow);
    band->setName(tr("Tolerance band"));
    // On a dark base a faint band disappears; give it more body there.
    const bool darkBase = palette().base().color().lightness() < 128;
    QColor bandColor = palette().highlight().color();
    bandColor.setAlpha(darkBase ? 110 : 60);
    band->setBrush(bandColor);
    band->setPen(QPen(darkBase ? bandColor.lighter() : bandColor.darker(), 1, Qt::DotLine));
    QPen recommendedPen(palette().highlight().color(), 2, Qt::DashLine);
    recommended->setPen(recommendedPen);
    QPen plannedPen(palette().text().color(), 2.5);
    planned->setPen(plannedPen);
    plannedPoints->setMarkerSize(10);
    plannedPoints->setColor(palette().text().color());
    plannedPoints->setBorderColor(palette().base().color());

    m_chart->addSeries(band);
    m_chart->addSeries(recommended);
    m_chart->addSeries(planned);
    m_chart->addSeries(plannedPoints);
    m_chart->legend()->markers(plannedPoints).constFirst()->setVisible(false);

    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < count; ++i) {
        QString name = QString::fromStdString(report.phases[static_cast<std::size_t>(i)].name);
        if (name.size() > 18)
            name = name.left(17) + QChar(0x2026);
        // Category labels must be unique; a zero-width space keeps repeats apart.
        while (axisX->categoriesLabels().contains(name))
            name += QChar(0x200B);
        axisX->append(name, i);
    }
    axisX->setRange(-0.5, count > 0 ? count - 0.5 : 0.5);
    axisX->setLabelsColor(palette().text().color());
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%d%"));
    // Short labels: never shorten them to "..." (CJK fonts measure wider).
    axisY->setTruncateLabels(false);
    axisY->setLabelsColor(palette().text().color());
    axisY->setTitleText(tr("Account-driven"));
    axisY->setTitleBrush(palette().text());
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
}

} // namespace mixplanner::ui
