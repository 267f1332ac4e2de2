#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;

namespace mixplanner::ui {

class FieldBinder;
class PlanDocument;

// Title, owner, currency, hourly rate and notes of the plan, and a short
// summary of what it holds.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(PlanDocument *document, QWidget *parent = nullptr);

private:
    void updateSummary();

    PlanDocument *m_document;
    FieldBinder *m_binder;
    QLabel *m_summary;
    QDoubleSpinBox *m_rate = nullptr;
};

} // namespace mixplanner::ui
