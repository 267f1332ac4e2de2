#pragma once

#include "core/model/plan.h"
#include "core/projection/projection.h"
#include "core/suggest/suggestion.h"

#include <string>

namespace mixplanner::cli {

// The projection as a terminal table, one line per week, with totals.
std::string renderProjectionText(const core::Plan &plan, const core::Projection &projection);
// The three columns per phase (plan, bounded, unbounded) and the reasons.
std::string renderSuggestionText(const core::MixSuggestion &suggestion);

} // namespace mixplanner::cli
