// The weekly projection: two paths of reach (content through interest
// distribution, the account through its followers and their shares), people
// counted once however often they are reached, and a following that grows
// from both and in turn raises the brand's power. docs/projection-model.md
// explains it with a worked example.
#include "core/projection/projection.h"

#include "core/scoring/brandstrength.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace mixplanner::core {

namespace {

double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

// Of `size` people exposed `density` times on average (at random), the share
// reached at least once is 1 - e^-density: the usual reach-frequency curve.
double reachedAtLeastOnce(double size, double density)
{
    return size * -std::expm1(-density);
}

// Account money also promotes the account's posts to its followers: views
// bought at a typical price, up to a few per follower a week. A small
// following soon has all it can take, so the same money does far more once
// content has grown the following; that is what makes the composite order pay.
double promotedViews(double spendUsd, double followers, const ModelParameters &parameters)
{
    const auto &p = parameters.projection;
    const double most = followers * p.promotedViewsPerFollower;
    if (!(spendUsd > 0) || !(most > 0))
        return 0.0;
    return most * -std::expm1(-spendUsd * 1000.0 / p.promotionCpmUsd / most);
}

} // namespace

double hill(double x, double half, double shape)
{
    if (!(x > 0) || !(half > 0))
        return 0.0;
    // Written as 1 / (1 + (h/x)^s) so huge spends saturate instead of overflowing.
    // Shape 1 (the usual one) needs no pow; the suggestion calls this often.
    const double ratio = half / x;
    return 1.0 / (1.0 + (shape == 1.0 ? ratio : std::pow(ratio, shape)));
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

double brandPowerWith(const ProjectionInputs &inputs, double followers, double awareness,
                      const ModelParameters &parameters)
{
    const double grown = inputs.followerPowerWeight > 0
                             ? followerReachScore(followers, inputs.audienceSize, parameters) - inputs.followerScoreToday
                             : 0.0;
    return std::clamp(inputs.brandStrength + inputs.followerPowerWeight * grown
                          + inputs.awarenessPowerWeight * std::max(0.0, awareness - inputs.awareness),
                      0.0, 100.0);
}

double Projection::followersAfter(int week) const
{
    double followers = startFollowers;
    for (const ProjectedWeek &row : weeks) {
        if (row.week > week)
            break;
        followers = row.followers;
    }
    return followers;
}

double Projection::phasePower(int phase, double fallback) const
{
    double sum = 0;
    int count = 0;
    for (const ProjectedWeek &row : weeks)
        if (row.phase == phase) {
            sum += row.brandPower;
            ++count;
        }
    return count > 0 ? sum / count : fallback;
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

    projection.weeks.reserve(static_cast<std::size_t>(last - first + 1));
    std::vector<double> density(inputs.pools.size(), 0.0);   // times each pool's people have been reached, on average
    std::vector<double> reached(inputs.pools.size(), 0.0);   // people of each pool reached at least once
    double shareDensity = 0, sharedReached = 0;
    double followers = inputs.startFollowers;
    double awareness = inputs.awareness;
    std::size_t phase = 0;
    for (int week = first; week <= last; ++week) {
        while (phase < inputs.phases.size()
               && week > inputs.phases[phase].startWeek + inputs.phases[phase].weeks - 1)
            ++phase;
        const bool inPhase = phase < inputs.phases.size() && week >= inputs.phases[phase].startWeek;
        ProjectedWeek row;
        row.week = week;
        row.brandPower = brandPowerWith(inputs, followers, awareness, parameters);
        const double power = row.brandPower / 100.0;
        double contentSpend = 0, accountSpend = 0, targeting = 1;
        double accountEngagement = 0, contentEngagement = 0;
        const PhaseDrivers *drivers = nullptr;
        if (inPhase) {
            drivers = &inputs.phases[phase];
            row.phase = static_cast<int>(phase);
            const double share = accountShares ? std::clamp((*accountShares)[phase], 0.0, 1.0) : drivers->accountShare;
            const double weekly = drivers->costUsd / drivers->weeks;
            const double account = weekly * share;
            // Influencer work reaches people through someone else's graph:
            // it behaves like content reach, not like the brand's own account.
            accountSpend = account * (1 - drivers->influencerShare);
            contentSpend = weekly - account + account * drivers->influencerShare;
            targeting = p.targetingFloor + (1 - p.targetingFloor) * drivers->targeting;
            accountEngagement = drivers->accountEngagement;
            contentEngagement = drivers->contentEngagement;
        }

        // Content: a share of the people in the clusters aimed at, growing
        // with spend and saturating; each pool remembers who has seen it.
        double newPeople = 0;
        if (drivers && drivers->contentAudience > 0) {
            row.contentReach = drivers->contentAudience * p.contentWeeklyReachCeiling * targeting
                               * hill(contentSpend, p.contentHalfSpendUsd, p.contentHillShape);
            const double exposure = row.contentReach / drivers->contentAudience;
            for (const std::uint32_t pool : drivers->pools) {
                density[pool] += exposure;
                const double now = reachedAtLeastOnce(inputs.pools[pool], density[pool]);
                newPeople += now - reached[pool];
                reached[pool] = now;
            }
        }
        const double newFromContent = newPeople;

        // Account: each post reaches a share of the followers, more for a
        // liked and powerful brand; followers share what a strong brand posts
        // with people who do not follow it yet. Without spend, older posts and
        // the odd update still reach a little.
        const double activity = hill(accountSpend, p.accountHalfSpendUsd, 1.0);
        const double posts = p.accountPostsPerWeek * (p.accountActivityFloor + (1 - p.accountActivityFloor) * activity);
        const double powerFactor = p.accountPowerAtZero + (p.accountPowerAtFull - p.accountPowerAtZero) * power;
        const double followerReach = followers * organicReachRate(followers, parameters) * favourability * powerFactor * posts
                                     + promotedViews(accountSpend, followers, parameters);
        const double shareReach = followerReach * p.shareRateAtFull * power * power;
        row.accountReach = followerReach + shareReach;
        double newFromShares = 0;
        if (inputs.sharePool > 0 && shareReach > 0) {
            shareDensity += shareReach / inputs.sharePool;
            const double now = reachedAtLeastOnce(inputs.sharePool, shareDensity);
            newFromShares = now - sharedReached;
            sharedReached = now;
        }
        newPeople += newFromShares;
        row.newPeople = newPeople;

        row.engagements = row.contentReach * contentEngagement + row.accountReach * accountEngagement;
        // People follow when they first meet the brand, through content or a share.
        row.newFollowers = newFromContent * p.contentFollowRate + newFromShares * p.accountFollowRate * favourability;
        // An account that is looked after keeps its followers; one left idle
        // loses them faster.
        const double churn = p.weeklyChurn + (p.idleWeeklyChurn - p.weeklyChurn) * (1 - activity);
        row.lostFollowers = followers * churn;
        followers = std::max(0.0, followers + row.newFollowers - row.lostFollowers);
        row.followers = finiteOrZero(followers);
        // Some of the people met for the first time remember the brand.
        if (inputs.audienceSize > 0)
            awareness = std::min(100.0, awareness + 100.0 * newPeople * p.recallRate / inputs.audienceSize);
        // Reaching someone again is worth less than reaching them first.
        const double reach = row.contentReach + row.accountReach;
        row.value = inputs.reachValue * (newPeople + p.repeatReachValue * std::max(0.0, reach - newPeople))
                    + inputs.engagementValue * p.engagementValue * row.engagements
                    + inputs.followerValue * p.followerValue * (row.newFollowers - row.lostFollowers);
        projection.contentReach += row.contentReach;
        projection.accountReach += row.accountReach;
        projection.uniqueReach += newPeople;
        projection.engagements += row.engagements;
        projection.value += row.value;
        projection.weeks.push_back(row);
    }
    assert(projection.weeks.size() == static_cast<std::size_t>(last - first + 1));
    projection.endFollowers = finiteOrZero(followers);
    return projection;
}

} // namespace mixplanner::core
