#include "core/projection/projection.h"

#include "core/model/idindex.h"
#include "core/scoring/creatorwork.h"
#include "core/scoring/plancosts.h"
#include "core/scoring/targeting.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

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

double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

} // namespace

double hill(double x, double half, double shape)
{
    if (!(x > 0) || !(half > 0))
        return 0.0;
    // Written as 1 / (1 + (h/x)^s) so huge spends saturate instead of overflowing.
    return 1.0 / (1.0 + std::pow(half / x, shape));
}

double organicReachRate(double followers, const ModelParameters &parameters)
{
    // Three bands of a published study (small, middle, large pages), each
    // rate taken at its band: the small one up to its upper bound, the middle
    // one at the middle of its band on a log scale, the large one from its
    // lower bound; log-linear between, so no follower count is a cliff.
    const auto &p = parameters.projection;
    if (followers <= p.organicReachSmallUpTo)
        return p.organicReachSmall;
    if (followers >= p.organicReachLargeFrom)
        return p.organicReachLarge;
    const double middle = std::sqrt(p.organicReachSmallUpTo * p.organicReachLargeFrom);
    if (followers <= middle) {
        const double t = std::log(followers / p.organicReachSmallUpTo) / std::log(middle / p.organicReachSmallUpTo);
        return p.organicReachSmall + (p.organicReachMiddle - p.organicReachSmall) * t;
    }
    const double t = std::log(followers / middle) / std::log(p.organicReachLargeFrom / middle);
    return p.organicReachMiddle + (p.organicReachLarge - p.organicReachMiddle) * t;
}

ProjectionInputs projectionInputs(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
{
    const auto &cr = parameters.contentReadiness;
    ProjectionInputs inputs;
    const double perUsd = unitsPerUsd(plan.currency, parameters, &inputs.currencyKnown);
    inputs.startFollowers = static_cast<double>(plan.brand.followers);
    inputs.favorability = plan.brand.favorability;
    inputs.engagementRate = plan.brand.engagementRate;
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

    // What the phases need of each activity is gathered in the pass that
    // computes the costs: summing a phase then reads compact records, not
    // the large Activity records (and their cluster lists) once per phase.
    struct ActivityFacts {
        double accountShare = 0;
        double readinessWeight = 0;     // clusters, tags and format weights it has
        bool influencer = false;
        std::uint32_t firstCluster = 0; // its clusters' positions in clusterPositions
        std::uint32_t clusterCount = 0;
    };
    const IdIndex clusterIndex(plan.clusters);
    std::vector<ActivityFacts> facts;
    facts.reserve(plan.activities.size());
    std::vector<std::uint32_t> clusterPositions;
    const PlanCosts costs = computePlanCosts(plan, [&](std::size_t, const Activity &activity) {
        ActivityFacts &fact = facts.emplace_back();
        fact.accountShare = activity.accountShare;
        fact.influencer = reachesThroughCreators(activity, catalogue);
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
    std::vector<unsigned char> clusterInPhase(plan.clusters.size());
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
        std::fill(clusterInPhase.begin(), clusterInPhase.end(), static_cast<unsigned char>(0));
        for (const PlanCosts::Slice &slice : costs.phaseSlices[p]) {
            const ActivityFacts &activity = facts[slice.activity];
            const double account = slice.cost * activity.accountShare;
            const double content = slice.cost - account;
            accountCost += account;
            if (activity.influencer)
                influencerCost += account;
            contentCost += content;
            readiness += content * activity.readinessWeight;
            if (content > 0) {
                // Each cluster counts once per phase, however many activities aim at it.
                for (std::uint32_t k = 0; k < activity.clusterCount; ++k) {
                    const std::uint32_t cluster = clusterPositions[activity.firstCluster + k];
                    if (!clusterInPhase[cluster]) {
                        clusterInPhase[cluster] = 1;
                        drivers.contentAudience += static_cast<double>(plan.clusters[cluster].size);
                    }
                }
            }
        }
        drivers.influencerShare = accountCost > 0 ? influencerCost / accountCost : 0.0;
        drivers.targeting = contentCost > 0 ? std::clamp(readiness / contentCost, 0.0, 1.0) : 1.0;
        if (drivers.contentAudience <= 0)
            drivers.contentAudience = static_cast<double>(plan.brand.audienceSize) * parameters.projection.untargetedAudienceShare;
        inputs.phases.push_back(std::move(drivers));
    }
    return inputs;
}

Projection project(const ProjectionInputs &inputs, const ModelParameters &parameters,
                   const std::vector<double> *accountShares)
{
    const auto &p = parameters.projection;
    Projection projection;
    projection.currencyKnown = inputs.currencyKnown;
    projection.startFollowers = inputs.startFollowers;
    const int first = inputs.firstWeek;
    const int last = inputs.lastWeek;
    if (last < first) {
        projection.endFollowers = inputs.startFollowers;
        return projection;
    }
    const double favourability = p.favourabilityAtZero
                                 + (p.favourabilityAtFull - p.favourabilityAtZero) * std::clamp(inputs.favorability, 0.0, 100.0) / 100.0;
    const double engagementRate = std::clamp(inputs.engagementRate, 0.0, 100.0) / 100.0;

    projection.weeks.reserve(static_cast<std::size_t>(last - first + 1));
    double followers = std::max(0.0, inputs.startFollowers);
    std::size_t phase = 0;
    for (int week = first; week <= last; ++week) {
        while (phase < inputs.phases.size()
               && week > inputs.phases[phase].startWeek + inputs.phases[phase].weeks - 1)
            ++phase;
        const bool inPhase = phase < inputs.phases.size() && week >= inputs.phases[phase].startWeek;
        ProjectedWeek row;
        row.week = week;
        double contentSpend = 0, accountSpend = 0, audience = 0, targeting = 1;
        if (inPhase) {
            const PhaseDrivers &d = inputs.phases[phase];
            row.phase = static_cast<int>(phase);
            const double share = accountShares ? std::clamp((*accountShares)[phase], 0.0, 1.0) : d.accountShare;
            const double weekly = d.costUsd / d.weeks;
            const double account = weekly * share;
            // Influencer work reaches people through someone else's graph:
            // it behaves like content reach, not like the brand's own account.
            accountSpend = account * (1 - d.influencerShare);
            contentSpend = weekly - account + account * d.influencerShare;
            audience = d.contentAudience;
            targeting = p.targetingFloor + (1 - p.targetingFloor) * d.targeting;
        }
        row.contentReach = audience * p.contentWeeklyReachCeiling * targeting
                           * hill(contentSpend, p.contentHalfSpendUsd, p.contentHillShape);
        // Posts per week: a few at full activity, a trickle from older posts without it.
        const double activity = p.accountPostsPerWeek
                                * (p.accountActivityFloor + (1 - p.accountActivityFloor) * hill(accountSpend, p.accountHalfSpendUsd, 1.0));
        row.accountReach = followers * organicReachRate(followers, parameters) * favourability * activity;
        row.engagements = (row.contentReach * p.contentEngagementFactor + row.accountReach) * engagementRate;
        row.newFollowers = row.contentReach * p.contentFollowRate + row.accountReach * p.accountFollowRate;
        followers = std::max(0.0, followers + row.newFollowers - followers * p.weeklyChurn);
        row.followers = finiteOrZero(followers);
        row.value = inputs.reachValue * (row.contentReach + row.accountReach)
                    + inputs.engagementValue * p.engagementValue * row.engagements
                    + inputs.followerValue * p.followerValue * row.newFollowers;
        projection.contentReach += row.contentReach;
        projection.accountReach += row.accountReach;
        projection.engagements += row.engagements;
        projection.value += row.value;
        projection.weeks.push_back(row);
    }
    projection.endFollowers = finiteOrZero(followers);
    return projection;
}

Projection projectPlan(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
{
    return project(projectionInputs(plan, catalogue, parameters), parameters);
}

} // namespace mixplanner::core
