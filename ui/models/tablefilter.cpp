#include "ui/models/tablefilter.h"

#include "ui/models/plantablemodel.h"

namespace mixplanner::ui {

const QString TableFilter::kNone = QStringLiteral("\x01none");

TableFilter::TableFilter(PlanTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    // Week ranges and names with numbers ("Post 9", "Post 10") in their order.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // A plan row edited while sorted moves to its new place, as in a
    // spreadsheet's sorted view; hidden rows stay hidden until shown.
    setDynamicSortFilter(true);
}

void TableFilter::setChoice(int section, const QString &id)
{
    if (m_choices.value(section) == id)
        return;
    if (id.isEmpty())
        m_choices.remove(section);
    else
        m_choices.insert(section, id);
    invalidateFilter();
    Q_EMIT shapeChanged();
}

void TableFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
    Q_EMIT shapeChanged();
}

void TableFilter::clear()
{
    const bool changed = isFiltered() || isSorted();
    m_text.clear();
    m_choices.clear();
    invalidateFilter();
    QSortFilterProxyModel::sort(-1);
    if (changed)
        Q_EMIT shapeChanged();
}

void TableFilter::sort(int column, Qt::SortOrder order)
{
    const bool changed = column != sortColumn() || (column >= 0 && order != sortOrder());
    QSortFilterProxyModel::sort(column, order);
    if (changed)
        Q_EMIT shapeChanged();
}

bool TableFilter::accepts(int sourceRow) const
{
    return filterAcceptsRow(sourceRow, {});
}

bool TableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // The usual case, no condition, costs nothing on a plan of 100,000 rows.
    if (!isFiltered())
        return true;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const QModelIndex cell = m_source->index(sourceRow, it.key());
        const QVariant value = cell.data(Qt::EditRole);
        const QStringList ids = m_source->column(it.key()).kind == ColumnKind::MultiChoice
                                    ? value.toStringList()
                                    : QStringList{value.toString()};
        const bool none = ids.isEmpty() || (ids.size() == 1 && ids.front().isEmpty());
        if (it.value() == kNone ? !none : !ids.contains(it.value()))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < m_source->columnCount(); ++c)
        if (m_source->index(sourceRow, c).data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool TableFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (m_source->column(left.column()).kind) {
    case ColumnKind::Flag:
        return left.data(Qt::CheckStateRole).toInt() < right.data(Qt::CheckStateRole).toInt();
    case ColumnKind::Money: case ColumnKind::Share: case ColumnKind::Percent: case ColumnKind::Count:
    case ColumnKind::Week: case ColumnKind::Hours:
        return left.data(Qt::EditRole).toDouble() < right.data(Qt::EditRole).toDouble();
    case ColumnKind::Computed: {
        const QVariant a = left.data(Qt::EditRole);
        const QVariant b = right.data(Qt::EditRole);
        if (a.typeId() == QMetaType::Double || a.typeId() == QMetaType::Int || a.typeId() == QMetaType::LongLong)
            return a.toDouble() < b.toDouble();
        break;
    }
    default:
        break;
    }
    // Text as shown: names, not ids, compared as the user's language orders them.
    return m_collator.compare(left.data(Qt::DisplayRole).toString(), right.data(Qt::DisplayRole).toString()) < 0;
}

} // namespace mixplanner::ui
