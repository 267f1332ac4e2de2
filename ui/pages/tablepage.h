#pragma once

#include "ui/document/planfield.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QTableView;
class QToolButton;

namespace mixplanner::ui {

class FilterBar;
class MessageBar;
class PlanTableModel;
class TableFilter;

// One list of the plan as an editable table, with buttons to add, duplicate,
// delete and reorder rows, and an inline message when an edit is refused.
// The header sorts it (a third click puts the plan's order back) and an
// optional filter bar narrows it; rows in this class's interface are always
// the plan's rows, mapped to and from what the view shows.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(PlanTableModel *model, const QString &title, const QString &description,
              QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PlanTableModel *model() const { return m_model; }
    TableFilter *filter() const { return m_filter; }
    FilterBar *filterBar() const { return m_filterBar; }
    // The view's index of a plan row's cell (invalid when the row is hidden).
    QModelIndex viewIndex(int row, int column) const;
    MessageBar *messageBar() const { return m_messageBar; }
    // Makes the plan row current and chosen, showing every row first when
    // the filter hides it.
    void selectRow(int row);
    void selectRows(const QList<int> &rows);
    int currentRow() const;
    // The chosen rows (the current one when none is chosen), in order.
    QList<int> selectedRows() const;
    // What Ctrl+C puts on the clipboard: the chosen rows as tab-separated
    // text under their titles. Set `copier` to copy other columns (the
    // activities copy as the CSV export writes them, which pastes back).
    QString copyText() const { return m_copier ? m_copier(selectedRows()) : selectionAsText(); }
    void setCopier(std::function<QString(const QList<int> &)> copier) { m_copier = std::move(copier); }
    QString selectionAsText() const;
    // A "Paste rows" button (Ctrl+Shift+V) that calls `paste`.
    void addPaste(std::function<void()> paste);
    // A filter bar over the table, with a list for each of these choice columns.
    void addFilterBar(const QList<int> &choiceSections);
    // Every row, in the plan's order.
    void showAll();

private:
    void addRow();
    void duplicateRow();
    void deleteRow();
    void moveRow(int delta);
    void setForSelected();
    void updateButtons();
    void offerRoomForPhase(int row, PlanField field, qlonglong value, const QString &message);

    PlanTableModel *m_model;
    QTableView *m_view;
    MessageBar *m_messageBar;
    QToolButton *m_add;
    QToolButton *m_duplicate;
    QToolButton *m_delete;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_setAll;
    TableFilter *m_filter;
    FilterBar *m_filterBar = nullptr;
    std::function<QString(const QList<int> &)> m_copier;
    QHBoxLayout *m_buttonRow = nullptr;
};

} // namespace mixplanner::ui
