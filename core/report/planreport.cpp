#include "core/report/planreport.h"

#include "core/scoring/plancosts.h"

#include <algorithm>
#include <unordered_map>

#ifndef MIXPLANNER_VERSION
#define MIXPLANNER_VERSION "dev"
#endif

namespace mixplanner::core {

text::Source componentName(const std::string &id)
{
    if (id == "mixFit") return MP_TR("components", "Mix fit");
    if (id == "trajectory") return MP_TR("components", "Trajectory");
    if (id == "channelFit") return MP_TR("components", "Channel fit");
    if (id == "contentReadiness") return MP_TR("components", "Content readiness");
    if (id == "accountReadiness") return MP_TR("components", "Account readiness");
    return MP_TR("components", "Other");
}

text::Source brandPartName(const std::string &id)
{
    if (id == "awareness") return MP_TR("components", "Awareness");
    if (id == "favorability") return MP_TR("components", "Favourability");
    if (id == "followerReach") return MP_TR("components", "Follower reach");
    if (id == "engagement") return MP_TR("components", "Engagement");
    return MP_TR("components", "Other");
}

text::Source socialGraphName(SocialGraph graph)
{
    switch (graph) {
    case SocialGraph::Social: return MP_TR("components", "social");
    case SocialGraph::Interest: return MP_TR("components", "interest");
    case SocialGraph::Search: return MP_TR("components", "search");
    case SocialGraph::Mixed: break;
    }
    return MP_TR("components", "mixed");
}

using text::Arg;

text::Message scheduleLine(const PlanReport &report)
{
    if (!report.startDate || report.phases.empty())
        return {};
    int first = report.phases.front().startWeek;
    int last = report.phases.front().endWeek;
    for (const auto &phase : report.phases) {
        first = std::min(first, phase.startWeek);
        last = std::max(last, phase.endWeek);
    }
    const CalendarDate &start = *report.startDate;
    return text::message(MP_TR("report", "Runs from %1 to %2 (%3 weeks)"),
                         {Arg::date(daysSinceEpoch(weekStart(start, first)), true),
                          Arg::date(daysSinceEpoch(weekEnd(start, last)), true), Arg::count(last - first + 1)});
}

text::Message budgetLine(const PlanReport &report)
{
    const BudgetUse &budget = report.score.budget;
    if (!budget.cap)
        return {};
    const auto money = [&report](double amount) { return Arg::money(amount, report.currency); };
    if (budget.overCap())
        return text::message(MP_TR("report", "Budget cap %1: %2 committed, %3 over"),
                             {money(*budget.cap), money(budget.committed()), money(-budget.remaining())});
    return text::message(MP_TR("report", "Budget cap %1: %2 committed, %3 left"),
                         {money(*budget.cap), money(budget.committed()), money(budget.remaining())});
}

PlanReport buildPlanReport(const Plan &plan, const ScoreReport &score, const Catalogue &catalogue,
                           const ModelParameters &parameters, const text::Language &language)
{
    PlanReport report;
    report.language = &language;
    const auto translated = [&](const std::string &english) { return language.term("catalogue", english); };
    report.title = plan.title.empty() ? language.words(MP_TR("report", "Untitled plan")) : plan.title;
    report.owner = plan.owner;
    report.notes = plan.notes;
    report.currency = plan.currency;
    report.hourlyRate = plan.hourlyRate;
    report.startDate = planStart(plan.startDate);
    if (const PurposeInfo *purpose = catalogue.purpose(plan.purpose.primary)) {
        report.purpose = translated(purpose->name);
        report.purposeReason = translated(purpose->reason);
    }
    if (const PurposeInfo *secondary = catalogue.purpose(plan.purpose.secondary);
        secondary && plan.purpose.secondaryWeight > 0) {
        report.secondaryPurpose = translated(secondary->name);
        report.secondaryWeight = plan.purpose.secondaryWeight;
    }
    report.score = score;
    report.projection = projectPlan(plan, catalogue, parameters);
    report.parameters = parameters.entries;
    report.generator = std::string("MixPlanner ") + MIXPLANNER_VERSION;

    std::unordered_map<std::string, const Channel *> channels;
    for (const Channel &channel : plan.channels)
        channels.emplace(channel.id, &channel);
    std::unordered_map<std::string, std::string> phaseNames, clusterNames;
    for (const Phase &phase : plan.phases)
        phaseNames.emplace(phase.id, phase.name);
    for (const Cluster &cluster : plan.clusters)
        clusterNames.emplace(cluster.id, cluster.name);
    const auto names = [](const std::vector<std::string> &ids, const auto &lookup) {
        std::vector<std::string> result;
        for (const std::string &id : ids) {
            const auto found = lookup.find(id);
            result.push_back(found == lookup.end() ? id : found->second);
        }
        return result;
    };

    const PlanCosts costs = computePlanCosts(plan);
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        const Activity &activity = plan.activities[a];
        PlanReport::ActivityRow row;
        row.id = activity.id;
        row.name = activity.name;
        const auto channel = channels.find(activity.channel);
        if (channel != channels.end()) {
            row.channel = channel->second->name.empty() ? channel->second->id : channel->second->name;
            const PlatformInfo *platform = catalogue.platform(channel->second->platform);
            row.platform = platform ? translated(platform->name) : channel->second->platform;
        } else {
            row.channel = activity.channel;
        }
        const ActivityTypeInfo *type = catalogue.activityType(activity.type);
        row.type = type ? translated(type->name) : activity.type;
        row.typeId = activity.type;
        row.accountShare = activity.accountShare;
        row.budget = activity.budget;
        row.hours = activity.hours;
        row.cost = costs.activityCost[a];
        row.phaseCost = row.cost;
        row.phases = names(activity.phases, phaseNames);
        row.clusters = names(activity.clusters, clusterNames);
        row.tags = activity.tags;
        row.formats = activity.formats;
        row.influencer = activity.influencer;
        row.paidSupport = activity.paidSupport;
        row.notes = activity.notes;
        for (const std::string &id : activity.phases)
            if (const Phase *phase = plan.findPhase(id)) {
                row.firstWeek = row.firstWeek == 0 ? phase->startWeek : std::min(row.firstWeek, phase->startWeek);
                row.lastWeek = std::max(row.lastWeek, phase->endWeek());
            }
        report.activities.push_back(row);
        if (!costs.scheduled[a])
            report.unscheduled.push_back(row);
    }

    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        PlanReport::PhaseSection section;
        section.mix = score.phases.at(p);
        section.startWeek = plan.phases[p].startWeek;
        section.endWeek = plan.phases[p].endWeek();
        section.followerMilestone = plan.phases[p].followerMilestone;
        for (const PlanCosts::Slice &slice : costs.phaseSlices[p]) {
            PlanReport::ActivityRow row = report.activities[slice.activity];
            row.phaseCost = slice.cost;
            section.activities.push_back(std::move(row));
        }
        report.phases.push_back(std::move(section));
    }

    for (const Channel &channel : plan.channels) {
        PlanReport::ChannelRow row;
        row.name = channel.name.empty() ? channel.id : channel.name;
        if (const PlatformInfo *platform = catalogue.platform(channel.platform)) {
            row.platform = translated(platform->name);
            row.graph = language.words(socialGraphName(platform->graph));
        }
        row.hasAccount = channel.hasAccount;
        row.followers = channel.followers;
        row.activities = static_cast<int>(std::count_if(plan.activities.begin(), plan.activities.end(),
                                                        [&](const Activity &a) { return a.channel == channel.id; }));
        report.channels.push_back(std::move(row));
    }
    report.costs = costBreakdown(plan);
    for (std::size_t c = 0; c < plan.channels.size() && c < report.costs.channels.size(); ++c)
        if (!report.channels[c].platform.empty())
            report.costs.channels[c].name = language.render(text::message(
                MP_TR("report", "%1 (%2)"),
                {text::Arg::plain(report.channels[c].name), text::Arg::plain(report.channels[c].platform)}));
    for (const Cluster &cluster : plan.clusters) {
        PlanReport::ClusterRow row;
        row.name = cluster.name;
        row.size = cluster.size;
        row.keywords = cluster.keywords;
        row.activities = static_cast<int>(std::count_if(plan.activities.begin(), plan.activities.end(), [&](const Activity &a) {
            return std::find(a.clusters.begin(), a.clusters.end(), cluster.id) != a.clusters.end();
        }));
        report.clusters.push_back(std::move(row));
    }
    return report;
}

} // namespace mixplanner::core
