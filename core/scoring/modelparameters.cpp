#include "core/scoring/modelparameters.h"

#include "core/io/jsondocument.h"
#include "core/io/objectreader.h"
#include "core/resources/embeddedresource.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace mixplanner::core {

namespace {

// Where each parameter lives in the struct and the range it must be in.
struct Slot {
    const char *path;
    double *target;
    double min;
    double max;
};

std::vector<Slot> slotsOf(ModelParameters &p)
{
    constexpr double kAny = 1e9;
    return {
        {"brandStrength.awarenessWeight", &p.brand.awarenessWeight, 0, 1},
        {"brandStrength.favorabilityWeight", &p.brand.favorabilityWeight, 0, 1},
        {"brandStrength.followerReachWeight", &p.brand.followerReachWeight, 0, 1},
        {"brandStrength.engagementWeight", &p.brand.engagementWeight, 0, 1},
        {"brandStrength.followerReachFloor", &p.brand.followerReachFloor, 1, kAny},
        {"brandStrength.followerReachFullShare", &p.brand.followerReachFullShare, 1e-6, 1},
        {"brandStrength.engagementHalfRate", &p.brand.engagementHalfRate, 1e-6, 100},
        {"brandStrength.weakBelow", &p.brand.weakBelow, 0, 100},
        {"brandStrength.strongFrom", &p.brand.strongFrom, 0, 100},
        {"recommendation.spread", &p.recommendation.spread, 0, 1},
        {"recommendation.minShare", &p.recommendation.minShare, 0, 1},
        {"recommendation.maxShare", &p.recommendation.maxShare, 0, 1},
        {"recommendation.tolerance", &p.recommendation.tolerance, 0, 0.5},
        {"weights.mixFit", &p.weights.mixFit, 0, 1},
        {"weights.trajectory", &p.weights.trajectory, 0, 1},
        {"weights.channelFit", &p.weights.channelFit, 0, 1},
        {"weights.contentReadiness", &p.weights.contentReadiness, 0, 1},
        {"weights.accountReadiness", &p.weights.accountReadiness, 0, 1},
        {"mixFit.penaltyPerShare", &p.mixFit.penaltyPerShare, 0, 10000},
        {"mixFit.timeWeight", &p.mixFit.timeWeight, 0, 1},
        {"mixFit.minSpendIntensity", &p.mixFit.minSpendIntensity, 1e-6, 1},
        {"trajectory.tolerance", &p.trajectory.tolerance, 0, 1},
        {"trajectory.penaltyPerShare", &p.trajectory.penaltyPerShare, 0, 10000},
        {"trajectory.reversalMinMove", &p.trajectory.reversalMinMove, 0, 1},
        {"channelFit.mismatchGap", &p.channelFit.mismatchGap, 0, 1},
        {"contentReadiness.clustersWeight", &p.contentReadiness.clustersWeight, 0, 1},
        {"contentReadiness.tagsWeight", &p.contentReadiness.tagsWeight, 0, 1},
        {"contentReadiness.formatsWeight", &p.contentReadiness.formatsWeight, 0, 1},
        {"accountReadiness.minFollowers", &p.accountReadiness.minFollowers, 0, kAny},
        {"accountReadiness.fewFollowersScore", &p.accountReadiness.fewFollowersScore, 0, 100},
        {"accountReadiness.influencerScore", &p.accountReadiness.influencerScore, 0, 100},
        {"findings.listedPerCode", &p.findings.listedPerCode, 1, 100000},
        {"milestones.farAheadFactor", &p.milestones.farAheadFactor, 1, kAny},
        {"suitability.fullFrom", &p.suitability.fullFrom, 1e-6, 1},
        {"suitability.notRecommendedBelow", &p.suitability.notRecommendedBelow, 0, 1},
        {"projection.jpyPerUsd", &p.projection.jpyPerUsd, 1e-6, kAny},
        {"projection.eurPerUsd", &p.projection.eurPerUsd, 1e-6, kAny},
        {"projection.gbpPerUsd", &p.projection.gbpPerUsd, 1e-6, kAny},
        {"projection.krwPerUsd", &p.projection.krwPerUsd, 1e-6, kAny},
        {"projection.twdPerUsd", &p.projection.twdPerUsd, 1e-6, kAny},
        {"projection.cnyPerUsd", &p.projection.cnyPerUsd, 1e-6, kAny},
        {"projection.audPerUsd", &p.projection.audPerUsd, 1e-6, kAny},
        {"projection.cadPerUsd", &p.projection.cadPerUsd, 1e-6, kAny},
        {"projection.contentHalfSpendUsd", &p.projection.contentHalfSpendUsd, 1e-6, kAny},
        {"projection.contentHillShape", &p.projection.contentHillShape, 0.1, 10},
        {"projection.contentWeeklyReachCeiling", &p.projection.contentWeeklyReachCeiling, 0, 1},
        {"projection.untargetedAudienceShare", &p.projection.untargetedAudienceShare, 0, 1},
        {"projection.targetingFloor", &p.projection.targetingFloor, 0, 1},
        {"projection.accountHalfSpendUsd", &p.projection.accountHalfSpendUsd, 1e-6, kAny},
        {"projection.accountActivityFloor", &p.projection.accountActivityFloor, 0, 1},
        {"projection.accountPostsPerWeek", &p.projection.accountPostsPerWeek, 0, 100},
        {"projection.promotionCpmUsd", &p.projection.promotionCpmUsd, 1e-6, kAny},
        {"projection.promotedViewsPerFollower", &p.projection.promotedViewsPerFollower, 0, 100},
        {"projection.organicReachSmall", &p.projection.organicReachSmall, 0, 1},
        {"projection.organicReachMiddle", &p.projection.organicReachMiddle, 0, 1},
        {"projection.organicReachLarge", &p.projection.organicReachLarge, 0, 1},
        {"projection.organicReachSmallUpTo", &p.projection.organicReachSmallUpTo, 1, kAny},
        {"projection.organicReachLargeFrom", &p.projection.organicReachLargeFrom, 1, kAny},
        {"projection.favourabilityAtZero", &p.projection.favourabilityAtZero, 0, 10},
        {"projection.favourabilityAtFull", &p.projection.favourabilityAtFull, 0, 10},
        {"projection.accountPowerAtZero", &p.projection.accountPowerAtZero, 0, 10},
        {"projection.accountPowerAtFull", &p.projection.accountPowerAtFull, 0, 10},
        {"projection.shareRateAtFull", &p.projection.shareRateAtFull, 0, 100},
        {"projection.contentFollowRate", &p.projection.contentFollowRate, 0, 1},
        {"projection.accountFollowRate", &p.projection.accountFollowRate, 0, 1},
        {"projection.weeklyChurn", &p.projection.weeklyChurn, 0, 1},
        {"projection.idleWeeklyChurn", &p.projection.idleWeeklyChurn, 0, 1},
        {"projection.contentEngagementFactor", &p.projection.contentEngagementFactor, 0, 10},
        {"projection.repeatReachValue", &p.projection.repeatReachValue, 0, 1},
        {"projection.recallRate", &p.projection.recallRate, 0, 1},
        {"projection.engagementValue", &p.projection.engagementValue, 0, kAny},
        {"projection.followerValue", &p.projection.followerValue, 0, kAny},
        {"platformEngagement.tiktok", &p.platformEngagement.tiktok, 0, 1},
        {"platformEngagement.instagram", &p.platformEngagement.instagram, 0, 1},
        {"platformEngagement.facebook", &p.platformEngagement.facebook, 0, 1},
        {"platformEngagement.x", &p.platformEngagement.x, 0, 1},
        {"platformEngagement.other", &p.platformEngagement.other, 0, 1},
        {"suggestion.boundPoints", &p.suggestion.boundPoints, 0, 1},
        {"accountShare.unusualGap", &p.accountShare.unusualGap, 0, 1},
        {"suggestion.scoreExponent", &p.suggestion.scoreExponent, 0, 10},
        {"suggestion.step", &p.suggestion.step, 0.001, 0.5},
        {"suggestion.applyTolerance", &p.suggestion.applyTolerance, 0, 1},
        {"suggestion.backOffSteps", &p.suggestion.backOffSteps, 1, 100},
        {"suggestion.minBudgetKept", &p.suggestion.minBudgetKept, 0, 1},
        {"suggestion.maxBudgetGrowth", &p.suggestion.maxBudgetGrowth, 1, 1000},
        {"suggestion.minMove", &p.suggestion.minMove, 0, 1},
    };
}

struct Leaf {
    std::string pointer;
    const Json *value;
    std::string reason;
    ParameterUnit unit = ParameterUnit::Share;
};

struct UnitName {
    ParameterUnit unit;
    std::string_view name;   // as the file writes it
    text::Source words;
};

const UnitName kUnits[] = {
    {ParameterUnit::Share, "share", MP_TR("parameterUnits", "share of the whole")},
    {ParameterUnit::SharePerWeek, "sharePerWeek", MP_TR("parameterUnits", "share per week")},
    {ParameterUnit::Percent, "percent", MP_TR("parameterUnits", "percent")},
    {ParameterUnit::BrandPower, "brandPower", MP_TR("parameterUnits", "brand power (0-100)")},
    {ParameterUnit::Score, "score", MP_TR("parameterUnits", "score (0-100)")},
    {ParameterUnit::Points, "points", MP_TR("parameterUnits", "points")},
    {ParameterUnit::PointsPerShare, "pointsPerShare", MP_TR("parameterUnits", "points per whole share")},
    {ParameterUnit::Factor, "factor", MP_TR("parameterUnits", "times")},
    {ParameterUnit::Exponent, "exponent", MP_TR("parameterUnits", "exponent")},
    {ParameterUnit::Followers, "followers", MP_TR("parameterUnits", "followers")},
    {ParameterUnit::PeopleReached, "peopleReached", MP_TR("parameterUnits", "people reached")},
    {ParameterUnit::Findings, "findings", MP_TR("parameterUnits", "findings")},
    {ParameterUnit::Steps, "steps", MP_TR("parameterUnits", "steps")},
    {ParameterUnit::CurrencyPerUsd, "currencyPerUsd", MP_TR("parameterUnits", "units of the currency per US dollar")},
    {ParameterUnit::Usd, "usd", MP_TR("parameterUnits", "US dollars")},
    {ParameterUnit::UsdPer1000Views, "usdPer1000Views", MP_TR("parameterUnits", "US dollars per 1,000 views")},
    {ParameterUnit::PostsPerWeek, "postsPerWeek", MP_TR("parameterUnits", "posts per week")},
    {ParameterUnit::ViewsPerFollower, "viewsPerFollower", MP_TR("parameterUnits", "views per follower")},
};

// Walks groups of parameters: every member is either a group (an object
// without "value") or a parameter {"value": number, "reason": text}.
void collectLeaves(const Json &object, const std::string &path, const std::string &pointer,
                   std::map<std::string, Leaf> &leaves, std::vector<std::string> &order,
                   Diagnostics &errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string childPath = path.empty() ? it.key() : path + "." + it.key();
        const std::string childPointer = pointer + "/" + escapePointerToken(it.key());
        if (!expectObject(it.value(), childPointer, MP_TR("loader", "a parameter or a group of parameters"), errors))
            continue;
        if (!it.value().contains("value")) {
            collectLeaves(it.value(), childPath, childPointer, leaves, order, errors);
            continue;
        }
        ObjectReader reader(it.value(), childPointer, errors);
        const Json *value = reader.rawMember("value");
        reader.markRead("value");
        Leaf leaf{childPointer + "/value", value, reader.text("reason", Presence::Required)};
        const std::string unit = reader.text("unit", Presence::Required);
        if (const auto known = parameterUnitNamed(unit))
            leaf.unit = *known;
        else if (!unit.empty())
            reader.error(reader.pointerOf("unit"), "is not a unit MixPlanner knows (\"share\", \"followers\", \"factor\" ...)");
        for (const UnknownField &field : reader.unknownFields())
            reader.error(reader.pointerOf(field.key),
                         "is not part of a parameter; use \"value\", \"unit\" and \"reason\"");
        leaves.emplace(childPath, leaf);
        order.push_back(childPath);
    }
}

void checkSum(const std::vector<std::pair<const char *, double>> &parts, const std::string &pointer,
              const char *what, Diagnostics &errors)
{
    double sum = 0;
    for (const auto &part : parts)
        sum += part.second;
    if (std::fabs(sum - 1.0) > 1e-6) {
        char text[64];
        std::snprintf(text, sizeof text, "%.4g", sum);
        errors.push_back(Diagnostic{pointer, std::string("the ") + what + " must add up to 1, but add up to " + text, 0, 0});
    }
}

} // namespace

ParametersReadResult readModelParameters(std::string_view text)
{
    ParametersReadResult result;
    Diagnostics &errors = result.errors;
    JsonParseResult parsed = parseJsonDocument(text);
    if (parsed.error) {
        errors.push_back(*parsed.error);
        return result;
    }
    const Json &root = *parsed.value;
    if (!expectObject(root, "", MP_TR("loader", "a parameters file"), errors))
        return result;

    ObjectReader reader(root, "", errors);
    const std::string format = reader.text("format", Presence::Required);
    if (!format.empty() && format != "mixplanner.parameters") {
        reader.error("/format", "must be \"mixplanner.parameters\", got \"" + format + "\"");
        return result;
    }
    reader.wholeNumber("version", Presence::Required, 1, 1, 1, MP_TR("loader", "parameters version 1"));
    reader.text("about", Presence::Optional);
    Json groups = Json::object();
    for (const UnknownField &field : reader.unknownFields())
        groups[field.key] = root[field.key];

    std::map<std::string, Leaf> leaves;
    std::vector<std::string> order;
    collectLeaves(groups, "", "", leaves, order, errors);

    ModelParameters parameters;
    const std::vector<Slot> slots = slotsOf(parameters);
    for (const Slot &slot : slots) {
        const auto found = leaves.find(slot.path);
        if (found == leaves.end()) {
            std::string pointer = "/" + std::string(slot.path);
            for (char &c : pointer)
                if (c == '.') c = '/';
            errors.push_back(Diagnostic{pointer, "is missing; the model needs this parameter", 0, 0});
            continue;
        }
        const Leaf &leaf = found->second;
        if (!leaf.value || !leaf.value->is_number()) {
            errors.push_back(Diagnostic{leaf.pointer, "must be a number, got "
                                                          + (leaf.value ? describeJsonValue(*leaf.value) : std::string("nothing")), 0, 0});
            continue;
        }
        const double value = leaf.value->get<double>();
        if (!std::isfinite(value) || value < slot.min || value > slot.max) {
            char range[96];
            std::snprintf(range, sizeof range, "must be between %g and %g, got ", slot.min, slot.max);
            errors.push_back(Diagnostic{leaf.pointer, range + describeJsonValue(*leaf.value), 0, 0});
            continue;
        }
        *slot.target = value;
    }
    for (const std::string &path : order) {
        const Leaf &leaf = leaves[path];
        const auto slot = std::find_if(slots.begin(), slots.end(),
                                       [&path](const Slot &s) { return path == s.path; });
        if (slot == slots.end()) {
            const std::string parameterPointer = leaf.pointer.substr(0, leaf.pointer.size() - 6);
            errors.push_back(Diagnostic{parameterPointer,
                                        "is not a parameter of this model; check its spelling", 0, 0});
            continue;
        }
        parameters.entries.push_back(ParameterEntry{path, *slot->target, leaf.unit, leaf.reason});
    }
    if (!errors.empty())
        return result;

    const auto &b = parameters.brand;
    checkSum({{"a", b.awarenessWeight}, {"f", b.favorabilityWeight}, {"r", b.followerReachWeight}, {"e", b.engagementWeight}},
             "/brandStrength", "brand strength weights", errors);
    const auto &w = parameters.weights;
    checkSum({{"m", w.mixFit}, {"t", w.trajectory}, {"c", w.channelFit}, {"cr", w.contentReadiness}, {"ar", w.accountReadiness}},
             "/weights", "component weights", errors);
    const auto &c = parameters.contentReadiness;
    checkSum({{"c", c.clustersWeight}, {"t", c.tagsWeight}, {"f", c.formatsWeight}},
             "/contentReadiness", "content readiness weights", errors);
    if (parameters.recommendation.minShare > parameters.recommendation.maxShare)
        errors.push_back(Diagnostic{"/recommendation/minShare/value", "must not be above maxShare", 0, 0});
    if (parameters.projection.organicReachSmallUpTo >= parameters.projection.organicReachLargeFrom)
        errors.push_back(Diagnostic{"/projection/organicReachSmallUpTo/value", "must be below organicReachLargeFrom", 0, 0});
    if (b.weakBelow > b.strongFrom)
        errors.push_back(Diagnostic{"/brandStrength/weakBelow/value", "must not be above strongFrom", 0, 0});
    if (errors.empty())
        result.parameters = std::move(parameters);
    return result;
}

const ModelParameters &ModelParameters::builtin()
{
    static const ModelParameters parameters = [] {
        auto read = readModelParameters(embeddedResource("model-parameters.json").value_or(std::string_view()));
        if (!read.parameters) {
            std::fprintf(stderr, "mixplanner: the built-in model-parameters.json is broken: %s\n",
                         read.errors.empty() ? "" : read.errors.front().text().c_str());
            std::abort();
        }
        return std::move(*read.parameters);
    }();
    return parameters;
}

std::optional<ParameterUnit> parameterUnitNamed(std::string_view name)
{
    for (const UnitName &unit : kUnits)
        if (unit.name == name)
            return unit.unit;
    return std::nullopt;
}

text::Source parameterUnitText(ParameterUnit unit)
{
    for (const UnitName &known : kUnits)
        if (known.unit == unit)
            return known.words;
    return kUnits[0].words;
}

} // namespace mixplanner::core
