#pragma once

#include "core/scoring/scorereport.h"
#include "ui/widgets/chartpanel.h"

#include <QChartView>

namespace mixplanner::ui {

// Planned against recommended account share per phase, with the tolerance
// band, so the composite strategy (content first, then the account) can be
// seen at a glance.
class MixChart : public QChartView
{
    Q_OBJECT

public:
    explicit MixChart(QWidget *parent = nullptr);
    void setReport(const core::ScoreReport &report);
    // What the chart shows, phase by phase.
    ChartTable numbers() const;

private:
    QChart *m_chart;
    std::vector<core::PhaseMix> m_phases;
};

} // namespace mixplanner::ui
