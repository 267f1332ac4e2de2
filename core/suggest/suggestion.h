#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/scoring/modelparameters.h"
#include "core/text/message.h"

#include <optional>
#include <string>
#include <vector>

namespace mixplanner::core {

struct PhaseSuggestion {
    std::string id;
    std::string name;
    bool costed = false;     // phases without costed work get no suggestion
    double planned = 0;      // account shares
    double bounded = 0;      // within suggestion.boundPoints of the plan
    double unbounded = 0;    // anywhere from 0 to 1
    double achieved = 0;     // what Apply reaches for the bounded target
    bool applicable = true;  // Apply reaches the bounded target within suggestion.applyTolerance
    text::Message reason;    // why this phase moves, in a sentence
    text::Message applyNote; // when Apply cannot reach the target: why, and what to do
};

// Three columns per phase (plan, bounded suggestion, unbounded optimum) with
// the projected value of each and the reason in words. The suggestion
// maximises the purpose-weighted projected value at the same phase costs,
// discounted by how far the mix strays from the scoring model's
// recommendation, so it never proposes a mix the score would fault.
struct MixSuggestion {
    std::vector<PhaseSuggestion> phases;
    // Projected value of the plan, and of each target mix at the planned
    // phase costs (what the mix would do if Apply could reach it everywhere).
    double planValue = 0;
    double boundedValue = 0;
    double unboundedValue = 0;
    // The plan after Apply (budgets rescaled toward the mix): its score and
    // projected value. Apply of the bounded suggestion never lowers either.
    double planScore = 0;
    double appliedBoundedScore = 0;
    double appliedBoundedValue = 0;
    double appliedUnboundedScore = 0;
    double appliedUnboundedValue = 0;
    text::Message summary;          // the largest move and the gain, in words

    // The gains stated to the user are what Apply delivers: projected on the
    // plan after Apply, not on the target mix it may not reach.
    double boundedGain() const { return planValue > 0 ? appliedBoundedValue / planValue - 1 : 0; }
    double unboundedGain() const { return planValue > 0 ? appliedUnboundedValue / planValue - 1 : 0; }
    std::vector<double> boundedShares() const;
    std::vector<double> unboundedShares() const;
};

MixSuggestion suggestMix(const Plan &plan, const Catalogue &catalogue = Catalogue::builtin(),
                         const ModelParameters &parameters = ModelParameters::builtin());

// The plan with each phase moved toward its target account share by
// rescaling activity budgets, all phases at once (an activity that spans
// phases moves with each of them in view), keeping every phase's cost; hours
// stay as planned, and no budget falls below suggestion.minBudgetKept of
// itself. Of the budgets that do this, the nearest to the plan's (each change
// relative to its budget). Where a phase cannot reach its target, it gets as
// near as those limits allow. New budgets are rounded to the money step the
// budgets were typed in, each phase's largest budget of its own taking the
// remainder, so every phase's cost is kept exactly.
Plan applyAccountShares(const Plan &plan, const std::vector<double> &targetShares,
                        const ModelParameters &parameters = ModelParameters::builtin());

} // namespace mixplanner::core
