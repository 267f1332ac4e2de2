#pragma once

// Shared by the files that compute the score components; not part of the API.

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/plancosts.h"
#include "core/scoring/scorereport.h"

namespace mixplanner::core::scoring {

struct Context {
    const Plan &plan;
    const Catalogue &catalogue;
    const ModelParameters &parameters;
    const PlanCosts &costs;
    ScoreReport &report;

    text::Arg money(double amount) const;
    void addFinding(const char *code, Severity severity, const char *component, double points,
                    text::Message message, text::Message suggestion, std::vector<FindingRef> refs);
};

// Each returns the component's score 0..100 and adds findings carrying
// weight x (100 - score) points between them.
double scoreMixFit(Context &context, double weight);
double scoreTrajectory(Context &context, double weight);
double scoreChannelFit(Context &context, double weight);
double scoreContentReadiness(Context &context, double weight);
double scoreAccountReadiness(Context &context, double weight);

} // namespace mixplanner::core::scoring
