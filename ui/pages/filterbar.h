#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace mixplanner::ui {

class PlanTableModel;
class TableFilter;

// The row above a table that narrows what it shows: a text to find in any
// column and, for the choice columns it is given (phase, channel, type), a
// list to pick one from; "Show all" puts every row back in the plan's order
// (the sort too, which the header sets). Says how many rows are shown.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(PlanTableModel *model, TableFilter *filter, const QList<int> &choiceSections, QWidget *parent = nullptr);

    QLineEdit *findField() const { return m_find; }
    QComboBox *choiceBox(int section) const;
    QToolButton *showAllButton() const { return m_showAll; }
    // Puts the fields back to match the filter (after it was cleared elsewhere).
    void syncFromFilter();

Q_SIGNALS:
    // "Show all" was chosen: the page clears the sort as well.
    void showAllRequested();

private:
    void refillChoices(QComboBox *box, int section);
    void updateCount();

    PlanTableModel *m_model;
    TableFilter *m_filter;
    QLineEdit *m_find;
    QList<QPair<int, QComboBox *>> m_choices;
    QToolButton *m_showAll;
    QLabel *m_count;
};

} // namespace mixplanner::ui
