#include "ui/dialogs/importdialog.h"

#include "ui/text/displayformat.h"
#include "ui/text/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {

QString joined(const std::vector<std::string> &ids, const auto &items)
{
    QStringList names;
    for (const std::string &id : ids) {
        const auto found = std::find_if(items.begin(), items.end(), [&](const auto &item) { return item.id == id; });
        names << QString::fromStdString(found == items.end() ? id : found->name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

ImportDialog::ImportDialog(const core::Plan &plan, const QString &fileName, core::CsvTable table, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_table(std::move(table))
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import activities from %1").arg(QFileInfo(fileName).fileName()));

    // One chooser per field, filled with the spreadsheet's column titles.
    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    auto *form = new QFormLayout(mappingBox);
    const core::ColumnMapping guessed = core::guessMapping(m_table.header, uiLanguage());
    for (const core::ImportFieldInfo &info : core::importFields()) {
        auto *box = new QComboBox(mappingBox);
        box->addItem(tr("(not imported)"), -1);
        for (std::size_t c = 0; c < m_table.header.size(); ++c)
            box->addItem(QString::fromStdString(m_table.header[c]), static_cast<int>(c));
        box->setCurrentIndex(std::max(0, box->findData(guessed[info.field])));
        const QString label = QString::fromStdString(uiLanguage().words(info.label));
        box->setAccessibleName(label);
        form->addRow(info.required ? tr("%1 (required):").arg(label) : tr("%1:").arg(label), box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
        m_columnBoxes.push_back(box);
    }

    m_summary->setWordWrap(true);
    m_preview->setAccessibleName(tr("Activities to import"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->setVisible(false);
    m_problems->setAccessibleName(tr("Problems, by row"));

    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(new QLabel(tr("Activities to import:"), this));
    right->addWidget(m_preview, 3);
    auto *problemsLabel = new QLabel(tr("&Problems (these rows are left out):"), this);
    problemsLabel->setBuddy(m_problems);
    right->addWidget(problemsLabel);
    right->addWidget(m_problems, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(mappingBox);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);
    resize(1100, 640);
    refresh();
}

QComboBox *ImportDialog::columnBox(core::ImportField field) const
{
    return m_columnBoxes.at(static_cast<std::size_t>(field));
}

QPushButton *ImportDialog::importButton() const
{
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    return nullptr;
}

void ImportDialog::refresh()
{
    core::ColumnMapping mapping;
    for (const core::ImportFieldInfo &info : core::importFields())
        mapping[info.field] = columnBox(info.field)->currentData().toInt();
    m_result = core::importActivities(m_table, mapping, m_plan, core::Catalogue::builtin(), uiLanguage());

    const QStringList headers = {tr("Row"), tr("Activity"), tr("Channel"), tr("Type"), tr("Account share"),
                                 tr("Budget"), tr("Hours"), tr("Phases"), tr("Clusters")};
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(static_cast<int>(m_result.activities.size()));
    const QString currency = QString::fromStdString(m_plan.currency);
    for (std::size_t i = 0; i < m_result.activities.size(); ++i) {
        const core::Activity &activity = m_result.activities[i];
        const core::ActivityTypeInfo *type = core::Catalogue::builtin().activityType(activity.type);
        const QStringList cells = {QString::number(m_result.rows[i]), QString::fromStdString(activity.name),
                                   joined({activity.channel}, m_plan.channels),
                                   type ? catalogueText(type->name) : QString::fromStdString(activity.type),
                                   formatShare(activity.accountShare), formatMoney(activity.budget, currency),
                                   formatScore(activity.hours), joined(activity.phases, m_plan.phases),
                                   joined(activity.clusters, m_plan.clusters)};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(static_cast<int>(i), c, new QTableWidgetItem(cells[c]));
    }
    m_preview->resizeColumnsToContents();

    m_problems->clear();
    for (const core::ImportProblem &problem : m_result.problems) {
        const QString message = QString::fromStdString(uiLanguage().render(problem.message));
        m_problems->addItem(problem.column.empty()
                                ? tr("Row %1: %2").arg(problem.row).arg(message)
                                : tr("Row %1, column '%2': %3")
                                      .arg(problem.row)
                                      .arg(QString::fromStdString(problem.column), message));
    }

    const int ready = static_cast<int>(m_result.activities.size());
    if (!m_result.mappingComplete)
        m_summary->setText(tr("Choose a column for every required field."));
    else
        m_summary->setText(tr("%1 of %2 rows can be imported as new activities. Nothing changes in the plan until "
                              "you press Import; it is one step you can undo.")
                               .arg(ready)
                               .arg(m_result.rowsRead));
    if (QPushButton *button = importButton())
        button->setEnabled(ready > 0);
}

} // namespace mixplanner::ui
