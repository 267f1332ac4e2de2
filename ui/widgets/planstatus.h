#pragma once

#include <QWidget>

class QLabel;

namespace mixplanner::ui {

class PlanDocument;

// The plan's figures in the status bar: cost, account-driven share and
// score, kept current as the plan is edited.
class PlanStatus : public QWidget
{
    Q_OBJECT

public:
    explicit PlanStatus(QWidget *parent = nullptr);
    void setDocument(PlanDocument *document);

private:
    void refresh();

    PlanDocument *m_document = nullptr;
    QLabel *m_cost;
    QLabel *m_share;
    QLabel *m_score;
};

} // namespace mixplanner::ui
