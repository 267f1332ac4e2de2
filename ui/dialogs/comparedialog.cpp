#include "ui/dialogs/comparedialog.h"

#include "core/report/comparisonwriters.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/io/filesaving.h"
#include "ui/text/uilanguage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixplanner::ui {

CompareDialog::CompareDialog(const std::vector<core::ComparedPlan> &plans, QStringList planFiles, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_planFiles(std::move(planFiles))
{
    setWindowTitle(tr("Compare plans"));
    m_comparison = core::comparisonTable(plans, uiLanguage());
    const core::ComparisonTable &table = m_comparison;
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
    QPushButton *exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &CompareDialog::exportComparison);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Scores, mixes and projections of the plans, side by side."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(300 + 220 * static_cast<int>(table.columns.size()), 640);
}

bool CompareDialog::exportTo(const QString &fileName, QString *error) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    std::string text;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        text = core::writeComparisonHtml(m_comparison, uiLanguage());
    else if (suffix == QLatin1String("md"))
        text = core::writeComparisonMarkdown(m_comparison, uiLanguage());
    else {
        *error = tr("Choose a file ending in .html or .md.");
        return false;
    }
    const SaveResult saved = saveFile(fileName, QByteArray::fromStdString(text), protecting(m_planFiles));
    if (!saved.ok)
        *error = tr("Nothing was exported: %1").arg(saved.error);
    return saved.ok;
}

void CompareDialog::exportComparison()
{
    const QString fileName = FileDialog::getSaveFileName(this, tr("Export comparison"),
                                                         QDir::home().filePath(tr("plans-compared.html")),
                                                         tr("Web page (*.html);;Markdown (*.md)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error))
        MessageBox::warning(this, tr("Cannot export"), error);
}

} // namespace mixplanner::ui
