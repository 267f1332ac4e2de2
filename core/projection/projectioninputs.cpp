// Gathers what the weekly projection needs from a plan, in one pass over the
// activities: phase costs and shares, the people content aims at (grouped
// into pools), targeting, engagement rates and the brand's power today.
#include "core/projection/projection.h"

#include "core/scoring/brandstrength.h"
#include "core/scoring/plancosts.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace mixplanner::core {

namespace {

// Plan money in US dollars, so the spend curves have one scale.
double unitsPerUsd(const std::string &currency, const ModelParameters &parameters, bool *known)
{
    const auto &p = parameters.projection;
    *known = true;
    if (currency == "USD") return 1.0;
    if (currency == "JPY") return p.jpyPerUsd;
    if (currency == "EUR") return p.eurPerUsd;
    if (currency == "GBP") return p.gbpPerUsd;
    if (currency == "KRW") return p.krwPerUsd;
    if (currency == "TWD") return p.twdPerUsd;
    if (currency == "CNY") return p.cnyPerUsd;
    if (currency == "AUD") return p.audPerUsd;
    if (currency == "CAD") return p.cadPerUsd;
    *known = false;
    return 1.0;
}

} // namespace

ProjectionInputs projectionInputs(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
{
    ActivityFacts facts(plan, catalogue, parameters);
    const PlanCosts costs = computePlanCosts(
        plan, [&](std::size_t index, const Activity &activity) { facts.visit(index, activity); },
        PhaseSlices::NotNeeded, [&](std::size_t activity, std::size_t phase, double cost) { facts.slice(activity, phase, cost); });
    return projectionInputs(plan, costs, facts, catalogue, parameters);
}

ProjectionInputs projectionInputs(const Plan &plan, const PlanCosts &costs, const ActivityFacts &activityFacts,
                                  const Catalogue &catalogue, const ModelParameters &parameters)
{
    ProjectionInputs inputs;
    const double perUsd = unitsPerUsd(plan.currency, parameters, &inputs.currencyKnown);
    inputs.startFollowers = static_cast<double>(std::max<std::int64_t>(0, plan.brand.followers));
    inputs.favorability = plan.brand.favorability;
    inputs.audienceSize = static_cast<double>(std::max<std::int64_t>(0, plan.brand.audienceSize));
    const BrandStrength strength = computeBrandStrength(plan.brand, parameters);
    inputs.brandStrength = strength.value;
    for (const BrandStrengthPart &part : strength.parts)
        if (part.id == "followerReach")
            inputs.followerPowerWeight = part.weight;
        else if (part.id == "awareness")
            inputs.awarenessPowerWeight = part.weight;
    inputs.awareness = std::clamp(plan.brand.awareness, 0.0, 100.0);
    inputs.followerScoreToday = followerReachScore(inputs.startFollowers, inputs.audienceSize, parameters);
    if (const PurposeInfo *primary = catalogue.purpose(plan.purpose.primary)) {
        inputs.reachValue = primary->reachValue;
        inputs.engagementValue = primary->engagementValue;
        inputs.followerValue = primary->followerValue;
        const PurposeInfo *secondary = catalogue.purpose(plan.purpose.secondary);
        const double w = secondary ? std::clamp(plan.purpose.secondaryWeight, 0.0, 1.0) : 0.0;
        if (w > 0) {
            inputs.reachValue = (1 - w) * primary->reachValue + w * secondary->reachValue;
            inputs.engagementValue = (1 - w) * primary->engagementValue + w * secondary->engagementValue;
            inputs.followerValue = (1 - w) * primary->followerValue + w * secondary->followerValue;
        }
    }
    const double typedEngagement = std::clamp(plan.brand.engagementRate, 0.0, 100.0) / 100.0;
    inputs.firstWeek = plan.phases.empty() ? 1 : plan.phases.front().startWeek;
    inputs.lastWeek = plan.phases.empty() ? 0 : plan.phases.back().endWeek();

    // Which phases aim content at each cluster (a phase that aims at none
    // falls back to the untargeted part of the audience).
    const std::vector<std::vector<std::uint32_t>> clusterPhases = activityFacts.clusterPhases();
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        PhaseDrivers drivers;
        drivers.id = plan.phases[p].id;
        drivers.name = plan.phases[p].name;
        drivers.startWeek = plan.phases[p].startWeek;
        drivers.weeks = plan.phases[p].weeks;
        drivers.costUsd = costs.phaseCost[p] / perUsd;
        drivers.costed = costs.phaseCost[p] > 0;
        if (drivers.costed)
            drivers.accountShare = costs.phaseAccountCost[p] / costs.phaseCost[p];
        const PhaseSums &sums = activityFacts.phaseSums()[p];
        const double accountCost = sums.accountCost, contentCost = sums.contentCost;
        drivers.influencerShare = accountCost > 0 ? sums.influencerCost / accountCost : 0.0;
        drivers.targeting = contentCost > 0 ? std::clamp(sums.readiness / contentCost, 0.0, 1.0) : 1.0;
        // The brand's own rate wherever it gives one; otherwise the platforms'
        // medians, weighted by where the money goes.
        const double otherRate = parameters.platformEngagement.other;
        drivers.accountEngagement = typedEngagement > 0 ? typedEngagement
                                    : accountCost > 0 ? sums.accountEngagement / accountCost
                                                      : otherRate;
        drivers.contentEngagement = parameters.projection.contentEngagementFactor
                                    * (typedEngagement > 0 ? typedEngagement
                                       : contentCost > 0 ? sums.contentEngagement / contentCost
                                                         : otherRate);
        inputs.phases.push_back(std::move(drivers));
    }

    // Clusters aimed at by the same phases form one pool.
    std::map<std::vector<std::uint32_t>, std::uint32_t> poolOf;
    for (std::size_t c = 0; c < plan.clusters.size(); ++c) {
        const double size = static_cast<double>(std::max<std::int64_t>(0, plan.clusters[c].size));
        if (clusterPhases[c].empty() || size <= 0)
            continue;
        const auto [it, added] = poolOf.try_emplace(clusterPhases[c], static_cast<std::uint32_t>(inputs.pools.size()));
        if (added) {
            inputs.pools.push_back(0.0);
            for (const std::uint32_t p : clusterPhases[c])
                inputs.phases[p].pools.push_back(it->second);
        }
        inputs.pools[it->second] += size;
    }
    double clusterPeople = 0;
    for (const double size : inputs.pools)
        clusterPeople += size;
    std::uint32_t untargetedPool = UINT32_MAX;
    for (PhaseDrivers &drivers : inputs.phases) {
        for (const std::uint32_t pool : drivers.pools)
            drivers.contentAudience += inputs.pools[pool];
        if (drivers.contentAudience > 0)
            continue;
        // Content without clusters is shown to a small slice of the brand's
        // audience, the same slice in every such phase.
        if (untargetedPool == UINT32_MAX) {
            untargetedPool = static_cast<std::uint32_t>(inputs.pools.size());
            inputs.pools.push_back(inputs.audienceSize * parameters.projection.untargetedAudienceShare);
        }
        drivers.pools.push_back(untargetedPool);
        drivers.contentAudience = inputs.pools[untargetedPool];
    }
    // Shares of the account's posts travel among the brand's audience; without
    // one, among the people the plan aims at.
    inputs.sharePool = std::max({inputs.audienceSize, clusterPeople, inputs.startFollowers});
    return inputs;
}

Projection projectPlan(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
{
    return project(projectionInputs(plan, catalogue, parameters), parameters);
}

} // namespace mixplanner::core
