#pragma once

#include "core/projection/projection.h"
#include "core/suggest/suggestion.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace mixplanner::ui {

class ChartPanel;
class PlanDocument;

// What the plan might do week by week (followers and reach, the plan against
// the suggested mix), and the suggestion itself: plan, suggested and unbounded
// account share per phase with the reason, and Apply as one undo step.
// Recomputed shortly after edits, and only while the page is shown.
class ProjectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionPage(PlanDocument *document, QWidget *parent = nullptr);

    QTableWidget *suggestionTable() const { return m_table; }
    QPushButton *applyButton() const { return m_applyBounded; }
    QChartView *followersChart() const { return m_followersChart; }
    ChartPanel *followersPanel() const { return m_followersPanel; }
    // Recomputes now instead of after the short delay.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void apply(bool unbounded);
    bool applyChanges(bool unbounded) const;

    PlanDocument *m_document;
    QTimer *m_delay;
    QLabel *m_totals;
    QChartView *m_followersChart;
    QChartView *m_reachChart;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_applyBounded;
    QPushButton *m_applyUnbounded;
    core::MixSuggestion m_suggestion;
    core::Projection m_planned;     // the plan's projection, as last shown
    core::Projection m_suggested;   // with the suggested mix
    ChartPanel *m_followersPanel = nullptr;
    ChartPanel *m_reachPanel = nullptr;
    bool m_stale = true;
};

} // namespace mixplanner::ui
