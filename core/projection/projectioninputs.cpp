// Gathers what the weekly projection needs from a plan, in one pass over the
// activities: phase costs and shares, the people content aims at (grouped
// into pools), targeting, engagement rates and the brand's power today.
#include "core/projection/projection.h"

#include "core/model/idindex.h"
#include "core/scoring/brandstrength.h"
#include "core/scoring/creatorwork.h"
#include "core/scoring/plancosts.h"
#include "core/scoring/targeting.h"

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

// Engagements per person reached on a platform when the brand gives no rate
// of its own: the published median where one exists, a prior otherwise.
double platformEngagement(const std::string &platform, const ModelParameters &parameters)
{
    const auto &e = parameters.platformEngagement;
    if (platform == "tiktok") return e.tiktok;
    if (platform == "instagram") return e.instagram;
    if (platform == "facebook") return e.facebook;
    if (platform == "x") return e.x;
    return e.other;
}

} // namespace

ProjectionInputs projectionInputs(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
{
    const auto &cr = parameters.contentReadiness;
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

    // What the phases need of each activity is gathered in the pass that
    // computes the costs: summing a phase then reads compact records, not
    // the large Activity records (and their cluster lists) once per phase.
    struct ActivityFacts {
        double accountShare = 0;
        double readinessWeight = 0;     // clusters, tags and format weights it has
        double engagement = 0;          // per person reached, when the brand gives no rate
        bool influencer = false;
        std::uint32_t firstCluster = 0; // its clusters' positions in clusterPositions
        std::uint32_t clusterCount = 0;
    };
    const IdIndex clusterIndex(plan.clusters);
    const IdIndex channelIndex(plan.channels);
    std::vector<ActivityFacts> facts;
    facts.reserve(plan.activities.size());
    std::vector<std::uint32_t> clusterPositions;
    const PlanCosts costs = computePlanCosts(plan, [&](std::size_t, const Activity &activity) {
        ActivityFacts &fact = facts.emplace_back();
        fact.accountShare = activity.accountShare;
        fact.influencer = reachesThroughCreators(activity, catalogue);
        const std::size_t channel = channelIndex.find(activity.channel);
        fact.engagement = platformEngagement(channel != IdIndex::kNotFound ? plan.channels[channel].platform : "",
                                             parameters);
        fact.firstCluster = static_cast<std::uint32_t>(clusterPositions.size());
        bool peopleInClusters = false;
        for (const std::string &id : activity.clusters)
            if (const std::size_t found = clusterIndex.find(id); found != IdIndex::kNotFound) {
                clusterPositions.push_back(static_cast<std::uint32_t>(found));   // unknown ids reach nobody
                peopleInClusters |= plan.clusters[found].size > 0;
            }
        fact.clusterCount = static_cast<std::uint32_t>(clusterPositions.size()) - fact.firstCluster;
        // The same measure as the score's content readiness: filler counts for nothing.
        fact.readinessWeight = (peopleInClusters ? cr.clustersWeight : 0)
                               + (anyInformativeLabel(activity.tags) ? cr.tagsWeight : 0)
                               + (anyInformativeLabel(activity.formats) ? cr.formatsWeight : 0);
    });
    inputs.firstWeek = plan.phases.empty() ? 1 : plan.phases.front().startWeek;
    inputs.lastWeek = plan.phases.empty() ? 0 : plan.phases.back().endWeek();

    // Which phases aim content at each cluster (and whether a phase aims at
    // none, so it falls back to the untargeted part of the audience).
    std::vector<std::vector<std::uint32_t>> clusterPhases(plan.clusters.size());
    std::vector<std::uint32_t> untargetedPhases;
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
        double accountCost = 0, influencerCost = 0, contentCost = 0, readiness = 0;
        double accountEngagement = 0, contentEngagement = 0;
        const auto phase = static_cast<std::uint32_t>(p);
        for (const PlanCosts::Slice &slice : costs.phaseSlices[p]) {
            const ActivityFacts &activity = facts[slice.activity];
            const double account = slice.cost * activity.accountShare;
            const double content = slice.cost - account;
            accountCost += account;
            if (activity.influencer)
                influencerCost += account;
            contentCost += content;
            readiness += content * activity.readinessWeight;
            accountEngagement += account * activity.engagement;
            contentEngagement += content * activity.engagement;
            if (content > 0) {
                // Each cluster counts once per phase, however many activities aim at it.
                for (std::uint32_t k = 0; k < activity.clusterCount; ++k) {
                    std::vector<std::uint32_t> &phases = clusterPhases[clusterPositions[activity.firstCluster + k]];
                    if (phases.empty() || phases.back() != phase)
                        phases.push_back(phase);
                }
            }
        }
        drivers.influencerShare = accountCost > 0 ? influencerCost / accountCost : 0.0;
        drivers.targeting = contentCost > 0 ? std::clamp(readiness / contentCost, 0.0, 1.0) : 1.0;
        // The brand's own rate wherever it gives one; otherwise the platforms'
        // medians, weighted by where the money goes.
        const double otherRate = parameters.platformEngagement.other;
        drivers.accountEngagement = typedEngagement > 0 ? typedEngagement
                                    : accountCost > 0 ? accountEngagement / accountCost
                                                      : otherRate;
        drivers.contentEngagement = parameters.projection.contentEngagementFactor
                                    * (typedEngagement > 0 ? typedEngagement
                                       : contentCost > 0 ? contentEngagement / contentCost
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
