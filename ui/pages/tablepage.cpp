#include "ui/pages/tablepage.h"

#include "ui/dialogs/phaseroom.h"
#include "ui/document/plandocument.h"
#include "ui/models/plantablemodel.h"
#include "ui/pages/messagebar.h"
#include "ui/widgets/columnsizer.h"
#include "ui/widgets/planitemdelegate.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/totalsrow.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {
QToolButton *makeButton(const QString &text, const QString &toolTip, const QKeySequence &shortcut,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(shortcut.isEmpty() ? toolTip
                                          : QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (!shortcut.isEmpty()) {
        button->setShortcut(shortcut);
    }
    return button;
}
} // namespace

TablePage::TablePage(PlanTableModel *model, const QString &title, const QString &description,
                     QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_messageBar(new MessageBar(this))
{
    model->setParent(this);
    auto *heading = makeHeading(title, this);
    auto *about = new QLabel(description, this);
    about->setWordWrap(true);

    m_add = makeButton(tr("Add"), tr("Add a row"), QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    m_duplicate = makeButton(tr("Duplicate"), tr("Duplicate the selected row"), QKeySequence(Qt::CTRL | Qt::Key_D), this);
    m_delete = makeButton(tr("Delete"), tr("Delete the selected row"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this);
    m_up = makeButton(tr("Move up"), tr("Move the selected row up"), QKeySequence(Qt::ALT | Qt::Key_Up), this);
    m_down = makeButton(tr("Move down"), tr("Move the selected row down"), QKeySequence(Qt::ALT | Qt::Key_Down), this);
    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {m_add, m_duplicate, m_delete, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    m_buttonRow = buttons;

    m_view->setModel(model);
    m_view->setItemDelegate(new PlanItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows: Shift and Ctrl with a click or the arrows, to delete,
    // duplicate or copy them at once.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAccessibleName(title);
    // Widths are remembered per table: the model's class names it in any language.
    new ColumnSizer(m_view, QStringLiteral("columnWidths/")
                                + QString::fromLatin1(model->metaObject()->className()).section(QLatin1Char(':'), -1));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addLayout(buttons);
    auto *table = new QVBoxLayout;
    table->setSpacing(0);   // a totals line sits right under the table
    table->addWidget(m_view, 1);
    if (!model->totals().isEmpty())
        table->addWidget(new TotalsRow(m_view, model, this));
    layout->addLayout(table, 1);
    layout->addWidget(m_messageBar);

    connect(m_add, &QToolButton::clicked, this, &TablePage::addRow);
    connect(m_duplicate, &QToolButton::clicked, this, &TablePage::duplicateRow);
    connect(m_delete, &QToolButton::clicked, this, &TablePage::deleteRow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveRow(+1); });
    connect(model, &PlanTableModel::editRejected, m_messageBar, &MessageBar::showMessage);
    // Queued: the question waits until the cell editor has closed.
    connect(model, &PlanTableModel::phaseNeedsRoom, this, &TablePage::offerRoomForPhase, Qt::QueuedConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::updateButtons);
    // Ctrl+C copies the chosen rows as tab-separated text.
    auto *copy = new QAction(tr("Copy rows"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(copyText()); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePage::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateButtons);
    updateButtons();
}

void TablePage::offerRoomForPhase(int row, PlanField field, qlonglong value, const QString &message)
{
    const QString name = itemName(m_model->document()->plan(), Collection::Phases, row);
    if (!askToMakeRoom(this, message, name)) {
        m_messageBar->showMessage(message);
        return;
    }
    QString error;
    if (!m_model->document()->setPhaseWeeksMakingRoom(field, row, value, &error))
        m_messageBar->showMessage(error);
}

int TablePage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TablePage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

void TablePage::addRow()
{
    QString error;
    const int row = m_model->document()->addItem(m_model->collection(), &error);
    if (row < 0) {
        m_messageBar->showMessage(error);
        return;
    }
    selectRow(row);
    m_view->edit(m_model->index(row, 0));
}

QList<int> TablePage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TablePage::selectRows(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    selectRow(rows.front());
    QItemSelection selection;
    for (int row : rows)
        selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void TablePage::duplicateRow()
{
    QString error;
    QList<int> copies;
    if (m_model->document()->duplicateItems(m_model->collection(), selectedRows(), &copies, &error) == 0) {
        if (!error.isEmpty())
            m_messageBar->showMessage(error);
        return;
    }
    selectRows(copies);
}

void TablePage::deleteRow()
{
    const QList<int> rows = selectedRows();
    QString error;
    if (m_model->document()->removeItems(m_model->collection(), rows, &error) == 0) {
        if (!error.isEmpty())
            m_messageBar->showMessage(error);
        return;
    }
    selectRow(qMin(rows.front(), m_model->rowCount() - 1));
}

void TablePage::addPaste(std::function<void()> paste)
{
    QToolButton *button = makeButton(tr("Paste rows"), tr("Add rows copied from a spreadsheet"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    button->setObjectName(QStringLiteral("pasteRows"));
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    setTabOrder(m_down, button);
    connect(button, &QToolButton::clicked, this, std::move(paste));
}

QString TablePage::selectionAsText() const
{
    // What the table shows, with the column titles first, tab-separated as
    // spreadsheets paste it. (The activities page copies its own export's
    // columns instead: its copier is set in ui/pages/pagelist.cpp.)
    const QList<int> rows = selectedRows();
    QStringList lines;
    QStringList titles;
    for (int c = 0; c < m_model->columnCount(); ++c)
        titles << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << titles.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << m_model->index(row, c).data(Qt::DisplayRole).toString().simplified();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TablePage::moveRow(int delta)
{
    const int row = currentRow();
    QString error;
    if (!m_model->document()->moveItem(m_model->collection(), row, row + delta, &error)) {
        if (!error.isEmpty())
            m_messageBar->showMessage(error);
        return;
    }
    selectRow(row + delta);
}

void TablePage::updateButtons()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    const bool reorderable = m_model->collection() != Collection::Phases;
    const bool several = m_view->selectionModel()->selectedRows().size() > 1;
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(reorderable && !several && row > 0);
    m_down->setEnabled(reorderable && !several && row >= 0 && row + 1 < count);
}

} // namespace mixplanner::ui
