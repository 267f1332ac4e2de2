#pragma once

#include "core/scoring/scorereport.h"

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

private:
    QChart *m_chart;
};

} // namespace mixplanner::ui
