#include "ui/models/plantablemodel.h"

#include "ui/text/displayformat.h"

#include <QLocale>

#include <cmath>
#include <utility>

namespace mixplanner::ui {

PlanTableModel::PlanTableModel(PlanDocument *document, Collection collection, QList<Column> columns,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_collection(collection)
    , m_columns(std::move(columns))
{
    connect(document, &PlanDocument::aboutToChange, this, &PlanTableModel::onAboutToChange);
    connect(document, &PlanDocument::changed, this, &PlanTableModel::onChanged);
    connect(document, &PlanDocument::scoreChanged, this, &PlanTableModel::onScoreChanged);
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount(plan(), m_collection);
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

int PlanTableModel::columnOf(PlanField field) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].kind != ColumnKind::Computed && m_columns[i].field == field)
            return i;
    return -1;
}

int PlanTableModel::columnOf(Derived derived) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].kind == ColumnKind::Computed && m_columns[i].derived == derived)
            return i;
    return -1;
}

int PlanTableModel::rowOfId(const QString &id) const
{
    const std::string key = id.toStdString();
    const core::Plan &p = plan();
    const auto find = [&key](const auto &items) {
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].id == key)
                return static_cast<int>(i);
        return -1;
    };
    switch (m_collection) {
    case Collection::Channels: return find(p.channels);
    case Collection::Clusters: return find(p.clusters);
    case Collection::Phases: return find(p.phases);
    case Collection::Activities: return find(p.activities);
    case Collection::None: break;
    }
    return -1;
}

QString PlanTableModel::formatMoney(double amount) const
{
    return ui::formatMoney(amount, QString::fromStdString(plan().currency));
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    // Views ask about the root (an invalid index) too; that is no error.
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int row = index.row();
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (column.kind == ColumnKind::Flag)
            return {};
        if (column.kind == ColumnKind::Computed)
            return displayText(row, index.column(), computedValue(row, index.column()));
        return displayText(row, index.column(), readField(plan(), column.field, row));
    }
    case Qt::EditRole: {
        if (column.kind == ColumnKind::Computed)
            return computedValue(row, index.column());
        const QVariant value = readField(plan(), column.field, row);
        if (column.kind == ColumnKind::TextList)
            return value.toStringList().join(QStringLiteral(", "));
        return value;
    }
    case Qt::CheckStateRole:
        if (column.kind == ColumnKind::Flag)
            return readField(plan(), column.field, row).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        switch (column.kind) {
        case ColumnKind::Money: case ColumnKind::Share: case ColumnKind::Percent:
        case ColumnKind::Count: case ColumnKind::Week: case ColumnKind::Hours: case ColumnKind::Computed:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column.kind == ColumnKind::MultiChoice || column.kind == ColumnKind::TextList
            || column.kind == ColumnKind::Text)
            return data(index, Qt::DisplayRole);
        return column.toolTip.isEmpty() ? QVariant() : QVariant(column.toolTip);
    case ColumnKindRole:
        return static_cast<int>(column.kind);
    case OptionIdsRole:
        return cachedOptions(index.column()).first;
    case OptionNamesRole:
        return cachedOptions(index.column()).second;
    case CurrencyRole:
        return QString::fromStdString(plan().currency);
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns[section].title;
    if (role == Qt::ToolTipRole && !m_columns[section].toolTip.isEmpty())
        return m_columns[section].toolTip;
    return {};
}

bool PlanTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // Views ask about the root (an invalid index) too; that is no error.
    if (!index.isValid() || !checkIndex(index))
        return false;
    const Column &column = m_columns.at(index.column());
    QVariant converted;
    switch (column.kind) {
    case ColumnKind::Computed:
        return false;
    case ColumnKind::Flag:
        if (role != Qt::CheckStateRole)
            return false;
        converted = value.toInt() == Qt::Checked;
        break;
    case ColumnKind::TextList: {
        if (role != Qt::EditRole)
            return false;
        QStringList items;
        const QStringList parts = value.toString().split(QLatin1Char(','));
        for (const QString &part : parts)
            if (const QString item = part.trimmed(); !item.isEmpty())
                items << item;
        converted = items;
        break;
    }
    case ColumnKind::Count: case ColumnKind::Week:
        if (role != Qt::EditRole)
            return false;
        converted = value.toDouble();   // validated as a whole number, then stored
        if (converted.toDouble() == std::floor(converted.toDouble()))
            converted = qlonglong(value.toDouble());
        break;
    case ColumnKind::Money: case ColumnKind::Share: case ColumnKind::Percent: case ColumnKind::Hours:
        if (role != Qt::EditRole)
            return false;
        converted = value.toDouble();
        break;
    default:
        if (role != Qt::EditRole)
            return false;
        converted = value;
        break;
    }
    QString error;
    if (const QList<int> rows = std::exchange(m_fillRows, {}); rows.size() > 1 && rows.contains(index.row())) {
        // One value for every chosen row; a refusal of one refuses them all.
        m_document->setFieldOnRows(column.field, rows, converted, column.title, &error);
        if (!error.isEmpty())
            Q_EMIT editRejected(error);
        return error.isEmpty();
    }
    if (!m_document->setField(column.field, index.row(), converted, &error)) {
        if (m_document->phaseFitsWithRoomMade(column.field, index.row(), converted.toLongLong()))
            Q_EMIT phaseNeedsRoom(index.row(), column.field, converted.toLongLong(), error);
        else if (!error.isEmpty())
            Q_EMIT editRejected(error);
        return false;
    }
    return true;   // dataChanged follows from the document's change signal
}

Qt::ItemFlags PlanTableModel::flags(const QModelIndex &index) const
{
    // Views ask about the root (an invalid index) too; that is no error.
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    switch (m_columns.at(index.column()).kind) {
    case ColumnKind::Computed: break;
    case ColumnKind::Flag: flags |= Qt::ItemIsUserCheckable; break;
    default: flags |= Qt::ItemIsEditable; break;
    }
    return flags;
}

QString PlanTableModel::displayText(int, int section, const QVariant &value) const
{
    const Column &column = m_columns.at(section);
    switch (column.kind) {
    case ColumnKind::Money: return formatMoney(value.toDouble());
    case ColumnKind::Share: return formatShare(value.toDouble());
    case ColumnKind::Percent: return formatPercent(value.toDouble());
    case ColumnKind::Count: case ColumnKind::Week: return formatCount(value.toDouble());
    case ColumnKind::Hours: return QLocale().toString(value.toDouble(), 'g', 8);
    case ColumnKind::TextList: return value.toStringList().join(QStringLiteral(", "));
    case ColumnKind::Choice: case ColumnKind::MultiChoice: {
        const auto &[ids, names] = cachedOptions(section);
        QStringList shown;
        const QStringList selected = column.kind == ColumnKind::Choice ? QStringList{value.toString()}
                                                                       : value.toStringList();
        for (const QString &id : selected) {
            const auto at = ids.indexOf(id);
            shown << (at >= 0 ? names.at(at) : id);
        }
        return shown.join(QStringLiteral(", "));
    }
    default: return value.toString();
    }
}

QVariant PlanTableModel::computedValue(int, int) const { return {}; }

QPair<QStringList, QStringList> PlanTableModel::options(const Column &) const { return {}; }

bool PlanTableModel::dependsOn(const Column &, const ChangeEvent &) const { return false; }

void PlanTableModel::onAboutToChange(const ChangeEvent &event)
{
    if (event.collection != m_collection)
        return;
    switch (event.kind) {
    case ChangeEvent::Kind::RowInserted: beginInsertRows({}, event.row, event.row); break;
    case ChangeEvent::Kind::RowRemoved: beginRemoveRows({}, event.row, event.row); break;
    case ChangeEvent::Kind::RowMoved:
        // Qt counts the destination before the move: one further when moving down.
        beginMoveRows({}, event.row, event.row, {}, event.toRow > event.row ? event.toRow + 1 : event.toRow);
        break;
    default: break;
    }
}

const QPair<QStringList, QStringList> &PlanTableModel::cachedOptions(int section) const
{
    auto found = m_optionCache.find(section);
    if (found == m_optionCache.end())
        found = m_optionCache.insert(section, options(m_columns.at(section)));
    return *found;
}

void PlanTableModel::onChanged(const ChangeEvent &event)
{
    // Names of channels, phases or clusters may have changed with any edit.
    m_optionCache.clear();
    if (event.collection == m_collection) {
        switch (event.kind) {
        case ChangeEvent::Kind::RowInserted: endInsertRows(); break;
        case ChangeEvent::Kind::RowRemoved: endRemoveRows(); break;
        case ChangeEvent::Kind::RowMoved: endMoveRows(); break;
        case ChangeEvent::Kind::FieldChanged: {
            const int section = columnOf(event.field);
            if (section >= 0) {
                const QModelIndex cell = index(event.row, section);
                Q_EMIT dataChanged(cell, cell);
            }
            break;
        }
        default: break;
        }
    }
    for (int section = 0; section < m_columns.size(); ++section)
        if (dependsOn(m_columns[section], event))
            emitColumnChanged(section);
}

void PlanTableModel::onScoreChanged()
{
    for (int section = 0; section < m_columns.size(); ++section)
        if (m_columns[section].kind == ColumnKind::Computed)
            emitColumnChanged(section);
}

void PlanTableModel::emitColumnChanged(int section)
{
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, section), index(rows - 1, section));
}

} // namespace mixplanner::ui
