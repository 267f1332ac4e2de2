#pragma once

#include "ui/document/planfield.h"

#include <QWidget>

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
    int currentRow() const;
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
};

} // namespace mixplanner::ui
