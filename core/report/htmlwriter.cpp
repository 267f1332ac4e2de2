#include "core/report/reportwriters.h"

#include "core/report/svgcharts.h"
#include "core/text/escape.h"
#include "core/text/format.h"

#include <sstream>

namespace mixplanner::core {

namespace {

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
.todo::before { content: "\2192  What to do: "; font-weight: bold; }
.severity-error .points::after { content: "  (problem)"; font-weight: normal; }
.severity-warning .points::after { content: "  (warning)"; font-weight: normal; }
.severity-info .points::after { content: "  (note)"; font-weight: normal; }
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
    HtmlBuilder(const PlanReport &report, bool forPrint) : m_report(report), m_print(forPrint) {}

    std::string build()
    {
        const ScoreReport &score = m_report.score;
        if (m_print) {
            out << "<html><head><meta charset=\"utf-8\"><title>" << escapeHtml(m_report.title) << "</title></head><body>\n";
        } else {
            out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                << "<meta name=\"generator\" content=\"" << escapeHtml(m_report.generator) << "\">\n"
                << "<title>" << escapeHtml(m_report.title) << " - plan summary</title>\n" << kStyle << "</head>\n<body>\n";
        }
        out << "<h1>" << escapeHtml(m_report.title) << "</h1>\n";
        if (!m_report.owner.empty())
            out << "<p class=\"meta\">Owner: " << escapeHtml(m_report.owner) << "</p>\n";
        std::string purpose = m_report.purpose;
        if (!m_report.secondaryPurpose.empty())
            purpose += " + " + m_report.secondaryPurpose + " (" + text::percent(m_report.secondaryWeight) + ")";
        out << "<p class=\"meta\">Purpose: " << escapeHtml(purpose) << " &mdash; social media suitability "
            << text::percent(score.suitability) << "</p>\n";
        if (!m_report.notes.empty())
            out << "<blockquote>" << escapeHtml(m_report.notes) << "</blockquote>\n";

        if (m_print)
            out << "<h2>Score: " << text::decimal(score.total, 1) << " / 100</h2>\n";
        else
            out << "<h2>Score</h2>\n<p class=\"score\">" << text::decimal(score.total, 1) << " <small>of 100</small></p>\n";
        if (score.total < score.rawTotal)
            out << "<p>Capped at " << text::decimal(score.suitabilityCap, 1) << " (from " << text::decimal(score.rawTotal, 1)
                << ") because social media serves this purpose only in part.</p>\n";
        // The mix over time is the headline picture, so it comes first.
        chart("mix-chart", mixChartSvg(m_report), "Planned and recommended account share per phase");
        chart("components-chart", componentsChartSvg(m_report), "Score components");
        out << "<table>\n<tr><th>Component</th><th class=\"num\">Weight</th><th class=\"num\">Score</th></tr>\n";
        for (const ComponentScore &component : score.components)
            out << "<tr><td>" << componentName(component.id) << "</td>" << num(text::percent(component.weight))
                << num(text::decimal(component.score, 1)) << "</tr>\n";
        out << "</table>\n";

        brandSection();
        phaseSection();
        findingsSection();
        projectionSection();
        activitiesSection();
        channelsAndClusters();
        parameterSection();
        out << (m_print ? "<p>" : "<footer>") << "Generated by " << escapeHtml(m_report.generator)
            << (m_print ? "</p>" : "</footer>") << "\n</body>\n</html>\n";
        return out.str();
    }

private:
    static std::string num(const std::string &value)
    {
        return "<td class=\"num\" align=\"right\" style=\"white-space: nowrap\">" + value + "</td>";
    }

    void chart(const char *name, const std::string &svg, const char *alt)
    {
        if (m_print)
            // Sized to the printed text width (in points of an A4 or Letter page).
            out << "<p><img src=\"mixplanner:" << name << "\" alt=\"" << alt << "\" width=\"" << kPrintChartWidth
                << "\"></p>\n";
        else
            out << svg;
    }

    void brandSection()
    {
        const BrandStrength &brand = m_report.score.brandStrength;
        out << "<h2>Brand strength: " << text::decimal(brand.value, 1) << " / 100</h2>\n";
        if (brand.override)
            out << "<p>Set directly in the plan. The brand's figures would give:</p>\n";
        out << "<table>\n<tr><th>Input</th><th class=\"num\">Value</th><th class=\"num\">Score</th>"
               "<th class=\"num\">Weight</th><th class=\"num\">Points</th></tr>\n";
        for (const BrandStrengthPart &part : brand.parts) {
            const std::string value = part.id == "followerReach" ? text::wholeNumber(part.input) + " followers"
                                                                  : text::decimal(part.input, 1) + "%";
            out << "<tr><td>" << brandPartName(part.id) << "</td>" << num(value) << num(text::decimal(part.score, 1))
                << num(text::decimal(part.weight, 2)) << num(text::decimal(part.contribution, 1)) << "</tr>\n";
        }
        out << "</table>\n";
    }

    void phaseSection()
    {
        const ScoreReport &score = m_report.score;
        out << "<h2>Mix per phase</h2>\n<p>The account-driven share of each phase's cost, against the share "
               "recommended for the brand's power in that phase. A little-known brand should start with content "
               "and lean on its account as its following grows.</p>\n";
        out << "<table>\n<tr><th>Phase</th><th>Weeks</th><th class=\"num\">Cost</th><th class=\"num\">Brand power</th>"
               "<th class=\"num\">Planned</th><th class=\"num\">Recommended</th><th class=\"num\">Band</th>"
               "<th class=\"num\">Fit</th></tr>\n";
        for (const auto &phase : m_report.phases) {
            const PhaseMix &mix = phase.mix;
            out << "<tr><td>" << escapeHtml(mix.name) << "</td><td>" << phase.startWeek << "-" << phase.endWeek << "</td>"
                << num(text::money(mix.cost, m_report.currency)) << num(text::decimal(mix.brandPower, 0))
                << num(mix.planned ? text::percent(*mix.planned) : std::string("-")) << num(text::percent(mix.recommended))
                << num(text::percent(mix.low) + "-" + text::percent(mix.high)) << num(text::decimal(mix.fit, 0)) << "</tr>\n";
        }
        out << "<tr><th>Whole plan</th><td></td>" << num(text::money(score.totalCost, m_report.currency)) << "<td></td>"
            << num(score.overallPlanned ? text::percent(*score.overallPlanned) : std::string("-"))
            << "<td></td><td></td><td></td></tr>\n</table>\n";
    }

    void findingsSection()
    {
        const auto &findings = m_report.score.findings;
        out << "<h2>Findings</h2>\n";
        if (findings.empty()) {
            out << "<p>None: the plan balances its approaches well for this brand and purpose.</p>\n";
            return;
        }
        out << "<p>Every point the plan loses, with what to change.</p>\n<ol class=\"findings\">\n";
        for (const Finding &finding : findings) {
            out << "<li class=\"severity-" << severityId(finding.severity) << "\"><span class=\"points\">-"
                << text::fixed(finding.points, 1) << " points</span> <span class=\"code\">" << finding.code
                << "</span><br>" << escapeHtml(finding.message);
            if (m_print)
                out << "<br><i>What to do:</i> " << escapeHtml(finding.suggestion) << "</li>\n";
            else
                out << "<span class=\"todo\">" << escapeHtml(finding.suggestion) << "</span></li>\n";
        }
        out << "</ol>\n";
    }

    void projectionSection()
    {
        const Projection &projection = m_report.projection;
        out << "<h2>Projection</h2>\n<p>What the plan might do week by week, from the projection model: followers "
            << text::wholeNumber(projection.startFollowers) << " &rarr; " << text::wholeNumber(projection.endFollowers)
            << ", people reached " << text::wholeNumber(projection.contentReach + projection.accountReach) << " (content "
            << text::wholeNumber(projection.contentReach) << ", account " << text::wholeNumber(projection.accountReach)
            << "), engagements " << text::wholeNumber(projection.engagements) << ".</p>\n";
        chart("projection-chart", projectionChartSvg(m_report), "Projected followers and weekly reach");
        out << "<table>\n<tr><th class=\"num\">Week</th><th>Phase</th><th class=\"num\">Content reach</th>"
               "<th class=\"num\">Account reach</th><th class=\"num\">Engagements</th>"
               "<th class=\"num\">New followers</th><th class=\"num\">Followers</th></tr>\n";
        for (const ProjectedWeek &week : projection.weeks)
            out << "<tr>" << num(std::to_string(week.week)) << "<td>"
                << (week.phase >= 0 ? escapeHtml(m_report.phases[static_cast<std::size_t>(week.phase)].mix.name) : std::string("-"))
                << "</td>" << num(text::wholeNumber(week.contentReach)) << num(text::wholeNumber(week.accountReach))
                << num(text::wholeNumber(week.engagements)) << num(text::wholeNumber(week.newFollowers))
                << num(text::wholeNumber(week.followers)) << "</tr>\n";
        out << "</table>\n";
    }

    void activityTable(const std::vector<PlanReport::ActivityRow> &rows, bool phaseCost)
    {
        out << "<table>\n<tr><th>Activity</th><th>Channel</th><th>Type</th><th class=\"num\">Account share</th>"
               "<th class=\"num\">" << (phaseCost ? "Cost in phase" : "Cost") << "</th></tr>\n";
        for (const auto &row : rows)
            out << "<tr><td>" << escapeHtml(row.name) << "</td><td>" << escapeHtml(row.channel) << "</td><td>"
                << escapeHtml(row.type) << "</td>" << num(text::percent(row.accountShare))
                << num(text::money(phaseCost ? row.phaseCost : row.cost, m_report.currency)) << "</tr>\n";
        out << "</table>\n";
    }

    void activitiesSection()
    {
        out << "<h2>Activities by phase</h2>\n";
        for (const auto &phase : m_report.phases) {
            out << "<h3>" << escapeHtml(phase.mix.name) << " (weeks " << phase.startWeek << "-" << phase.endWeek << ")</h3>\n";
            if (phase.activities.empty())
                out << "<p>No activities.</p>\n";
            else
                activityTable(phase.activities, true);
        }
        if (!m_report.unscheduled.empty()) {
            out << "<h3>Not in any phase</h3>\n";
            activityTable(m_report.unscheduled, false);
        }
    }

    void channelsAndClusters()
    {
        out << "<h2>Channels</h2>\n<table>\n<tr><th>Channel</th><th>Platform</th><th>Graph</th><th>Account</th>"
               "<th class=\"num\">Followers</th><th class=\"num\">Activities</th></tr>\n";
        for (const auto &channel : m_report.channels)
            out << "<tr><td>" << escapeHtml(channel.name) << "</td><td>" << escapeHtml(channel.platform) << "</td><td>"
                << channel.graph << "</td><td>" << (channel.hasAccount ? "yes" : "no") << "</td>"
                << num(text::wholeNumber(static_cast<double>(channel.followers))) << num(std::to_string(channel.activities))
                << "</tr>\n";
        out << "</table>\n<h2>Interest clusters</h2>\n<table>\n<tr><th>Cluster</th><th class=\"num\">People</th>"
               "<th>Keywords and tags</th><th class=\"num\">Activities</th></tr>\n";
        for (const auto &cluster : m_report.clusters)
            out << "<tr><td>" << escapeHtml(cluster.name) << "</td>" << num(text::wholeNumber(static_cast<double>(cluster.size)))
                << "<td>" << escapeHtml(join(cluster.keywords)) << "</td>" << num(std::to_string(cluster.activities)) << "</tr>\n";
        out << "</table>\n";
    }

    void parameterSection()
    {
        out << "<h2>Model parameters</h2>\n<p>The numbers the score was computed with "
               "(resources/model-parameters.json).</p>\n<table>\n<tr><th>Parameter</th><th class=\"num\">Value</th>"
               "<th>Why</th></tr>\n";
        for (const ParameterEntry &entry : m_report.parameters)
            out << "<tr><td>" << escapeHtml(entry.path) << "</td>" << num(text::decimal(entry.value, 4)) << "<td>"
                << escapeHtml(entry.reason) << "</td></tr>\n";
        out << "</table>\n";
    }

    const PlanReport &m_report;
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
