#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/scoring/modelparameters.h"

namespace mixplanner::core {

// The purpose of a plan as numbers: the primary purpose blended with the
// secondary one by its weight.
struct PurposeProfile {
    double suitability = 1;
    double neutralShare = 0.5;
    double sensitivity = 0.5;
};

PurposeProfile purposeProfile(const Purpose &purpose, const Catalogue &catalogue);

struct RecommendedMix {
    double share = 0;
    double low = 0;
    double high = 0;
};

// R = neutral + sensitivity x spread x (power - 50) / 50, kept within
// [minShare, maxShare]; the band is R +/- tolerance within 0..1.
RecommendedMix recommendedMix(const PurposeProfile &profile, double brandPower,
                              const ModelParameters &parameters);

} // namespace mixplanner::core
