#include "core/scoring/mixmath.h"

#include <algorithm>
#include <cmath>

namespace mixplanner::core {

double phaseMixFit(double planned, double low, double high, const ModelParameters &parameters)
{
    const double outside = std::max({0.0, planned - high, low - planned});
    return std::clamp(100.0 - parameters.mixFit.penaltyPerShare * outside, 0.0, 100.0);
}

double trajectoryPairScore(double plannedMove, double recommendedMove, const ModelParameters &parameters)
{
    const auto &p = parameters.trajectory;
    const double excess = std::max(0.0, std::fabs(plannedMove - recommendedMove) - p.tolerance);
    return std::clamp(100.0 - p.penaltyPerShare * excess, 0.0, 100.0);
}

} // namespace mixplanner::core
