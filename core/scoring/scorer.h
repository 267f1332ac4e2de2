#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/scorereport.h"

namespace mixplanner::core {

// Scores how a plan balances account-driven and content-driven work for its
// brand and purpose. Deterministic; every number in the report is finite, and
// the findings' points add up to 100 - total.
ScoreReport scorePlan(const Plan &plan, const Catalogue &catalogue = Catalogue::builtin(),
                      const ModelParameters &parameters = ModelParameters::builtin());

} // namespace mixplanner::core
