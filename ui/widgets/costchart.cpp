#include "ui/widgets/costchart.h"

#include "ui/document/planfield.h"
#include "ui/text/displayformat.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace mixplanner::ui {

namespace {

constexpr int kMinBarHeight = 14;
constexpr int kRowGap = 6;
constexpr int kMaxNameWidth = 240;

} // namespace

CostChart::CostChart(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(accessibleName);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CostChart::setRows(std::vector<core::CostRow> rows, const QString &currency)
{
    m_rows = std::move(rows);
    m_currency = currency;
    updateGeometry();
    update();
}

ChartTable CostChart::numbers(const QString &firstColumn) const
{
    ChartTable table{{firstColumn, tr("Budgets"), tr("Hours"), tr("Hours' cost"), tr("Total")}, {}};
    for (const core::CostRow &row : m_rows)
        table.rows << QStringList{toQString(row.name), formatMoney(row.money, m_currency), formatCount(row.hours),
                                  formatMoney(row.hoursCost, m_currency), formatMoney(row.total(), m_currency)};
    return table;
}

QSize CostChart::sizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_rows.size()));
    // A line for the key, then one per row.
    return {360, (rows + 1) * (barHeight() + kRowGap) + kRowGap};
}

QSize CostChart::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void CostChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

int CostChart::barHeight() const
{
    return std::max(kMinBarHeight, fontMetrics().height());
}

void CostChart::paintEvent(QPaintEvent *)
{
    const int rowHeight = barHeight();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const QFontMetrics metrics = fontMetrics();
    if (hasFocus()) {
        painter.setPen(QPen(colours.highlight().color(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    if (m_rows.empty()) {
        painter.setPen(colours.placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("Nothing costed yet"));
        return;
    }
    double largest = 0;
    int nameWidth = 0;
    int amountWidth = 0;
    for (const core::CostRow &row : m_rows) {
        largest = std::max(largest, row.total());
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(toQString(row.name)));
        amountWidth = std::max(amountWidth, metrics.horizontalAdvance(formatMoney(row.total(), m_currency)));
    }
    nameWidth = std::min(nameWidth, kMaxNameWidth) + 12;   // a few pixels spare: no needless "..."
    const int barLeft = nameWidth;
    const int barSpace = std::max(20, width() - barLeft - amountWidth - 12);
    // Budgets in the highlight colour, hours' cost in a lighter tone of it:
    // both readable on light and dark bases, told apart by the table too.
    const QColor money = colours.highlight().color();
    QColor hours = money;
    hours.setAlpha(110);
    int y = kRowGap;
    // The key: which part of a bar is which.
    int x = barLeft;
    for (const auto &[colour, text] : {std::pair{money, tr("Budgets")}, std::pair{hours, tr("Team hours' cost")}}) {
        painter.fillRect(QRect(x, y + 3, rowHeight - 6, rowHeight - 6), colour);
        x += rowHeight;
        painter.setPen(colours.text().color());
        painter.drawText(QRect(x, y, metrics.horizontalAdvance(text) + 4, rowHeight), Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + 16;
    }
    y += rowHeight + kRowGap;
    for (const core::CostRow &row : m_rows) {
        const QRect nameRect(0, y, nameWidth - 8, rowHeight);
        painter.setPen(colours.text().color());
        painter.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(toQString(row.name), Qt::ElideRight, nameRect.width()));
        const double scale = largest > 0 ? barSpace / largest : 0;
        const int moneyWidth = static_cast<int>(row.money * scale + 0.5);
        const int hoursWidth = static_cast<int>(row.hoursCost * scale + 0.5);
        painter.fillRect(QRect(barLeft, y + 1, moneyWidth, rowHeight - 2), money);
        painter.fillRect(QRect(barLeft + moneyWidth, y + 1, hoursWidth, rowHeight - 2), hours);
        painter.setPen(colours.text().color());
        painter.drawText(QRect(barLeft + moneyWidth + hoursWidth + 6, y, amountWidth + 6, rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, formatMoney(row.total(), m_currency));
        y += rowHeight + kRowGap;
    }
}

} // namespace mixplanner::ui
