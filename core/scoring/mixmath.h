#pragma once

#include "core/scoring/modelparameters.h"

namespace mixplanner::core {

// The two judgements of the mix that the scorer and the suggestion share.

// 0..100: full inside [low, high], falling linearly with the distance outside.
double phaseMixFit(double planned, double low, double high, const ModelParameters &parameters);

// 0..100 for one pair of consecutive phases: does the planned share move as
// the recommended share moves, within the tolerance?
double trajectoryPairScore(double plannedMove, double recommendedMove, const ModelParameters &parameters);

} // namespace mixplanner::core
