#pragma once

#include "ui/document/plandocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>

namespace mixplanner::ui {

// How a column's values are shown and edited; the delegate picks its editor
// from this.
enum class ColumnKind {
    Text,        // free text
    Money,       // amount in the plan's currency
    Share,       // 0..1, shown and edited as a percentage
    Percent,     // 0..100
    Count,       // whole number of people
    Week,        // week number or number of weeks
    Hours,
    Flag,        // checkbox
    Choice,      // one id from a list (platform, type, channel)
    MultiChoice, // several ids from a list (phases, clusters, formats)
    TextList,    // comma-separated words (tags, keywords)
    Computed,    // read-only, derived from the plan or the score
};

// What a Computed column shows; models find their computed columns by this,
// never by position.
enum class Derived { None, Cost, EndWeek, PlannedShare, Recommended, Graph, ActivityCount, Weeks };

struct Column {
    QString title;
    ColumnKind kind;
    PlanField field = PlanField::None;    // None for Computed columns
    QString toolTip;
    Derived derived = Derived::None;      // set for Computed columns
};

// Roles the delegate reads.
enum ModelRole {
    ColumnKindRole = Qt::UserRole + 1,
    OptionIdsRole,     // QStringList of ids for Choice / MultiChoice
    OptionNamesRole,   // QStringList of names, same order
    CurrencyRole,      // the plan's currency code, for Money editors
};

// An editable table over one list of the plan. Reads values from the
// document, pushes an undo command from setData, and turns the document's
// change events into precise row and cell signals (never a full reset for an
// edit), so selection and scroll position survive every keystroke.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    PlanTableModel(PlanDocument *document, Collection collection, QList<Column> columns,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    PlanDocument *document() const { return m_document; }
    Collection collection() const { return m_collection; }
    const Column &column(int section) const { return m_columns.at(section); }
    int columnOf(PlanField field) const;
    int columnOf(Derived derived) const;
    // The row of the item with this id, or -1.
    int rowOfId(const QString &id) const;
    // The text of a totals line under the table, one entry per column (empty
    // where a column has no total); an empty list when the table has none.
    virtual QStringList totals() const { return {}; }
    // The plan rows the next edit of a cell among them goes to, all at once
    // (one undo step); taken by that edit. Empty: an edit changes its own row.
    void setFillRows(QList<int> rows) { m_fillRows = std::move(rows); }
    bool isFilling() const { return !m_fillRows.isEmpty(); }
    // The ids and names a Choice or MultiChoice column offers (a filter lists them).
    const QPair<QStringList, QStringList> &choices(int section) const { return cachedOptions(section); }

Q_SIGNALS:
    // An edit was refused; the message says why, in the user's words.
    void editRejected(const QString &message);
    // A phase's new start or length runs into the phases after it, which
    // could move later to make room (the page asks the user).
    void phaseNeedsRoom(int row, mixplanner::ui::PlanField field, qlonglong value, const QString &message);

protected:
    // The text shown for a cell; subclasses name ids and format computed values.
    virtual QString displayText(int row, int section, const QVariant &value) const;
    virtual QVariant computedValue(int row, int section) const;
    // Ids and names offered by a Choice or MultiChoice column.
    virtual QPair<QStringList, QStringList> options(const Column &column) const;
    // options() of a column, built once between two changes of the plan: a
    // repaint of 10,000 rows would otherwise build the lists per cell.
    const QPair<QStringList, QStringList> &cachedOptions(int section) const;
    // Whether a change elsewhere in the plan can change what a column shows.
    virtual bool dependsOn(const Column &column, const ChangeEvent &event) const;

    const core::Plan &plan() const { return m_document->plan(); }
    QString formatMoney(double amount) const;

private:
    void onAboutToChange(const ChangeEvent &event);
    void onChanged(const ChangeEvent &event);
    void onScoreChanged();
    void emitColumnChanged(int section);

    PlanDocument *m_document;
    Collection m_collection;
    QList<Column> m_columns;
    mutable QHash<int, QPair<QStringList, QStringList>> m_optionCache;
    QList<int> m_fillRows;
};

} // namespace mixplanner::ui
