#pragma once

#include "core/io/diagnostic.h"
#include "core/text/message.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// One number of the scoring model with the reason it has that value, as read
// from resources/model-parameters.json. The app's Assumptions view and the
// exports list these.
// What a parameter's number counts. The file names it ("share"); a share is
// a fraction of 1 and is shown as a percentage.
enum class ParameterUnit {
    Share, SharePerWeek, Percent, BrandPower, Score, Points, PointsPerShare, Factor, Exponent, Followers,
    PeopleReached, Findings, Steps, CurrencyPerUsd, Usd, UsdPer1000Views, PostsPerWeek, ViewsPerFollower
};
std::optional<ParameterUnit> parameterUnitNamed(std::string_view name);
// The unit in words, for translation ("share of the whole").
text::Source parameterUnitText(ParameterUnit unit);

struct ParameterEntry {
    std::string path;     // "recommendation.tolerance"
    double value = 0;
    ParameterUnit unit = ParameterUnit::Share;
    std::string reason;
};

// Every number that shapes a score. Defaults are not provided on purpose:
// values come from the parameters file, so there is one place to read and
// change them.
struct ModelParameters {
    struct BrandStrength {
        double awarenessWeight, favorabilityWeight, followerReachWeight, engagementWeight;
        double followerReachFloor, followerReachFullShare, engagementHalfRate;
        double weakBelow, strongFrom;
    } brand{};
    struct Recommendation {
        double spread, minShare, maxShare, tolerance;
    } recommendation{};
    struct Weights {
        double mixFit, trajectory, channelFit, contentReadiness, accountReadiness;
    } weights{};
    struct MixFit {
        double penaltyPerShare, timeWeight, minSpendIntensity;
    } mixFit{};
    struct Trajectory {
        double tolerance, penaltyPerShare, reversalMinMove;
    } trajectory{};
    struct ChannelFit {
        double mismatchGap;
    } channelFit{};
    struct ContentReadiness {
        double clustersWeight, tagsWeight, formatsWeight;
    } contentReadiness{};
    struct AccountShare {
        double unusualGap;
    } accountShare{};
    struct AccountReadiness {
        double minFollowers, fewFollowersScore, influencerScore;
    } accountReadiness{};
    struct Findings {
        double listedPerCode;
    } findings{};
    struct Milestones {
        double farAheadFactor;
    } milestones{};
    struct Suitability {
        double fullFrom, notRecommendedBelow;
    } suitability{};

    struct Projection {
        double jpyPerUsd, eurPerUsd, gbpPerUsd, krwPerUsd, twdPerUsd, cnyPerUsd, audPerUsd, cadPerUsd;
        double contentHalfSpendUsd, contentHillShape, contentWeeklyReachCeiling;
        double untargetedAudienceShare, targetingFloor;
        double accountHalfSpendUsd, accountActivityFloor, accountPostsPerWeek;
        double promotionCpmUsd, promotedViewsPerFollower;
        double organicReachSmall, organicReachMiddle, organicReachLarge, organicReachSmallUpTo, organicReachLargeFrom;
        double favourabilityAtZero, favourabilityAtFull;
        double accountPowerAtZero, accountPowerAtFull, shareRateAtFull;
        double contentFollowRate, accountFollowRate, weeklyChurn, idleWeeklyChurn;
        double contentEngagementFactor, repeatReachValue, recallRate, engagementValue, followerValue;
    } projection{};
    // Engagements per person reached by platform, when the brand gives no rate.
    struct PlatformEngagement {
        double tiktok, instagram, facebook, x, other;
    } platformEngagement{};
    struct Suggestion {
        double boundPoints, scoreExponent, step, applyTolerance, backOffSteps, minBudgetKept, maxBudgetGrowth, minMove;
    } suggestion{};

    std::vector<ParameterEntry> entries;   // all of the above, in file order, with reasons

    // The parameters compiled into the program (checked by the tests).
    static const ModelParameters &builtin();
};

struct ParametersReadResult {
    std::optional<ModelParameters> parameters;
    Diagnostics errors;
};

// Reads a parameters file, reporting every problem with its JSON pointer like
// a plan: unknown or missing parameters, values out of range, weights that do
// not add up to 1.
ParametersReadResult readModelParameters(std::string_view text);

} // namespace mixplanner::core
