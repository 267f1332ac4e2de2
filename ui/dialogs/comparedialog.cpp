#include "ui/dialogs/comparedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixplanner::ui {

CompareDialog::CompareDialog(const std::vector<core::ComparedPlan> &plans, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Compare plans"));
    const core::ComparisonTable table = core::comparisonTable(plans);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setColumnCount(static_cast<int>(table.columns.size()));
    m_table->setRowCount(static_cast<int>(table.rows.size()));
    QStringList headers;
    for (const std::string &column : table.columns)
        headers << QString::fromStdString(column);
    m_table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < static_cast<int>(table.rows.size()); ++r) {
        const auto &row = table.rows[static_cast<std::size_t>(r)];
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(QString::fromStdString(row.label)));
        for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
            auto *item = new QTableWidgetItem(QString::fromStdString(row.cells[static_cast<std::size_t>(c)]));
            item->setTextAlignment(row.numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Plans compared side by side"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Scores, mixes and projections of the plans, side by side."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(300 + 220 * static_cast<int>(table.columns.size()), 640);
}

} // namespace mixplanner::ui
