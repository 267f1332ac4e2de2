// The shared working state of one score: findings added by the components,
// the references of findings about many activities, and the facts gathered
// about each activity in the costs pass.
#include "core/scoring/scoringcontext.h"

#include "core/text/message.h"

#include <algorithm>
#include <numeric>

namespace mixplanner::core {

namespace scoring {

text::Arg Context::money(double amount) const
{
    return text::Arg::money(amount, plan.currency);
}

void Context::addFinding(const char *code, Severity severity, const char *component, double points,
                         text::Message message, text::Message suggestion, std::vector<FindingRef> refs)
{
    report.findings.push_back(Finding{code, severity, component, points, std::move(message),
                                      std::move(suggestion), std::move(refs)});
}

void Context::addFindingAboutActivities(const char *code, Severity severity, const char *component, double points,
                                        text::Message message, text::Message suggestion,
                                        std::vector<std::size_t> activities)
{
    addFinding(code, severity, component, points, std::move(message), std::move(suggestion), {});
    if (!std::is_sorted(activities.begin(), activities.end()))
        std::sort(activities.begin(), activities.end());
    pendingActivityRefs.push_back({report.findings.size() - 1, std::move(activities)});
}

void Context::resolveActivityRefs()
{
    // Each list is in plan order, so the lists are walked together, taking
    // the next activity any of them names: every activity is visited once,
    // in memory order.
    struct Walk {
        const std::size_t *next;
        const std::size_t *end;
        std::vector<FindingRef> *refs;
    };
    std::vector<Walk> walks;
    walks.reserve(pendingActivityRefs.size());
    for (PendingActivityRefs &pending : pendingActivityRefs) {
        std::vector<FindingRef> &refs = report.findings[pending.finding].refs;
        refs.reserve(refs.size() + pending.activities.size());
        if (!pending.activities.empty())
            walks.push_back({pending.activities.data(), pending.activities.data() + pending.activities.size(), &refs});
    }
    while (!walks.empty()) {
        std::size_t activity = *walks.front().next;
        for (const Walk &walk : walks)
            activity = std::min(activity, *walk.next);
        const std::string &id = plan.activities[activity].id;
        for (Walk &walk : walks) {
            if (*walk.next == activity) {
                walk.refs->push_back(FindingRef{RefKind::Activity, id});
                ++walk.next;
            }
        }
        std::erase_if(walks, [](const Walk &walk) { return walk.next == walk.end; });
    }
    pendingActivityRefs.clear();
}

std::vector<Context::ActivityFacts> componentFacts(const Plan &plan, const Catalogue &catalogue,
                                                   const ActivityFacts &facts)
{
    const PlatformInfo *other = catalogue.platform("other");
    std::vector<const PlatformInfo *> platformOfChannel;
    for (const Channel &channel : plan.channels) {
        const PlatformInfo *platform = catalogue.platform(channel.platform);
        platformOfChannel.push_back(platform ? platform : other);
    }
    std::vector<Context::ActivityFacts> result(facts.facts().size());
    for (std::size_t a = 0; a < result.size(); ++a) {
        const ActivityFact &fact = facts.facts()[a];
        Context::ActivityFacts &out = result[a];
        out.platform = other;
        if (fact.channel >= 0) {
            out.channel = &plan.channels[static_cast<std::size_t>(fact.channel)];
            out.platform = platformOfChannel[static_cast<std::size_t>(fact.channel)];
        }
        out.accountShare = fact.accountShare;
        out.hasClusters = fact.peopleInClusters;
        out.hasTags = fact.hasTags;
        out.hasFormats = fact.hasFormats;
        out.influencer = fact.influencer;
    }
    return result;
}

void Context::addActivityFindings(const std::vector<ActivityCandidate> &candidates, const char *code, Severity severity,
                                  const char *component,
                                  const std::function<ExplainedFinding(const ActivityCandidate &)> &explain,
                                  const std::function<ExplainedFinding(std::size_t count, double points)> &rest)
{
    if (candidates.empty())
        return;
    // Costliest first; among equals, plan order.
    const auto costlier = [](const ActivityCandidate &a, const ActivityCandidate &b) {
        const double rankA = a.rank < 0 ? a.points : a.rank;
        const double rankB = b.rank < 0 ? b.points : b.rank;
        return rankA != rankB ? rankA > rankB : a.activity < b.activity;
    };
    // The listed ones are picked through indexes, leaving the candidates in
    // the order they came (plan order): the folded finding then names its
    // activities in plan order, and its points add up in a fixed order.
    const std::size_t listed = std::min(candidates.size(),
                                        static_cast<std::size_t>(parameters.findings.listedPerCode));
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(listed), order.end(),
                      [&](std::size_t a, std::size_t b) { return costlier(candidates[a], candidates[b]); });
    for (std::size_t i = 0; i < listed; ++i) {
        ExplainedFinding finding = explain(candidates[order[i]]);
        addFinding(code, severity, component, candidates[order[i]].points, std::move(finding.message),
                   std::move(finding.suggestion), std::move(finding.refs));
    }
    if (candidates.size() == listed)
        return;
    std::vector<bool> isListed(candidates.size(), false);
    for (std::size_t i = 0; i < listed; ++i)
        isListed[order[i]] = true;
    double points = 0;
    std::vector<std::size_t> foldedActivities;
    foldedActivities.reserve(candidates.size() - listed);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (isListed[i])
            continue;
        points += candidates[i].points;
        foldedActivities.push_back(candidates[i].activity);
    }
    const std::size_t count = candidates.size() - listed;
    ExplainedFinding folded =
        rest ? rest(count, points)
             : ExplainedFinding{text::message(MP_TR("findings", "%1 more activities have the same problem as those "
                                                                "above; together they cost %2 points."),
                                              {text::Arg::count(static_cast<double>(count)),
                                               text::Arg::decimal(points, 1)}),
                                text::message(MP_TR("findings", "The same change helps each of them; the findings "
                                                                "above show what to do, largest first.")),
                                {}};
    addFindingAboutActivities(code, severity, component, points, std::move(folded.message),
                              std::move(folded.suggestion), std::move(foldedActivities));
}

} // namespace scoring

} // namespace mixplanner::core
