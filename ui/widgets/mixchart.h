#pragma once

#include "core/scoring/scorereport.h"
#include "ui/widgets/chartpanel.h"

#include <QWidget>

namespace mixplanner::ui {

// Planned against recommended account share per phase, with the tolerance
// band, so the composite strategy (content first, then the account) can be
// seen at a glance.
//
// It is painted directly rather than built from Qt Charts: it sits on the
// score panel, which is on screen from the first moment and repaints after
// every edit, and a chart scene measured and laid out its labels through
// text documents each time - a fifth of the app's start-up.
class MixChart : public QWidget
{
    Q_OBJECT

public:
    explicit MixChart(QWidget *parent = nullptr);
    void setReport(const core::ScoreReport &report);
    // What the chart shows, phase by phase.
    ChartTable numbers() const;
    const std::vector<core::PhaseMix> &phases() const { return m_phases; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::vector<core::PhaseMix> m_phases;
};

} // namespace mixplanner::ui
