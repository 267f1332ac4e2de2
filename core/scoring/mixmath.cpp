#include "core/scoring/mixmath.h"

#include <algorithm>
#include <cmath>

namespace mixplanner::core {

double phaseMixFit(double planned, double low, double high, const ModelParameters &parameters)
{
    const double outside = std::max({0.0, planned - high, low - planned});
    return std::clamp(100.0 - parameters.mixFit.penaltyPerShare * outside, 0.0, 100.0);
}

double phaseWeight(double weeks, double cost, double totalWeeks, double totalCost, const ModelParameters &parameters)
{
    const double time = parameters.mixFit.timeWeight;
    const double byWeeks = totalWeeks > 0 ? weeks / totalWeeks : 0.0;
    if (!(totalCost > 0))
        return byWeeks;
    return time * byWeeks + (1 - time) * std::max(0.0, cost) / totalCost;
}

double spendFactor(double weeks, double cost, double totalWeeks, double totalCost, const ModelParameters &parameters)
{
    if (!(cost > 0) || !(weeks > 0) || !(totalCost > 0) || !(totalWeeks > 0))
        return 0.0;
    const double intensity = (cost / weeks) / (totalCost / totalWeeks);
    return std::clamp(intensity / parameters.mixFit.minSpendIntensity, 0.0, 1.0);
}

double trajectoryScore(const std::vector<double> &plannedMoves, const std::vector<double> &recommendedMoves,
                       const ModelParameters &parameters, std::vector<double> *pairPoints)
{
    const auto &p = parameters.trajectory;
    double total = 0;
    std::vector<double> gaps(plannedMoves.size());
    for (std::size_t k = 0; k < plannedMoves.size(); ++k) {
        gaps[k] = std::fabs(plannedMoves[k] - recommendedMoves[k]);
        total += gaps[k];
    }
    const double lost = std::clamp(p.penaltyPerShare * std::max(0.0, total - p.tolerance), 0.0, 100.0);
    if (pairPoints) {
        // Each pair carries the loss in proportion to how far it strays.
        pairPoints->assign(gaps.size(), 0.0);
        for (std::size_t k = 0; k < gaps.size(); ++k)
            (*pairPoints)[k] = total > 0 ? lost * gaps[k] / total : 0.0;
    }
    return 100.0 - lost;
}

} // namespace mixplanner::core
