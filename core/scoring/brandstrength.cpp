#include "core/scoring/brandstrength.h"

#include <algorithm>
#include <cmath>

namespace mixplanner::core {

double followerReachScore(double followers, double audienceSize, const ModelParameters &parameters)
{
    const double floor = parameters.brand.followerReachFloor;
    const double full = audienceSize * parameters.brand.followerReachFullShare;
    // Without an audience size the following cannot be judged, so it counts
    // for nothing rather than for everything.
    if (audienceSize <= 0 || followers <= floor)
        return 0.0;
    if (full <= floor)
        return 100.0;
    // Log scale: going from 1,000 to 10,000 followers matters as much as
    // from 10,000 to 100,000.
    return std::clamp(100.0 * std::log10(followers / floor) / std::log10(full / floor), 0.0, 100.0);
}

BrandStrength computeBrandStrength(const Brand &brand, const ModelParameters &parameters)
{
    const auto &p = parameters.brand;
    BrandStrength strength;
    const double engagementScore = 100.0 * brand.engagementRate / (brand.engagementRate + p.engagementHalfRate);
    const auto part = [](const char *id, double input, double score, double weight) {
        return BrandStrengthPart{id, input, score, weight, weight * score};
    };
    strength.parts = {
        part("awareness", brand.awareness, brand.awareness, p.awarenessWeight),
        part("favorability", brand.favorability, brand.favorability, p.favorabilityWeight),
        part("followerReach", static_cast<double>(brand.followers),
             followerReachScore(static_cast<double>(brand.followers),
                                static_cast<double>(brand.audienceSize), parameters),
             p.followerReachWeight),
        part("engagement", brand.engagementRate, engagementScore, p.engagementWeight),
    };
    // A blank audience size leaves the following unjudgeable: it is left out
    // and the other parts keep their proportions, rather than counting it as
    // zero and quietly making a strong brand average (the score says so in a
    // finding).
    if (brand.audienceSize <= 0) {
        const double rest = 1.0 - p.followerReachWeight;
        for (BrandStrengthPart &item : strength.parts) {
            item.weight = item.id == "followerReach" ? 0.0 : (rest > 0 ? item.weight / rest : 0.0);
            item.contribution = item.weight * item.score;
        }
    }
    double derived = 0;
    for (const BrandStrengthPart &item : strength.parts)
        derived += item.contribution;
    strength.override = brand.strengthOverride;
    strength.value = std::clamp(brand.strengthOverride.value_or(derived), 0.0, 100.0);
    return strength;
}

} // namespace mixplanner::core
