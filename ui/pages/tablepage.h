#pragma once

#include "ui/document/planfield.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QTableView;
class QToolButton;

namespace mixplanner::ui {

class MessageBar;
class PlanTableModel;

// One list of the plan as an editable table, with buttons to add, duplicate,
// delete and reorder rows, and an inline message when an edit is refused.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(PlanTableModel *model, const QString &title, const QString &description,
              QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    PlanTableModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
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
    // Sizes the columns to their contents, within sensible bounds.

private:
    void addRow();
    void duplicateRow();
    void deleteRow();
    void moveRow(int delta);
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
    std::function<QString(const QList<int> &)> m_copier;
    QHBoxLayout *m_buttonRow = nullptr;
};

} // namespace mixplanner::ui
