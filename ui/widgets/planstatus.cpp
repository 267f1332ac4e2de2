#include "ui/widgets/planstatus.h"

#include "ui/document/plandocument.h"
#include "ui/text/budgettext.h"
#include "ui/text/displayformat.h"

#include <QHBoxLayout>
#include <QLabel>

namespace mixplanner::ui {

PlanStatus::PlanStatus(QWidget *parent)
    : QWidget(parent)
    , m_cost(new QLabel)
    , m_share(new QLabel)
    , m_score(new QLabel)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cost);
    layout->addWidget(m_share);
    layout->addWidget(m_score);
}

void PlanStatus::setDocument(PlanDocument *document)
{
    m_document = document;
    connect(document, &PlanDocument::scoreChanged, this, &PlanStatus::refresh);
    refresh();
}

void PlanStatus::refresh()
{
    const core::ScoreReport &score = m_document->score();
    m_cost->setText(budgetStatus(score.budget, QString::fromStdString(m_document->plan().currency)));
    m_cost->setToolTip(budgetSummary(score.budget, QString::fromStdString(m_document->plan().currency)));
    m_share->setText(score.overallPlanned ? tr("Account-driven %1").arg(formatShare(*score.overallPlanned))
                                          : tr("Account-driven -"));
    m_score->setText(tr("Score %1").arg(formatScore(score.total)));
}

} // namespace mixplanner::ui
