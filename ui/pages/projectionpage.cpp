#include "ui/pages/projectionpage.h"

#include "core/model/calendardate.h"
#include "core/projection/projection.h"
#include "core/text/weektext.h"
#include "ui/document/plandocument.h"
#include "ui/text/displayformat.h"
#include "ui/text/uilanguage.h"
#include "ui/widgets/chartpanel.h"
#include "ui/widgets/heading.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

namespace mixplanner::ui {

namespace {

QChartView *makeChart(const QString &title, const QString &accessibleName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Axis numbers as the user's locale writes them: "150,000", not "150000".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setAccessibleName(accessibleName);
    chart->setBackgroundBrush(view->palette().base());
    chart->setTitleBrush(view->palette().text());
    chart->legend()->setLabelColor(view->palette().text().color());
    return view;
}

double followersOf(const core::ProjectedWeek &week)
{
    return week.followers;
}

double reachOf(const core::ProjectedWeek &week)
{
    return week.contentReach + week.accountReach;
}

// Plan as a solid line, the suggested mix dashed: told apart by style, not colour alone.
void fillChart(QChartView *view, const core::Projection &plan, const core::Projection &suggested,
               double (*measure)(const core::ProjectedWeek &), const QString &axisTitle,
               const std::optional<core::CalendarDate> &start)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *planSeries = new QLineSeries;
    planSeries->setName(ProjectionPage::tr("Plan"));
    auto *suggestedSeries = new QLineSeries;
    suggestedSeries->setName(ProjectionPage::tr("Suggested mix"));
    double top = 1;
    for (const auto &week : plan.weeks) {
        planSeries->append(week.week, measure(week));
        top = std::max(top, measure(week));
    }
    for (const auto &week : suggested.weeks) {
        suggestedSeries->append(week.week, measure(week));
        top = std::max(top, measure(week));
    }
    planSeries->setPen(QPen(view->palette().text().color(), 2.5));
    suggestedSeries->setPen(QPen(view->palette().highlight().color(), 2.5, Qt::DashLine));
    chart->addSeries(planSeries);
    chart->addSeries(suggestedSeries);
    // With a start date the ticks are labelled by the day their week starts.
    auto *dated = start ? new QCategoryAxis : nullptr;
    QValueAxis *x = dated ? dated : new QValueAxis;
    x->setTitleText(start ? ProjectionPage::tr("Week starting") : ProjectionPage::tr("Week"));
    // "%d" draws no labels at all once numbers are localised (Qt 6.4).
    x->setLabelFormat(QStringLiteral("%.0f"));
    if (!plan.weeks.empty()) {
        const int first = plan.weeks.front().week;
        const int last = std::max(plan.weeks.back().week, first + 1);
        x->setRange(first, last);
        // Ticks on round weeks (every 4th for half a year, every 13th, a
        // quarter, for two years) rather than at fifths of the span.
        const int span = last - first;
        const int step = span <= 12 ? 2 : span <= 30 ? 4 : span <= 60 ? 8 : 13;
        if (dated) {
            dated->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            dated->setStartValue(first);
            for (int week = first; week <= last; week += step)
                dated->append(toQString(uiLanguage().date(core::weekStart(*start, week), false)), week);
        } else {
            x->setTickType(QValueAxis::TicksDynamic);
            x->setTickAnchor(0);
            x->setTickInterval(step);
        }
    }
    auto *y = new QValueAxis;
    y->setTitleText(axisTitle);
    y->setRange(0, top * 1.08);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    for (QValueAxis *axis : {x, y}) {
        axis->setLabelsColor(view->palette().text().color());
        axis->setTruncateLabels(false);   // numbers are short; CJK fonts measure wider
        axis->setTitleBrush(view->palette().text());
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace

ProjectionPage::ProjectionPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_delay(new QTimer(this))
    , m_totals(new QLabel(this))
    , m_followersChart(makeChart(tr("Followers"), tr("Chart of followers by week, plan and suggested mix"), this))
    , m_reachChart(makeChart(tr("People reached per week"), tr("Chart of weekly reach, plan and suggested mix"), this))
    , m_table(new QTableWidget(0, 5, this))
    , m_summary(new QLabel(this))
    , m_applyBounded(new QPushButton(tr("Apply &suggested mix"), this))
    , m_applyUnbounded(new QPushButton(tr("Apply &unbounded optimum"), this))
{
    auto *intro = new QLabel(tr("What the plan might do week by week, from the projection model "
                                "(docs/projection-model.md), and the account share per phase that projects best "
                                "at the same cost. Apply rescales activity budgets toward it, keeping each phase's "
                                "cost; it is one step you can undo."),
                             this);
    intro->setWordWrap(true);
    m_totals->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("projectionTotals"));
    m_followersChart->setObjectName(QStringLiteral("followersChart"));

    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->setHorizontalHeaderLabels({tr("Phase"), tr("Plan"), tr("Suggested"), tr("Unbounded"), tr("Why")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Suggested account share per phase"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("suggestionSummary"));

    // Each chart can show its numbers as a table, week by week.
    const auto weekly = [this](double (*measure)(const core::ProjectedWeek &)) {
        return [this, measure] {
            if (m_stale)
                refresh();   // shown as a table before the page was ever drawn
            ChartTable table{{tr("Week"), tr("Plan"), tr("Suggested mix")}, {}};
            for (std::size_t w = 0; w < m_planned.weeks.size(); ++w)
                table.rows.append({toQString(core::text::weekCell(uiLanguage(), core::planStart(m_document->plan().startDate),
                                                                  m_planned.weeks[w].week)),
                                   formatCount(measure(m_planned.weeks[w])),
                                   w < m_suggested.weeks.size() ? formatCount(measure(m_suggested.weeks[w])) : QString()});
            return table;
        };
    };
    m_followersPanel = new ChartPanel(m_followersChart, weekly(followersOf), this);
    m_reachPanel = new ChartPanel(m_reachChart, weekly(reachOf), this);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_followersPanel);
    charts->addWidget(m_reachPanel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_applyBounded);
    buttons->addWidget(m_applyUnbounded);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Projection and suggested mix"), this));
    layout->addWidget(intro);
    layout->addWidget(m_totals);
    layout->addLayout(charts, 2);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &ProjectionPage::refresh);
    connect(document, &PlanDocument::scoreChanged, this, &ProjectionPage::scheduleRefresh);
    connect(m_applyBounded, &QPushButton::clicked, this, [this] { apply(false); });
    connect(m_applyUnbounded, &QPushButton::clicked, this, [this] { apply(true); });
}

void ProjectionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ProjectionPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_delay->start();
}

void ProjectionPage::refresh()
{
    m_stale = false;
    m_delay->stop();
    const core::Plan &plan = m_document->plan();
    m_suggestion = core::suggestMix(plan);
    const core::ProjectionInputs inputs = core::projectionInputs(plan);
    const core::ModelParameters &parameters = core::ModelParameters::builtin();
    const core::Projection planned = core::project(inputs, parameters);
    const std::vector<double> shares = m_suggestion.boundedShares();
    const core::Projection suggested = core::project(inputs, parameters, &shares);

    const auto totals = [](const core::Projection &p) {
        return tr("followers %1 \u2192 %2, %3 people reached (%4 reaches in all weeks: content %5, account %6), "
                  "engagements %7")
            .arg(formatCount(p.startFollowers), formatCount(p.endFollowers), formatCount(p.uniqueReach),
                 formatCount(p.contentReach + p.accountReach), formatCount(p.contentReach), formatCount(p.accountReach),
                 formatCount(p.engagements));
    };
    QString text = tr("<b>Plan:</b> %1<br><b>Suggested mix:</b> %2").arg(totals(planned), totals(suggested));
    if (!planned.currencyKnown)
        text += tr("<br>No exchange-rate prior for %1: amounts were read as US dollars.")
                    .arg(QString::fromStdString(plan.currency).toHtmlEscaped());
    m_totals->setText(text);
    const auto start = core::planStart(m_document->plan().startDate);
    fillChart(m_followersChart, planned, suggested, followersOf, tr("Followers"), start);
    fillChart(m_reachChart, planned, suggested, reachOf, tr("People reached"), start);
    m_planned = planned;
    m_suggested = suggested;
    m_followersPanel->refresh();
    m_reachPanel->refresh();

    m_table->setRowCount(static_cast<int>(m_suggestion.phases.size()) + 1);
    const auto cell = [this](int row, int column, const QString &value, bool number) {
        auto *item = new QTableWidgetItem(value);
        item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignTop : Qt::AlignLeft | Qt::AlignTop);
        m_table->setItem(row, column, item);
    };
    for (int row = 0; row < static_cast<int>(m_suggestion.phases.size()); ++row) {
        const core::PhaseSuggestion &phase = m_suggestion.phases[static_cast<std::size_t>(row)];
        cell(row, 0, QString::fromStdString(phase.name), false);
        cell(row, 1, phase.costed ? formatShare(phase.planned) : QStringLiteral("-"), true);
        cell(row, 2, phase.costed ? formatShare(phase.bounded) : QStringLiteral("-"), true);
        cell(row, 3, phase.costed ? formatShare(phase.unbounded) : QStringLiteral("-"), true);
        cell(row, 4, QString::fromStdString(uiLanguage().sentences({phase.reason, phase.applyNote})), false);
    }
    const int last = static_cast<int>(m_suggestion.phases.size());
    // Returns QString explicitly: with QStringBuilder an "auto" lambda would return
    // a builder referring to temporaries that die with the lambda.
    const auto gain = [](double g) -> QString {
        return (g >= 0 ? QStringLiteral("+") : QString()) + formatPercent(g * 100, 1);
    };
    cell(last, 0, tr("Projected value"), false);
    cell(last, 1, formatCount(m_suggestion.planValue), true);
    cell(last, 2, gain(m_suggestion.boundedGain()), true);
    cell(last, 3, gain(m_suggestion.unboundedGain()), true);
    cell(last, 4, tr("at the same cost; score after Apply %1 (suggested) and %2 (unbounded), now %3")
                      .arg(formatScore(m_suggestion.appliedBoundedScore), formatScore(m_suggestion.appliedUnboundedScore),
                           formatScore(m_suggestion.planScore)),
         false);
    m_table->resizeRowsToContents();
    m_summary->setText(QString::fromStdString(uiLanguage().render(m_suggestion.summary)));
    // A button that would change nothing is off, so it never invites a click
    // that does nothing (right after an Apply, typically).
    m_applyBounded->setEnabled(applyChanges(false));
    m_applyUnbounded->setEnabled(applyChanges(true));
}

bool ProjectionPage::applyChanges(bool unbounded) const
{
    const core::Plan &plan = m_document->plan();
    const core::Plan adjusted = core::applyAccountShares(
        plan, unbounded ? m_suggestion.unboundedShares() : m_suggestion.boundedShares());
    return adjusted.activities != plan.activities;
}

void ProjectionPage::apply(bool unbounded)
{
    if (m_stale)
        refresh();
    const core::Plan adjusted = core::applyAccountShares(
        m_document->plan(), unbounded ? m_suggestion.unboundedShares() : m_suggestion.boundedShares());
    if (!m_document->applyBudgets(adjusted, unbounded ? tr("Apply unbounded optimum") : tr("Apply suggested mix")))
        m_summary->setText(tr("Apply changes nothing here: no phase has budgets on both the account-leaning and "
                              "the content-leaning side to move between. Change account shares by hand."));
}

} // namespace mixplanner::ui
