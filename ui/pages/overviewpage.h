#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;

namespace mixplanner::ui {

class ChartPanel;
class CostChart;
class FieldBinder;
class PlanDocument;

// Title, owner, currency, hourly rate, start date, budget cap and notes of
// the plan; what it holds and commits against its cap; and where the money
// goes, by phase and by channel.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(PlanDocument *document, QWidget *parent = nullptr);

private:
    void updateSummary();
    void followCurrency(QDoubleSpinBox *box, double value);

    PlanDocument *m_document;
    FieldBinder *m_binder;
    QLabel *m_summary;
    QLabel *m_budget;
    QDoubleSpinBox *m_rate = nullptr;
    QDoubleSpinBox *m_cap = nullptr;
    CostChart *m_byPhase = nullptr;
    CostChart *m_byChannel = nullptr;
    ChartPanel *m_byPhasePanel = nullptr;
    ChartPanel *m_byChannelPanel = nullptr;
};

} // namespace mixplanner::ui
