#include "ui/widgets/mixchart.h"

#include "ui/text/displayformat.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace mixplanner::ui {

namespace {

// Whether the chart of `after` would look the same as that of `before`: the
// same phases, every share within 0.05 percentage points (a tenth of a pixel
// at the chart's size). An edit in a large plan rarely moves a phase's mix
// that far, and then the chart need not be painted again.
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

// Each phase spans x = i - kHalfWidth .. i + kHalfWidth on the category axis;
// the band and the recommendation are flat within it and slope between
// phases, as the recommendation moves from one phase to the next.
constexpr double kHalfWidth = 0.4;
constexpr int kGridSteps = 5;   // 0%, 20%, ..., 100%
constexpr int kMarkerRadius = 5;

struct Colours {
    QColor text;
    QColor grid;
    QColor band;
    QColor bandEdge;
    QColor recommended;
    QColor planned;
    QColor markerEdge;
};

Colours coloursFor(const QPalette &palette)
{
    Colours colours;
    colours.text = palette.text().color();
    colours.grid = palette.mid().color();
    colours.grid.setAlpha(90);
    // On a dark base a faint band disappears; give it more body there.
    const bool darkBase = palette.base().color().lightness() < 128;
    colours.band = palette.highlight().color();
    colours.band.setAlpha(darkBase ? 110 : 60);
    colours.bandEdge = darkBase ? colours.band.lighter() : colours.band.darker();
    colours.bandEdge.setAlpha(darkBase ? 200 : 140);
    colours.recommended = palette.highlight().color();
    colours.planned = palette.text().color();
    colours.markerEdge = palette.base().color();
    return colours;
}

} // namespace

MixChart::MixChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mixChart"));
    setAccessibleName(tr("Chart of planned and recommended account share per phase"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize MixChart::sizeHint() const
{
    return {420, 240};
}

QSize MixChart::minimumSizeHint() const
{
    return {240, 220};
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

void MixChart::setReport(const core::ScoreReport &report)
{
    const bool unchanged = looksTheSame(m_phases, report.phases);
    m_phases = report.phases;
    // The words for screen readers and the tooltip always follow.
    QStringList description;
    for (const core::PhaseMix &phase : report.phases)
        description << tr("%1: planned %2, recommended %3 (%4 to %5)")
                           .arg(QString::fromStdString(phase.name),
                                phase.planned ? formatShare(*phase.planned) : tr("none"),
                                formatShare(phase.recommended), formatShare(phase.low), formatShare(phase.high));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    setToolTip(description.join(QLatin1Char('\n')));
    if (!unchanged)
        update();
}

void MixChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void MixChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Colours colours = coloursFor(palette());
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const int pad = 8;

    painter.fillRect(rect(), palette().base());
    // A keyboard user sees where focus is.
    painter.setPen(QPen(hasFocus() ? palette().highlight().color() : colours.grid, hasFocus() ? 2 : 1));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    painter.setPen(colours.text);
    const QRect titleRect(pad, pad, width() - 2 * pad, line);
    painter.drawText(titleRect, Qt::AlignCenter, tr("Account-driven share per phase"));

    // Legend along the bottom, phase names above it, the y axis (its title
    // turned on its side, then the percentages) on the left.
    const QString legendBand = tr("Tolerance band");
    const QString legendRecommended = tr("Recommended");
    const QString legendPlanned = tr("Planned");
    const int legendTop = height() - pad - line;
    const int labelsTop = legendTop - pad / 2 - line;
    const QString widestLabel = formatShare(1.0);
    const int axisLabelWidth = metrics.horizontalAdvance(widestLabel);
    const QRectF plot(pad + line + 6 + axisLabelWidth + 6, titleRect.bottom() + pad + line / 2.0,
                      width() - (pad + line + 6 + axisLabelWidth + 6) - pad - axisLabelWidth / 2.0,
                      labelsTop - 4 - (titleRect.bottom() + pad + line / 2.0));
    if (plot.width() < 40 || plot.height() < 40)
        return;

    const int count = static_cast<int>(m_phases.size());
    const auto xOf = [&](double category) {
        return plot.left() + (category + 0.5) / std::max(count, 1) * plot.width();
    };
    const auto yOf = [&](double share) { return plot.bottom() - share * plot.height(); };

    // Grid and percentages.
    for (int step = 0; step <= kGridSteps; ++step) {
        const double share = static_cast<double>(step) / kGridSteps;
        const double y = yOf(share);
        painter.setPen(QPen(colours.grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(colours.text);
        painter.drawText(QRectF(plot.left() - 6 - axisLabelWidth, y - line / 2.0, axisLabelWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter, formatShare(share));
    }
    painter.save();
    painter.translate(pad, plot.center().y());
    painter.rotate(-90);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt::AlignCenter, tr("Account-driven"));
    painter.restore();

    if (count == 0) {
        painter.setPen(colours.text);
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("The plan has no phases yet."));
        return;
    }

    // Phase names under their column, shortened to fit.
    const double column = plot.width() / count;
    for (int i = 0; i < count; ++i) {
        const double x = xOf(i);
        painter.setPen(QPen(colours.grid, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString name = metrics.elidedText(QString::fromStdString(m_phases[static_cast<std::size_t>(i)].name),
                                                Qt::ElideRight, static_cast<int>(column) - 4);
        painter.setPen(colours.text);
        painter.drawText(QRectF(x - column / 2, labelsTop, column, line), Qt::AlignCenter, name);
    }

    // The tolerance band and the recommendation.
    QPolygonF high, low, recommended;
    for (int i = 0; i < count; ++i) {
        const core::PhaseMix &phase = m_phases[static_cast<std::size_t>(i)];
        for (const double x : {i - kHalfWidth, i + kHalfWidth}) {
            high << QPointF(xOf(x), yOf(phase.high));
            low << QPointF(xOf(x), yOf(phase.low));
            recommended << QPointF(xOf(x), yOf(phase.recommended));
        }
    }
    QPolygonF band = high;
    for (auto point = low.crbegin(); point != low.crend(); ++point)
        band << *point;
    painter.setPen(QPen(colours.bandEdge, 1, Qt::DotLine));
    painter.setBrush(colours.band);
    painter.drawPolygon(band);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colours.recommended, 2, Qt::DashLine));
    painter.drawPolyline(recommended);

    // What the plan does: a line through the phases that have costed work.
    QPolygonF planned;
    for (int i = 0; i < count; ++i)
        if (const auto &share = m_phases[static_cast<std::size_t>(i)].planned)
            planned << QPointF(xOf(i), yOf(std::clamp(*share, 0.0, 1.0)));
    painter.setPen(QPen(colours.planned, 2.5));
    painter.drawPolyline(planned);
    painter.setPen(QPen(colours.markerEdge, 1.5));
    painter.setBrush(colours.planned);
    for (const QPointF &point : planned)
        painter.drawEllipse(point, kMarkerRadius, kMarkerRadius);

    // Legend: a swatch drawn as the series is, then its name.
    const int swatch = line;
    const int gap = 6;
    const int spacing = 16;
    const int total = 3 * (swatch + gap) + metrics.horizontalAdvance(legendBand)
                      + metrics.horizontalAdvance(legendRecommended) + metrics.horizontalAdvance(legendPlanned)
                      + 2 * spacing;
    double x = std::max<double>(pad, (width() - total) / 2.0);
    const double middle = legendTop + line / 2.0;
    const auto label = [&](const QString &text) {
        x += swatch + gap;
        painter.setPen(colours.text);
        painter.drawText(QRectF(x, legendTop, metrics.horizontalAdvance(text) + 1, line), Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + spacing;
    };
    painter.setPen(QPen(colours.bandEdge, 1, Qt::DotLine));
    painter.setBrush(colours.band);
    painter.drawRect(QRectF(x, middle - swatch / 3.0, swatch, swatch * 2 / 3.0));
    label(legendBand);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colours.recommended, 2, Qt::DashLine));
    painter.drawLine(QPointF(x, middle), QPointF(x + swatch, middle));
    label(legendRecommended);
    painter.setPen(QPen(colours.planned, 2.5));
    painter.drawLine(QPointF(x, middle), QPointF(x + swatch, middle));
    painter.setPen(QPen(colours.markerEdge, 1.5));
    painter.setBrush(colours.planned);
    painter.drawEllipse(QPointF(x + swatch / 2.0, middle), kMarkerRadius - 1, kMarkerRadius - 1);
    label(legendPlanned);
}

} // namespace mixplanner::ui
