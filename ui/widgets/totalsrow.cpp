#include "ui/widgets/totalsrow.h"

#include "ui/models/plantablemodel.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace mixplanner::ui {

TotalsRow::TotalsRow(QTableView *view, PlanTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_model(model)
{
    setObjectName(QStringLiteral("totals"));
    setAccessibleName(tr("Totals"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView *header = view->horizontalHeader();
    const auto repaint = [this] { update(); };
    connect(header, &QHeaderView::sectionResized, this, repaint);
    connect(header, &QHeaderView::sectionMoved, this, repaint);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    // Many edits come in a burst (an import, an undo of many rows): add up once.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &TotalsRow::refresh);
    const auto schedule = [later] { later->start(); };
    connect(model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(model, &QAbstractItemModel::modelReset, this, schedule);
    refresh();
}

void TotalsRow::refresh()
{
    m_cells = m_model->totals();
    QStringList spoken;
    for (int c = 0; c < m_cells.size(); ++c)
        if (!m_cells[c].isEmpty())
            spoken << (c == 0 ? m_cells[c]
                              : QStringLiteral("%1 %2").arg(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole)
                                                                .toString(),
                                                            m_cells[c]));
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    setToolTip(accessibleDescription());
    update();
}

QSize TotalsRow::sizeHint() const
{
    return {200, fontMetrics().height() + 10};
}

QSize TotalsRow::minimumSizeHint() const
{
    return sizeHint();
}

void TotalsRow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    painter.fillRect(rect(), colours.window());
    painter.setPen(colours.mid().color());
    painter.drawLine(0, 0, width(), 0);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(colours.windowText().color());
    const QFontMetrics metrics(bold);
    const QHeaderView *header = m_view->horizontalHeader();
    // The columns' places, in this widget's coordinates (it sits right
    // under the view, at the same left edge).
    const int left = m_view->viewport()->geometry().left();
    painter.setClipRect(QRect(left, 0, m_view->viewport()->width(), height()));
    for (int c = 0; c < m_cells.size() && c < header->count(); ++c) {
        if (m_cells[c].isEmpty() || header->isSectionHidden(c))
            continue;
        const QRect cell(left + header->sectionViewportPosition(c) + 4, 0, header->sectionSize(c) - 8, height());
        // Numbers to the right, as in the table; the first column's words to the left.
        const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        painter.drawText(cell, align, metrics.elidedText(m_cells[c], Qt::ElideRight, cell.width()));
    }
}

} // namespace mixplanner::ui
