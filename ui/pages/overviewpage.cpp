#include "ui/pages/overviewpage.h"

#include "ui/document/plandocument.h"
#include "ui/pages/messagebar.h"
#include "ui/text/displayformat.h"
#include "ui/widgets/fieldbinder.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/numberbox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mixplanner::ui {

OverviewPage::OverviewPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_binder(new FieldBinder(document, this))
    , m_summary(new QLabel(this))
{
    auto *title = new QLineEdit(this);
    title->setObjectName(QStringLiteral("titleEdit"));
    auto *owner = new QLineEdit(this);
    auto *currency = new QComboBox(this);
    currency->setEditable(true);
    for (const char *code : {"JPY", "USD", "EUR", "GBP", "KRW", "TWD", "CNY", "AUD", "CAD"})
        currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    auto *rate = numberBox(this, 2);
    m_rate = rate;
    auto *notes = new QPlainTextEdit(this);
    notes->setTabChangesFocus(true);

    m_binder->bind(title, PlanField::Title);
    m_binder->bind(owner, PlanField::Owner);
    m_binder->bind(currency, PlanField::Currency);
    m_binder->bind(rate, PlanField::HourlyRate);
    m_binder->bind(notes, PlanField::Notes);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Owner:"), owner);
    form->addRow(tr("&Currency:"), currency);
    form->addRow(tr("&Hourly rate:"), rate);
    form->addRow(tr("&Notes:"), notes);
    rate->setToolTip(tr("What an hour of the team's time costs; activity hours are costed at this rate."));

    auto *messages = new MessageBar(this);
    connect(m_binder, &FieldBinder::editRejected, messages, &MessageBar::showMessage);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Overview"), this));
    layout->addLayout(form);
    layout->addWidget(messages);
    layout->addWidget(m_summary);
    layout->addStretch();

    connect(document, &PlanDocument::scoreChanged, this, &OverviewPage::updateSummary);
    updateSummary();
}

void OverviewPage::updateSummary()
{
    const core::Plan &plan = m_document->plan();
    // The rate is written as the plan's currency is: yen without decimals.
    const QString currency = QString::fromStdString(plan.currency);
    if (m_rate->decimals() != currencyDecimals(currency) || m_rate->prefix() != currencySymbol(currency)) {
        const QSignalBlocker blocker(m_rate);   // not an edit: the plan keeps its value
        m_rate->setDecimals(currencyDecimals(currency));
        m_rate->setPrefix(currencySymbol(currency));
        m_rate->setValue(plan.hourlyRate);
    }
    const core::ScoreReport &score = m_document->score();
    const int weeks = plan.phases.empty() ? 0 : plan.phases.back().endWeek() - plan.phases.front().startWeek + 1;
    m_summary->setText(tr("Weeks: %1   Phases: %2   Activities: %3   Channels: %4   Clusters: %5   Cost: %6")
                           .arg(weeks)
                           .arg(plan.phases.size())
                           .arg(plan.activities.size())
                           .arg(plan.channels.size())
                           .arg(plan.clusters.size())
                           .arg(formatMoney(score.totalCost, QString::fromStdString(plan.currency))));
}

} // namespace mixplanner::ui
