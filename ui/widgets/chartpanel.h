#pragma once

#include <QSizePolicy>
#include <QStringList>
#include <QWidget>

#include <functional>

class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace mixplanner::ui {

// The numbers a chart draws, as rows of text.
struct ChartTable {
    QStringList headers;
    QList<QStringList> rows;
};

// A chart with a button that shows its numbers as a table instead: for
// screen readers, for keyboard users and for anyone who wants the figures.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // `chart` is any widget that draws the numbers (a QChartView, or one
    // that paints itself).
    ChartPanel(QWidget *chart, std::function<ChartTable()> numbers, QWidget *parent = nullptr);

    QWidget *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QToolButton *toggle() const { return m_toggle; }
    void showTable(bool table);

public Q_SLOTS:
    // The chart changed: the table follows when it is shown.
    void refresh();

private:
    void fillTable();

    QWidget *m_chart;
    std::function<ChartTable()> m_numbers;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    QToolButton *m_toggle;
    QSizePolicy m_chartPolicy;
};

} // namespace mixplanner::ui
