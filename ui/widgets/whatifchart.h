#pragma once

#include "core/suggest/whatif.h"
#include "ui/widgets/chartpanel.h"

#include <QChartView>

class QTimer;

namespace mixplanner::ui {

class PlanDocument;

// The total score as a function of brand strength for the current plan, with
// the brand's present strength marked and the strength at which the plan
// would first score 70. Recomputed shortly after edits (it scores the plan
// 21 times), and only while shown.
class WhatIfChart : public QChartView
{
    Q_OBJECT

public:
    explicit WhatIfChart(PlanDocument *document, QWidget *parent = nullptr);
    void refresh();
    QString verdict() const { return m_verdict; }
    // The curve as numbers (computed now if edits made it stale).
    ChartTable numbers();

Q_SIGNALS:
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    PlanDocument *m_document;
    QTimer *m_delay;
    QString m_verdict;
    std::vector<core::WhatIfPoint> m_curve;
    double m_current = 0;
    bool m_stale = true;
};

} // namespace mixplanner::ui
