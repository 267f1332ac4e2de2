#include "core/scoring/recommendation.h"

#include <algorithm>

namespace mixplanner::core {

PurposeProfile purposeProfile(const Purpose &purpose, const Catalogue &catalogue)
{
    PurposeProfile profile;
    const PurposeInfo *primary = catalogue.purpose(purpose.primary);
    if (!primary)
        return profile;   // the loader rejects unknown purposes; a blank new plan has none yet
    profile = PurposeProfile{primary->suitability, primary->neutralAccountShare, primary->brandSensitivity};
    const PurposeInfo *secondary = catalogue.purpose(purpose.secondary);
    const double w = secondary ? std::clamp(purpose.secondaryWeight, 0.0, 1.0) : 0.0;
    if (w > 0) {
        profile.suitability = (1 - w) * primary->suitability + w * secondary->suitability;
        profile.neutralShare = (1 - w) * primary->neutralAccountShare + w * secondary->neutralAccountShare;
        profile.sensitivity = (1 - w) * primary->brandSensitivity + w * secondary->brandSensitivity;
    }
    return profile;
}

RecommendedMix recommendedMix(const PurposeProfile &profile, double brandPower,
                              const ModelParameters &parameters)
{
    const auto &r = parameters.recommendation;
    RecommendedMix mix;
    mix.share = std::clamp(profile.neutralShare
                               + profile.sensitivity * r.spread * (brandPower - 50.0) / 50.0,
                           r.minShare, r.maxShare);
    mix.low = std::max(0.0, mix.share - r.tolerance);
    mix.high = std::min(1.0, mix.share + r.tolerance);
    return mix;
}

} // namespace mixplanner::core
