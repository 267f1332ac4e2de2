#include "core/suggest/whatif.h"

#include "core/scoring/scorer.h"

#include <cmath>

namespace mixplanner::core {

namespace {
double totalAt(Plan &plan, double strength, const Catalogue &catalogue, const ModelParameters &parameters)
{
    plan.brand.strengthOverride = strength;
    return scorePlan(plan, catalogue, parameters).total;
}
} // namespace

std::vector<WhatIfPoint> brandStrengthCurve(const Plan &plan, double step, const Catalogue &catalogue,
                                            const ModelParameters &parameters)
{
    Plan copy = plan;
    std::vector<WhatIfPoint> curve;
    const int steps = static_cast<int>(std::ceil(100.0 / step));
    for (int i = 0; i <= steps; ++i) {
        const double strength = std::min(100.0, i * step);
        curve.push_back({strength, totalAt(copy, strength, catalogue, parameters)});
    }
    return curve;
}

std::optional<double> brandStrengthForScore(const Plan &plan, double target, const Catalogue &catalogue,
                                            const ModelParameters &parameters)
{
    Plan copy = plan;
    // The score is not monotone in brand strength (a content-led plan can
    // lose fit as the brand grows), so scan upward in whole points first, then
    // refine between the last miss and the first hit.
    double previous = 0;
    for (int strength = 0; strength <= 100; ++strength) {
        if (totalAt(copy, strength, catalogue, parameters) >= target) {
            if (strength == 0)
                return 0.0;
            double low = previous, high = strength;
            while (high - low > 0.05) {
                const double middle = (low + high) / 2;
                (totalAt(copy, middle, catalogue, parameters) >= target ? high : low) = middle;
            }
            // Rounded up: the strength shown must reach the target, not fall a hair short.
            const double shown = std::ceil(high * 10 - 1e-9) / 10;
            return totalAt(copy, shown, catalogue, parameters) >= target ? shown : high;
        }
        previous = strength;
    }
    return std::nullopt;
}

} // namespace mixplanner::core
