#include "core/report/printedreport.h"

#include "core/text/utf8.h"

#include <algorithm>
#include <numeric>

namespace mixplanner::core {

namespace {

void cut(std::string &text, std::size_t maxCharacters = PrintLimits::kMaxTextCharacters)
{
    if (text.size() > maxCharacters)   // bytes >= characters: only long texts need the walk
        text = text::excerpt(text, maxCharacters);
}

void cut(std::vector<std::string> &texts)
{
    for (std::string &text : texts)
        cut(text);
}

void cut(PlanReport::ActivityRow &row)
{
    cut(row.name);
    cut(row.channel);
    cut(row.platform);
    cut(row.type);
    cut(row.phases);
    cut(row.clusters);
    cut(row.tags);
    cut(row.formats);
    cut(row.notes);
}

// Keeps the `keep` rows with the largest cost, in their order; returns the
// cost of the rest.
double keepLargest(std::vector<PlanReport::ActivityRow> &rows, std::size_t keep, bool phaseCost)
{
    if (rows.size() <= keep)
        return 0;
    const auto costOf = [&](const PlanReport::ActivityRow &row) { return phaseCost ? row.phaseCost : row.cost; };
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
                     [&](std::size_t a, std::size_t b) {
                         return costOf(rows[a]) != costOf(rows[b]) ? costOf(rows[a]) > costOf(rows[b]) : a < b;
                     });
    std::vector<bool> kept(rows.size(), false);
    for (std::size_t i = 0; i < keep; ++i)
        kept[order[i]] = true;
    std::vector<PlanReport::ActivityRow> shown;
    shown.reserve(keep);
    double omitted = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (kept[i])
            shown.push_back(std::move(rows[i]));
        else
            omitted += costOf(rows[i]);
    }
    rows = std::move(shown);
    return omitted;
}

template <typename Row>
std::size_t keepFirst(std::vector<Row> &rows, std::size_t keep)
{
    if (rows.size() <= keep)
        return 0;
    const std::size_t omitted = rows.size() - keep;
    rows.resize(keep);
    return omitted;
}

} // namespace

PlanReport condenseForPrint(PlanReport report)
{
    cut(report.title);
    cut(report.owner);
    cut(report.notes, PrintLimits::kMaxNotesCharacters);
    cut(report.purpose);
    cut(report.secondaryPurpose);

    std::size_t sections = report.unscheduled.empty() ? 0 : 1;
    for (const auto &phase : report.phases)
        sections += phase.activities.empty() ? 0 : 1;
    const std::size_t perSection =
        std::max(PrintLimits::kMinRowsPerPhase, PrintLimits::kMaxActivityRows / std::max<std::size_t>(sections, 1));
    for (auto &phase : report.phases) {
        cut(phase.mix.name);
        const std::size_t before = phase.activities.size();
        phase.omittedCost = keepLargest(phase.activities, perSection, true);
        phase.omittedActivities = before - phase.activities.size();
        for (auto &row : phase.activities)
            cut(row);
    }
    for (auto &mix : report.score.phases)
        cut(mix.name);
    const std::size_t unscheduled = report.unscheduled.size();
    report.omittedUnscheduledCost = keepLargest(report.unscheduled, perSection, false);
    report.omittedUnscheduled = unscheduled - report.unscheduled.size();
    for (auto &row : report.unscheduled)
        cut(row);
    // The whole list is only for the text exports; print shows it by phase.
    report.activities.clear();

    report.omittedChannels = keepFirst(report.channels, PrintLimits::kMaxTableRows);
    for (auto &channel : report.channels) {
        cut(channel.name);
        cut(channel.platform);
    }
    // The cost by channel lists the same channels, so the same ones are left out.
    keepFirst(report.costs.channels, PrintLimits::kMaxTableRows);
    for (auto &row : report.costs.channels)
        cut(row.name);
    for (auto &row : report.costs.phases)
        cut(row.name);
    report.omittedClusters = keepFirst(report.clusters, PrintLimits::kMaxTableRows);
    for (auto &cluster : report.clusters) {
        cut(cluster.name);
        cut(cluster.keywords);
    }

    // Findings come largest first; what is left out is named with its points.
    auto &findings = report.score.findings;
    if (findings.size() > PrintLimits::kMaxFindings) {
        for (std::size_t i = PrintLimits::kMaxFindings; i < findings.size(); ++i)
            report.omittedFindingPoints += findings[i].points;
        report.omittedFindings = findings.size() - PrintLimits::kMaxFindings;
        findings.resize(PrintLimits::kMaxFindings);
    }
    for (Finding &finding : findings) {
        text::shortenQuotes(finding.message, PrintLimits::kMaxTextCharacters);
        text::shortenQuotes(finding.suggestion, PrintLimits::kMaxTextCharacters);
        finding.refs.clear();   // print shows no links; a folded finding has thousands
    }
    return report;
}

} // namespace mixplanner::core
