#pragma once

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>

namespace mixplanner::ui {

class PlanTableModel;

// What a plan table shows of its rows: those matching a text (in any column,
// as shown) and, for choice columns, one chosen id (or none at all), in the
// plan's order or sorted by a column. Numbers sort as numbers and text by
// the locale's collation, never as the formatted strings ("¥90,000" after
// "¥400,000" would be wrong).
//
// Rows stay the plan's rows underneath: the table page maps between the two,
// so every edit still goes to the document by plan row.
class TableFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableFilter(PlanTableModel *source, QObject *parent = nullptr);

    // The id a choice column must hold (a MultiChoice column: among its ids);
    // kNone asks for rows with none; an empty id drops the condition.
    static const QString kNone;
    void setChoice(int section, const QString &id);
    QString choice(int section) const { return m_choices.value(section); }
    void setText(const QString &text);
    QString text() const { return m_text; }

    // Whether some rows may be hidden, and whether rows are out of the plan's order.
    bool isFiltered() const { return !m_text.isEmpty() || !m_choices.isEmpty(); }
    bool isSorted() const { return sortColumn() >= 0; }
    // Back to every row in the plan's order.
    void clear();
    bool accepts(int sourceRow) const;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The conditions or the order changed (the page updates its buttons).
    void shapeChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PlanTableModel *m_source;
    QString m_text;
    QHash<int, QString> m_choices;
    QCollator m_collator;
};

} // namespace mixplanner::ui
