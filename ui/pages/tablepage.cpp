#include "ui/pages/tablepage.h"

#include "ui/dialogs/phaseroom.h"
#include "ui/document/plandocument.h"
#include "ui/models/plantablemodel.h"
#include "ui/models/tablefilter.h"
#include "ui/pages/filterbar.h"
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
#include <QLineEdit>
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
    , m_filter(new TableFilter(model, this))
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
    m_setAll = makeButton(tr("Set for selected"), tr("Give every selected row the value you enter in the current column"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    m_setAll->setObjectName(QStringLiteral("setForSelected"));
    auto *buttons = new QHBoxLayout;
    for (QToolButton *button : {m_add, m_duplicate, m_delete, m_up, m_down, m_setAll})
        buttons->addWidget(button);
    buttons->addStretch();
    m_buttonRow = buttons;

    m_view->setModel(m_filter);
    // Sorted by a click on a column's title; the third click (or "Show all")
    // goes back to the plan's order, which is the order the plan is saved in.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);
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
    connect(m_setAll, &QToolButton::clicked, this, &TablePage::setForSelected);
    // A "set for selected" ends with its editor, whether a value was entered or not.
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] { m_model->setFillRows({}); });
    connect(m_filter, &TableFilter::shapeChanged, this, &TablePage::updateButtons);
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
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TablePage::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TablePage::updateButtons);
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

QModelIndex TablePage::viewIndex(int row, int column) const
{
    return m_filter->mapFromSource(m_model->index(row, column));
}

int TablePage::currentRow() const
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void TablePage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (!m_filter->accepts(row))
        showAll();   // a finding or a new row must be seen, whatever the filter
    const int column = qMax(0, m_view->currentIndex().column());
    m_view->selectRow(viewIndex(row, 0).row());
    m_view->setCurrentIndex(viewIndex(row, column));
    m_view->scrollTo(viewIndex(row, column));
}

void TablePage::showAll()
{
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_filter->clear();
    if (m_filterBar)
        m_filterBar->syncFromFilter();
}

void TablePage::addFilterBar(const QList<int> &choiceSections)
{
    m_filterBar = new FilterBar(m_model, m_filter, choiceSections, this);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_buttonRow) + 1, m_filterBar);
    setTabOrder(m_filterBar->showAllButton(), m_view);
    connect(m_filterBar, &FilterBar::showAllRequested, this, &TablePage::showAll);
    auto *find = new QAction(tr("Find in the table"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_filterBar->findField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->findField()->selectAll();
    });
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
    m_view->edit(viewIndex(row, 0));
}

QList<int> TablePage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TablePage::selectRows(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    for (int row : rows)
        if (row >= 0 && row < m_model->rowCount() && !m_filter->accepts(row)) {
            showAll();
            break;
        }
    selectRow(rows.front());
    QItemSelection selection;
    for (int row : rows)
        if (const QModelIndex first = viewIndex(row, 0); first.isValid())
            selection.select(first, viewIndex(row, m_model->columnCount() - 1));
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
    // The row shown where the first deleted one was becomes current.
    int shownAt = m_filter->rowCount();
    for (int row : rows)
        if (const QModelIndex index = viewIndex(row, 0); index.isValid())
            shownAt = qMin(shownAt, index.row());
    QString error;
    if (m_model->document()->removeItems(m_model->collection(), rows, &error) == 0) {
        if (!error.isEmpty())
            m_messageBar->showMessage(error);
        return;
    }
    const int shown = m_filter->rowCount();
    if (shown > 0)
        selectRow(m_filter->mapToSource(m_filter->index(qMin(shownAt, shown - 1), 0)).row());
}

void TablePage::setForSelected()
{
    const QList<int> rows = selectedRows();
    const int column = m_view->currentIndex().column();
    if (rows.size() < 2 || column < 0)
        return;
    const Column &chosen = m_model->column(column);
    if (chosen.kind == ColumnKind::Computed) {
        m_messageBar->showMessage(tr("'%1' is worked out from the plan; choose a column you can type in.").arg(chosen.title));
        return;
    }
    if (chosen.kind == ColumnKind::Flag) {
        // A tick box: ticked on all, unless all are ticked already.
        bool all = true;
        for (int row : rows)
            all = all && readField(m_model->document()->plan(), chosen.field, row).toBool();
        QString error;
        m_model->document()->setFieldOnRows(chosen.field, rows, !all, chosen.title, &error);
        if (!error.isEmpty())
            m_messageBar->showMessage(error);
        selectRows(rows);
        return;
    }
    m_model->setFillRows(rows);
    m_messageBar->showNote(tr("The value you enter in '%1' goes to all %2 selected rows (one undo step).")
                               .arg(chosen.title).arg(rows.size()));
    m_view->edit(m_view->currentIndex());
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
    // Moving a row means moving it in the plan; with rows sorted or hidden
    // the neighbour on screen is not its neighbour in the plan.
    const bool reorderable = m_model->collection() != Collection::Phases && !m_filter->isSorted()
                             && !m_filter->isFiltered();
    const bool several = m_view->selectionModel()->selectedRows().size() > 1;
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(reorderable && !several && row > 0);
    m_down->setEnabled(reorderable && !several && row >= 0 && row + 1 < count);
    m_setAll->setEnabled(several);
}

} // namespace mixplanner::ui
