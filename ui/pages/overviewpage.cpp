#include "ui/pages/overviewpage.h"

#include "core/catalogue/catalogue.h"
#include "core/model/calendardate.h"
#include "core/report/costbreakdown.h"
#include "ui/document/plandocument.h"
#include "ui/text/budgettext.h"
#include "ui/text/uilanguage.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/costchart.h"
#include "ui/pages/messagebar.h"
#include "ui/text/displayformat.h"
#include "ui/widgets/fieldbinder.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/numberbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace mixplanner::ui {

OverviewPage::OverviewPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_binder(new FieldBinder(document, this))
    , m_summary(new QLabel(this))
    , m_budget(new QLabel(this))
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
    notes->setMaximumHeight(notes->fontMetrics().lineSpacing() * 5);

    // Optional: a plan without a start date counts weeks only.
    auto *dated = new QCheckBox(tr("Starts on"), this);
    dated->setObjectName(QStringLiteral("startDateSet"));
    auto *startDate = new QDateEdit(this);
    startDate->setObjectName(QStringLiteral("startDateEdit"));
    startDate->setAccessibleName(tr("Start date"));
    startDate->setCalendarPopup(true);
    startDate->setDisplayFormat(planDateFormat(QLocale(), true));
    startDate->setKeyboardTracking(false);   // "2027" typed digit by digit is not four edits
    // Ticking the box starts the plan next Monday, a usual first day.
    const QDate today = QDate::currentDate();
    startDate->setDate(today.addDays(8 - today.dayOfWeek()));
    startDate->setToolTip(tr("The first day of week 1. With it, weeks are shown as dates everywhere."));
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(dated);
    startRow->addWidget(startDate, 1);

    auto *capped = new QCheckBox(tr("Cap at"), this);
    capped->setObjectName(QStringLiteral("budgetCapSet"));
    m_cap = numberBox(this, 2);
    m_cap->setObjectName(QStringLiteral("budgetCapEdit"));
    m_cap->setAccessibleName(tr("Budget cap"));
    m_cap->setToolTip(tr("The most the plan may cost, budgets and team hours together."));
    auto *capRow = new QHBoxLayout;
    capRow->addWidget(capped);
    capRow->addWidget(m_cap, 1);

    m_binder->bind(title, PlanField::Title);
    m_binder->bind(owner, PlanField::Owner);
    m_binder->bind(currency, PlanField::Currency);
    m_binder->bind(rate, PlanField::HourlyRate);
    m_binder->bind(notes, PlanField::Notes);
    // Tab follows the form from top to bottom.
    for (auto [before, after] : {std::pair<QWidget *, QWidget *>{rate, dated}, {dated, startDate}, {startDate, capped},
                                 {capped, m_cap}, {m_cap, notes}})
        setTabOrder(before, after);
    m_binder->bindOptional(dated, startDate, PlanField::StartDate);
    m_binder->bindOptional(capped, m_cap, PlanField::BudgetCap);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Owner:"), owner);
    form->addRow(tr("&Currency:"), currency);
    form->addRow(tr("Hourly &rate:"), rate);
    // A row of a check box and its value: the label's shortcut goes to the box.
    const auto addOptionalRow = [this, form](const QString &text, QCheckBox *box, QLayout *row) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        form->addRow(label, row);
    };
    addOptionalRow(tr("&Start date:"), dated, startRow);
    addOptionalRow(tr("&Budget cap:"), capped, capRow);
    form->addRow(tr("&Notes:"), notes);
    rate->setToolTip(tr("What an hour of the team's time costs; activity hours are costed at this rate."));

    auto *messages = new MessageBar(this);
    connect(m_binder, &FieldBinder::editRejected, messages, &MessageBar::showMessage);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_budget->setObjectName(QStringLiteral("budgetSummary"));
    m_budget->setWordWrap(true);
    m_budget->setTextFormat(Qt::PlainText);

    m_byPhase = new CostChart(tr("Chart of cost by phase"), this);
    m_byChannel = new CostChart(tr("Chart of cost by channel"), this);
    m_byPhasePanel = new ChartPanel(m_byPhase, [this] { return m_byPhase->numbers(tr("Phase")); }, this);
    m_byChannelPanel = new ChartPanel(m_byChannel, [this] { return m_byChannel->numbers(tr("Channel")); }, this);
    m_byPhasePanel->setObjectName(QStringLiteral("costByPhase"));
    m_byChannelPanel->setObjectName(QStringLiteral("costByChannel"));
    // One above the other: Tab and screen readers go down the page.
    auto *costs = new QVBoxLayout;
    for (auto [caption, panel] : {std::pair{tr("Cost by phase"), m_byPhasePanel},
                                std::pair{tr("Cost by channel"), m_byChannelPanel}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(makeCaption(caption, this));
        column->addWidget(panel);
        costs->addLayout(column);
    }
    // Each chart's "Show numbers" sits above it, so Tab reaches it first.
    setTabOrder(notes, m_byPhasePanel->toggle());
    setTabOrder(m_byPhasePanel->toggle(), m_byPhase);
    setTabOrder(m_byPhase, m_byChannelPanel->toggle());
    setTabOrder(m_byChannelPanel->toggle(), m_byChannel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Overview"), this));
    layout->addLayout(form);
    layout->addWidget(messages);
    layout->addWidget(m_summary);
    layout->addWidget(m_budget);
    layout->addLayout(costs);
    layout->addStretch();

    connect(document, &PlanDocument::scoreChanged, this, &OverviewPage::updateSummary);
    updateSummary();
}

void OverviewPage::followCurrency(QDoubleSpinBox *box, double value)
{
    // Money is written as the plan's currency is: yen without decimals.
    const QString currency = QString::fromStdString(m_document->plan().currency);
    if (box->decimals() != currencyDecimals(currency) || box->prefix() != currencySymbol(currency)) {
        const QSignalBlocker blocker(box);   // not an edit: the plan keeps its value
        box->setDecimals(currencyDecimals(currency));
        box->setPrefix(currencySymbol(currency));
        box->setValue(value);
    }
}

void OverviewPage::updateSummary()
{
    const core::Plan &plan = m_document->plan();
    // The field binder shows the values; only a change of currency redraws them here.
    followCurrency(m_rate, plan.hourlyRate);
    followCurrency(m_cap, plan.budgetCap.value_or(m_cap->value()));
    const core::ScoreReport &score = m_document->score();
    const QString currency = QString::fromStdString(plan.currency);
    const int weeks = plan.phases.empty() ? 0 : plan.phases.back().endWeek() - plan.phases.front().startWeek + 1;
    QString span = QString::number(weeks);
    if (const auto start = core::planStart(plan.startDate); start && !plan.phases.empty())
        span = tr("%1 (%2 to %3)")
                   .arg(weeks)
                   .arg(toQString(uiLanguage().date(core::weekStart(*start, plan.phases.front().startWeek), true)),
                        toQString(uiLanguage().date(core::weekEnd(*start, plan.phases.back().endWeek()), true)));
    m_summary->setText(tr("Weeks: %1   Phases: %2   Activities: %3   Channels: %4   Clusters: %5")
                           .arg(span)
                           .arg(plan.phases.size())
                           .arg(plan.activities.size())
                           .arg(plan.channels.size())
                           .arg(plan.clusters.size()));
    m_budget->setText(budgetSummary(score.budget, currency));

    const core::CostBreakdown breakdown = core::costBreakdown(plan);
    std::vector<core::CostRow> phases = breakdown.phases;
    if (breakdown.unscheduled.total() > 0) {
        core::CostRow unscheduled = breakdown.unscheduled;
        unscheduled.name = tr("In no phase").toStdString();
        phases.push_back(std::move(unscheduled));
    }
    m_byPhase->setRows(std::move(phases), currency);
    // Named with their platform, as the activities table names them: a brand
    // often has the same handle on several platforms.
    std::vector<core::CostRow> channels = breakdown.channels;
    for (std::size_t c = 0; c < channels.size() && c < plan.channels.size(); ++c)
        if (const auto *platform = core::Catalogue::builtin().platform(plan.channels[c].platform))
            channels[c].name =
                tr("%1 (%2)").arg(toQString(channels[c].name), catalogueText(platform->name)).toStdString();
    m_byChannel->setRows(std::move(channels), currency);
    m_byPhasePanel->refresh();
    m_byChannelPanel->refresh();
}

} // namespace mixplanner::ui
