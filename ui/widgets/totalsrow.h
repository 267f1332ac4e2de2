#pragma once

#include <QWidget>

class QTableView;

namespace mixplanner::ui {

class PlanTableModel;

// A line under a table with the model's totals, each under its column: it
// follows the columns as they are resized, moved or scrolled. Kept out of
// the model, so sorting, editing and selecting rows never meet it.
class TotalsRow : public QWidget
{
    Q_OBJECT

public:
    TotalsRow(QTableView *view, PlanTableModel *model, QWidget *parent = nullptr);

    QStringList cells() const { return m_cells; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    QTableView *m_view;
    PlanTableModel *m_model;
    QStringList m_cells;
};

} // namespace mixplanner::ui
