#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/scoring/modelparameters.h"

#include <optional>
#include <vector>

namespace mixplanner::core {

struct WhatIfPoint {
    double brandStrength = 0;
    double total = 0;
};

// The plan's total score if the brand's strength were 0, step, ..., 100
// (the plan unchanged otherwise): how much the plan depends on the brand.
std::vector<WhatIfPoint> brandStrengthCurve(const Plan &plan, double step = 5,
                                            const Catalogue &catalogue = Catalogue::builtin(),
                                            const ModelParameters &parameters = ModelParameters::builtin());

// The lowest brand strength (to 0.1) at which the plan scores at least
// `target`, searched upward from 0; none if it never does.
std::optional<double> brandStrengthForScore(const Plan &plan, double target = 70,
                                            const Catalogue &catalogue = Catalogue::builtin(),
                                            const ModelParameters &parameters = ModelParameters::builtin());

} // namespace mixplanner::core
