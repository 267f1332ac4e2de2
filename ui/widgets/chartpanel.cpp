#include "ui/widgets/chartpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace mixplanner::ui {

ChartPanel::ChartPanel(QWidget *chart, std::function<ChartTable()> numbers, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
    , m_numbers(std::move(numbers))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(this))
    , m_toggle(new QToolButton(this))
{
    m_chartPolicy = m_chart->sizePolicy();
    m_chart->setParent(m_stack);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("%1, as a table").arg(m_chart->accessibleName()));
    // The chart itself takes focus too, so Tab reaches it and a screen reader
    // says its name.
    m_chart->setFocusPolicy(Qt::StrongFocus);

    m_toggle->setCheckable(true);
    m_toggle->setText(tr("Show numbers"));
    m_toggle->setToolTip(tr("Show the chart's numbers as a table"));
    m_toggle->setAccessibleName(tr("Show the numbers of %1 as a table").arg(m_chart->accessibleName()));
    connect(m_toggle, &QToolButton::toggled, this, &ChartPanel::showTable);

    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    showTable(false);
}

void ChartPanel::showTable(bool table)
{
    if (m_toggle->isChecked() != table)
        m_toggle->setChecked(table);   // comes back here through toggled()
    m_toggle->setText(table ? tr("Show chart") : tr("Show numbers"));
    if (table)
        fillTable();
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
    // A stack is as tall as its tallest page; the hidden one must not count,
    // or a short chart sits above a table's worth of empty space.
    m_table->setSizePolicy(table ? QSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding)
                                 : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    m_chart->setSizePolicy(table ? QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored) : m_chartPolicy);
    m_stack->updateGeometry();
}

void ChartPanel::refresh()
{
    if (m_stack->currentWidget() == m_table)
        fillTable();
}

void ChartPanel::fillTable()
{
    const ChartTable numbers = m_numbers();
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(numbers.headers.size()));
    m_table->setHorizontalHeaderLabels(numbers.headers);
    m_table->setRowCount(static_cast<int>(numbers.rows.size()));
    for (int r = 0; r < numbers.rows.size(); ++r) {
        const QStringList &cells = numbers.rows[r];
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace mixplanner::ui
