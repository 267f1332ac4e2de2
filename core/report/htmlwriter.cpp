#include "core/report/reportwriters.h"

#include "core/report/svgcharts.h"
#include "core/text/escape.h"
#include "core/text/format.h"
#include "core/text/language.h"
#include "core/text/weektext.h"

#include <sstream>

namespace mixplanner::core {

namespace {

using text::Arg;
using text::escapeHtml;

const char *const kStyle = R"css(<style>
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Noto Sans CJK JP", "Helvetica Neue", Arial, sans-serif; color: #222;
       max-width: 1000px; margin: 2em auto; padding: 0 1.5em; line-height: 1.45; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #3a7dbf; padding-bottom: 0.2em; margin-top: 1.8em; }
.meta { color: #555; margin: 0.2em 0; }
.score { font-size: 3em; font-weight: bold; margin: 0; }
.score small { font-size: 0.35em; font-weight: normal; color: #555; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 0.92em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
td.num, th.num { text-align: right; white-space: nowrap; }
ol.findings li { margin-bottom: 0.6em; }
.points { font-weight: bold; }
.code { font-family: monospace; font-size: 0.9em; color: #555; }
.todo { display: block; color: #333; }
.todo b::before { content: "\2192  "; }
.severity { font-weight: normal; }
svg.chart { max-width: 100%; height: auto; display: block; margin: 0.6em 0; }
blockquote { border-left: 4px solid #ccc; margin: 0.6em 0; padding-left: 1em; color: #444; }
footer { margin-top: 3em; color: #777; font-size: 0.85em; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2 { page-break-after: avoid; break-after: avoid; }
  table, svg.chart, ol.findings li { page-break-inside: avoid; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 16mm; }
}
</style>
)css";

constexpr int kPrintChartWidth = 480;

std::string join(const std::vector<std::string> &items)
{
    std::string result;
    for (std::size_t i = 0; i < items.size(); ++i)
        result += (i ? ", " : "") + items[i];
    return result;
}

class HtmlBuilder
{
public:
    HtmlBuilder(const PlanReport &report, bool forPrint)
        : m_report(report), m_lang(*report.language), m_print(forPrint)
    {
    }

    std::string build()
    {
        const ScoreReport &score = m_report.score;
        if (m_print) {
            out << "<html><head><meta charset=\"utf-8\"><title>" << escapeHtml(m_report.title) << "</title></head><body>\n";
        } else {
            out << "<!DOCTYPE html>\n<html lang=\"" << escapeHtml(words(MP_TR("report", "en"))) << "\">\n<head>\n"
                   "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                << "<meta name=\"generator\" content=\"" << escapeHtml(m_report.generator) << "\">\n"
                << "<title>" << render(MP_TR("report", "%1 - plan summary"), {Arg::plain(m_report.title)})
                << "</title>\n" << kStyle << "</head>\n<body>\n";
        }
        out << "<h1>" << escapeHtml(m_report.title) << "</h1>\n";
        if (!m_report.owner.empty())
            out << "<p class=\"meta\">" << render(MP_TR("report", "Owner: %1"), {Arg::plain(m_report.owner)}) << "</p>\n";
        std::string purpose = m_report.purpose;
        if (!m_report.secondaryPurpose.empty())
            purpose += " + " + m_lang.render(text::message(MP_TR("report", "%1 (%2)"),
                                                           {Arg::plain(m_report.secondaryPurpose),
                                                            Arg::percent(m_report.secondaryWeight)}));
        out << "<p class=\"meta\">"
            << render(MP_TR("report", "Purpose: %1 (social media suitability %2)"),
                      {Arg::plain(purpose), Arg::percent(score.suitability)})
            << "</p>\n";
        for (const text::Message &line : {scheduleLine(m_report), budgetLine(m_report)})
            if (!line.empty())
                out << "<p class=\"meta\">" << escapeHtml(m_lang.render(line)) << "</p>\n";
        if (!m_report.notes.empty())
            out << "<blockquote>" << escapeHtml(m_report.notes) << "</blockquote>\n";

        if (m_print)
            out << "<h2>" << render(MP_TR("report", "Score: %1 / 100"), {Arg::decimal(score.total, 1)}) << "</h2>\n";
        else
            out << "<h2>" << words(MP_TR("report", "Score")) << "</h2>\n<p class=\"score\">"
                << m_lang.decimal(score.total, 1) << " <small>" << html(MP_TR("report", "of 100"))
                << "</small></p>\n";
        if (score.total < score.rawTotal)
            out << "<p>"
                << render(MP_TR("report", "Capped at %1 (from %2) because social media serves this purpose only "
                                          "in part."),
                          {Arg::decimal(score.suitabilityCap, 1), Arg::decimal(score.rawTotal, 1)})
                << "</p>\n";
        // The mix over time is the headline picture, so it comes first.
        chart("mix-chart", mixChartSvg(m_report), MP_TR("report", "Planned and recommended account share per phase"));
        chart("components-chart", componentsChartSvg(m_report), MP_TR("report", "Score components"));
        out << "<table>\n<tr>" << th(MP_TR("report", "Component")) << thNum(MP_TR("report", "Weight"))
            << thNum(MP_TR("report", "Score")) << "</tr>\n";
        for (const ComponentScore &component : score.components)
            out << "<tr><td>" << html(componentName(component.id)) << "</td>" << num(m_lang.percent(component.weight))
                << num(m_lang.decimal(component.score, 1)) << "</tr>\n";
        out << "</table>\n";

        brandSection();
        phaseSection();
        costSection();
        findingsSection();
        projectionSection();
        activitiesSection();
        channelsAndClusters();
        parameterSection();
        out << (m_print ? "<p>" : "<footer>")
            << (m_report.date.empty()
                   ? render(MP_TR("report", "Generated by %1"), {Arg::plain(m_report.generator)})
                   : render(MP_TR("report", "Generated by %1 on %2"),
                            {Arg::plain(m_report.generator), Arg::plain(m_report.date)}))
            << (m_print ? "</p>" : "</footer>") << "\n</body>\n</html>\n";
        return out.str();
    }

private:
    std::string words(text::Source source) const { return m_lang.words(source); }
    std::string html(text::Source source) const { return escapeHtml(m_lang.words(source)); }
    // The translated pattern filled in, all escaped (plan text and the
    // translation alike).
    std::string render(text::Source source, std::vector<Arg> args) const
    {
        return escapeHtml(m_lang.render(text::message(source, std::move(args))));
    }
    std::string money(double amount) const { return m_lang.money(amount, m_report.currency); }
    std::string count(double value) const { return m_lang.count(value); }
    std::string th(text::Source source) const { return "<th>" + html(source) + "</th>"; }
    std::string thNum(text::Source source) const { return "<th class=\"num\">" + html(source) + "</th>"; }

    static std::string num(const std::string &value)
    {
        return "<td class=\"num\" align=\"right\" style=\"white-space: nowrap\">" + escapeHtml(value) + "</td>";
    }

    void chart(const char *name, const std::string &svg, text::Source alt)
    {
        if (m_print)
            // Sized to the printed text width (in points of an A4 or Letter page).
            out << "<p><img src=\"mixplanner:" << name << "\" alt=\"" << html(alt) << "\" width=\""
                << kPrintChartWidth << "\"></p>\n";
        else
            out << svg;
    }

    void brandSection()
    {
        const BrandStrength &brand = m_report.score.brandStrength;
        out << "<h2>" << render(MP_TR("report", "Brand strength: %1 / 100"), {Arg::decimal(brand.value, 1)})
            << "</h2>\n";
        if (brand.override)
            out << "<p>" << html(MP_TR("report", "Set directly in the plan. The brand's figures would give:"))
                << "</p>\n";
        out << "<table>\n<tr>" << th(MP_TR("report", "Input")) << thNum(MP_TR("report", "Value"))
            << thNum(MP_TR("report", "Score")) << thNum(MP_TR("report", "Weight")) << thNum(MP_TR("report", "Points"))
            << "</tr>\n";
        for (const BrandStrengthPart &part : brand.parts) {
            const std::string value =
                part.id == "followerReach"
                    ? m_lang.render(text::message(MP_TR("report", "%1 followers"), {Arg::count(part.input)}))
                    : m_lang.render(text::message(MP_TR("units", "%1%"), {Arg::decimal(part.input, 1)}));
            out << "<tr><td>" << html(brandPartName(part.id)) << "</td>" << num(value)
                << num(m_lang.decimal(part.score, 1)) << num(m_lang.decimal(part.weight, 2))
                << num(m_lang.decimal(part.contribution, 1)) << "</tr>\n";
        }
        out << "</table>\n";
    }

    void phaseSection()
    {
        const ScoreReport &score = m_report.score;
        out << "<h2>" << html(MP_TR("report", "Mix per phase")) << "</h2>\n<p>"
            << html(MP_TR("report", "The account-driven share of each phase's cost, against the share recommended "
                                    "for the brand's power in that phase. A little-known brand should start with "
                                    "content and lean on its account as its following grows."))
            << "</p>\n";
        out << "<table>\n<tr>" << th(MP_TR("report", "Phase")) << th(MP_TR("report", "Weeks"))
            << thNum(MP_TR("report", "Cost")) << thNum(MP_TR("report", "Brand power"))
            << thNum(MP_TR("report", "Planned")) << thNum(MP_TR("report", "Recommended"))
            << thNum(MP_TR("report", "Band")) << thNum(MP_TR("report", "Fit")) << "</tr>\n";
        for (const auto &phase : m_report.phases) {
            const PhaseMix &mix = phase.mix;
            out << "<tr><td>" << escapeHtml(mix.name) << "</td><td>"
                << escapeHtml(text::weekRangeCell(m_lang, m_report.startDate, phase.startWeek, phase.endWeek))
                << "</td>" << num(money(mix.cost)) << num(m_lang.decimal(mix.brandPower, 0))
                << num(mix.planned ? m_lang.percent(*mix.planned) : std::string("-"))
                << num(m_lang.percent(mix.recommended))
                << num(m_lang.percent(mix.low) + "-" + m_lang.percent(mix.high)) << num(m_lang.decimal(mix.fit, 0))
                << "</tr>\n";
        }
        out << "<tr>" << th(MP_TR("report", "Whole plan")) << "<td></td>" << num(money(score.totalCost)) << "<td></td>"
            << num(score.overallPlanned ? m_lang.percent(*score.overallPlanned) : std::string("-"))
            << "<td></td><td></td><td></td></tr>\n</table>\n";
    }

    void costTable(CostChart chart)
    {
        const BudgetUse &budget = m_report.score.budget;
        out << "<table>\n<tr>" << th(chart == CostChart::ByPhase ? MP_TR("report", "Phase") : MP_TR("report", "Channel"))
            << thNum(MP_TR("report", "Budgets")) << thNum(MP_TR("report", "Hours"))
            << thNum(MP_TR("report", "Hours' cost")) << thNum(MP_TR("report", "Total")) << "</tr>\n";
        for (const CostRow &row : costChartRows(m_report, chart))
            out << "<tr><td>" << escapeHtml(row.name) << "</td>" << num(money(row.money))
                << num(m_lang.decimal(row.hours, 1)) << num(money(row.hoursCost)) << num(money(row.total()))
                << "</tr>\n";
        out << "<tr>" << th(MP_TR("report", "Whole plan")) << num(money(budget.money))
            << num(m_lang.decimal(budget.hours, 1)) << num(money(budget.hoursCost)) << num(money(budget.committed()))
            << "</tr>\n</table>\n";
    }

    void costSection()
    {
        out << "<h2>" << html(MP_TR("report", "Where the money goes")) << "</h2>\n<p>"
            << html(MP_TR("report", "Budgets and team hours (at the plan's hourly rate) by phase and by channel. An "
                                    "activity in several phases is split over them by weeks."))
            << "</p>\n";
        chart("cost-phase-chart", costChartSvg(m_report, CostChart::ByPhase), MP_TR("charts", "Cost by phase"));
        costTable(CostChart::ByPhase);
        chart("cost-channel-chart", costChartSvg(m_report, CostChart::ByChannel), MP_TR("charts", "Cost by channel"));
        costTable(CostChart::ByChannel);
        omittedRows(m_report.omittedChannels);
    }

    void findingsSection()
    {
        const auto &findings = m_report.score.findings;
        out << "<h2>" << html(MP_TR("report", "Findings")) << "</h2>\n";
        if (findings.empty()) {
            out << "<p>" << html(MP_TR("report", "None: the plan balances its approaches well for this brand and purpose."))
                << "</p>\n";
            return;
        }
        out << "<p>" << html(MP_TR("report", "Every point the plan loses, with what to change."))
            << "</p>\n<ol class=\"findings\">\n";
        for (const Finding &finding : findings) {
            // The severity is written out, not only coloured, so it survives
            // greyscale print and screen readers.
            out << "<li class=\"severity-" << severityId(finding.severity) << "\"><span class=\"points\">"
                << render(MP_TR("report", "-%1 points"), {Arg::plain(text::fixed(finding.points, 1))})
                << "</span> <span class=\"severity\">(" << html(severityName(finding.severity))
                << ")</span> <span class=\"code\">" << finding.code << "</span><br>"
                << escapeHtml(m_lang.render(finding.message));
            if (m_print)
                out << "<br><i>" << html(MP_TR("report", "What to do:")) << "</i> "
                    << escapeHtml(m_lang.render(finding.suggestion)) << "</li>\n";
            else
                out << "<span class=\"todo\"><b>" << html(MP_TR("report", "What to do:")) << "</b> "
                    << escapeHtml(m_lang.render(finding.suggestion)) << "</span></li>\n";
        }
        out << "</ol>\n";
        if (m_report.omittedFindings > 0)
            out << "<p><i>"
                << render(MP_TR("report", "%1 smaller findings (%2 points in all) are not printed; the HTML, "
                                          "Markdown and JSON summaries list them all."),
                          {Arg::count(static_cast<double>(m_report.omittedFindings)),
                           Arg::plain(text::fixed(m_report.omittedFindingPoints, 1))})
                << "</i></p>\n";
    }

    void projectionSection()
    {
        const Projection &projection = m_report.projection;
        out << "<h2>" << html(MP_TR("report", "Projection")) << "</h2>\n<p>"
            << render(MP_TR("report", "What the plan might do week by week, from the projection model: followers "
                                      "%1 \u2192 %2, %7 people reached (%3 reaches in all weeks: content %4, "
                                      "account %5), engagements %6."),
                      {Arg::count(projection.startFollowers), Arg::count(projection.endFollowers),
                       Arg::count(projection.contentReach + projection.accountReach),
                       Arg::count(projection.contentReach), Arg::count(projection.accountReach),
                       Arg::count(projection.engagements), Arg::count(projection.uniqueReach)})
            << "</p>\n";
        chart("projection-chart", projectionChartSvg(m_report), MP_TR("report", "Projected followers and weekly reach"));
        out << "<table>\n<tr>" << thNum(MP_TR("report", "Week")) << th(MP_TR("report", "Phase"))
            << thNum(MP_TR("report", "Content reach")) << thNum(MP_TR("report", "Account reach"))
            << thNum(MP_TR("report", "Engagements")) << thNum(MP_TR("report", "New followers"))
            << thNum(MP_TR("report", "Followers")) << "</tr>\n";
        for (const ProjectedWeek &week : projection.weeks)
            out << "<tr>" << num(text::weekCell(m_lang, m_report.startDate, week.week)) << "<td>"
                << (week.phase >= 0 ? escapeHtml(m_report.phases[static_cast<std::size_t>(week.phase)].mix.name)
                                    : std::string("-"))
                << "</td>" << num(count(week.contentReach)) << num(count(week.accountReach))
                << num(count(week.engagements)) << num(count(week.newFollowers)) << num(count(week.followers))
                << "</tr>\n";
        out << "</table>\n";
    }

    void activityTable(const std::vector<PlanReport::ActivityRow> &rows, bool phaseCost, std::size_t omitted = 0,
                       double omittedCost = 0)
    {
        out << "<table>\n<tr>" << th(MP_TR("report", "Activity")) << th(MP_TR("report", "Channel"))
            << th(MP_TR("report", "Type")) << thNum(MP_TR("report", "Account share"))
            << (phaseCost ? thNum(MP_TR("report", "Cost in phase")) : thNum(MP_TR("report", "Cost"))) << "</tr>\n";
        for (const auto &row : rows)
            out << "<tr><td>" << escapeHtml(row.name) << "</td><td>" << escapeHtml(row.channel) << "</td><td>"
                << escapeHtml(row.type) << "</td>" << num(m_lang.percent(row.accountShare))
                << num(money(phaseCost ? row.phaseCost : row.cost)) << "</tr>\n";
        out << "</table>\n";
        if (omitted > 0)
            out << "<p><i>"
                << render(MP_TR("report", "The largest %1 activities are shown; %2 more, costing %3 in all, are "
                                          "not printed. The CSV, JSON and Markdown summaries list every activity."),
                          {Arg::count(static_cast<double>(rows.size())), Arg::count(static_cast<double>(omitted)),
                           Arg::money(omittedCost, m_report.currency)})
                << "</i></p>\n";
    }

    void activitiesSection()
    {
        out << "<h2>" << html(MP_TR("report", "Activities by phase")) << "</h2>\n";
        for (const auto &phase : m_report.phases) {
            out << "<h3>"
                << render(MP_TR("report", "%1 (%2)"),
                          {Arg::plain(phase.mix.name),
                           Arg::nested(text::weekRange(m_report.startDate, phase.startWeek, phase.endWeek))})
                << "</h3>\n";
            if (phase.activities.empty())
                out << "<p>" << html(MP_TR("report", "No activities.")) << "</p>\n";
            else
                activityTable(phase.activities, true, phase.omittedActivities, phase.omittedCost);
        }
        if (!m_report.unscheduled.empty()) {
            out << "<h3>" << html(MP_TR("report", "Not in any phase")) << "</h3>\n";
            activityTable(m_report.unscheduled, false, m_report.omittedUnscheduled, m_report.omittedUnscheduledCost);
        }
    }

    void channelsAndClusters()
    {
        out << "<h2>" << html(MP_TR("report", "Channels")) << "</h2>\n<table>\n<tr>" << th(MP_TR("report", "Channel"))
            << th(MP_TR("report", "Platform")) << th(MP_TR("report", "Graph")) << th(MP_TR("report", "Account"))
            << thNum(MP_TR("report", "Followers")) << thNum(MP_TR("report", "Activities")) << "</tr>\n";
        for (const auto &channel : m_report.channels)
            out << "<tr><td>" << escapeHtml(channel.name) << "</td><td>" << escapeHtml(channel.platform)
                << "</td><td>" << escapeHtml(channel.graph) << "</td><td>"
                << (channel.hasAccount ? html(MP_TR("report", "yes")) : html(MP_TR("report", "no"))) << "</td>"
                << num(count(static_cast<double>(channel.followers))) << num(std::to_string(channel.activities))
                << "</tr>\n";
        out << "</table>\n";
        omittedRows(m_report.omittedChannels);
        out << "<h2>" << html(MP_TR("report", "Interest clusters")) << "</h2>\n<table>\n<tr>"
            << th(MP_TR("report", "Cluster")) << thNum(MP_TR("report", "People"))
            << th(MP_TR("report", "Keywords and tags")) << thNum(MP_TR("report", "Activities")) << "</tr>\n";
        for (const auto &cluster : m_report.clusters)
            out << "<tr><td>" << escapeHtml(cluster.name) << "</td>" << num(count(static_cast<double>(cluster.size)))
                << "<td>" << escapeHtml(join(cluster.keywords)) << "</td>" << num(std::to_string(cluster.activities))
                << "</tr>\n";
        out << "</table>\n";
        omittedRows(m_report.omittedClusters);
    }

    void omittedRows(std::size_t omitted)
    {
        if (omitted > 0)
            out << "<p><i>"
                << render(MP_TR("report", "%1 more rows are not printed; the CSV, JSON and Markdown summaries list "
                                          "them all."),
                          {Arg::count(static_cast<double>(omitted))})
                << "</i></p>\n";
    }

    void parameterSection()
    {
        out << "<h2>" << html(MP_TR("report", "Model parameters")) << "</h2>\n<p>"
            << html(MP_TR("report", "The numbers the score was computed with (resources/model-parameters.json)."))
            << "</p>\n<table>\n<tr>" << th(MP_TR("report", "Parameter")) << thNum(MP_TR("report", "Value"))
            << th(MP_TR("report", "Why")) << "</tr>\n";
        for (const ParameterEntry &entry : m_report.parameters)
            out << "<tr><td>" << escapeHtml(entry.path) << "</td>" << num(m_lang.decimal(entry.value, 4)) << "<td>"
                << escapeHtml(m_lang.term("parameters", entry.reason)) << "</td></tr>\n";
        out << "</table>\n";
    }

    const PlanReport &m_report;
    const text::Language &m_lang;
    bool m_print;
    std::ostringstream out;
};

} // namespace

std::string writeHtmlReport(const PlanReport &report)
{
    return HtmlBuilder(report, false).build();
}

std::string writePrintHtmlReport(const PlanReport &report)
{
    return HtmlBuilder(report, true).build();
}

} // namespace mixplanner::core
