#pragma once

#include "core/model/plan.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/scorereport.h"

namespace mixplanner::core {

// B, 0..100: the override when the plan gives one, else a weighted blend of
// awareness, favourability, follower reach (log scale from a floor to a share
// of the audience) and engagement (saturating at a typical rate).
BrandStrength computeBrandStrength(const Brand &brand, const ModelParameters &parameters);

// The follower reach score, 0..100, exposed for the docs' worked example.
double followerReachScore(double followers, double audienceSize, const ModelParameters &parameters);

} // namespace mixplanner::core
