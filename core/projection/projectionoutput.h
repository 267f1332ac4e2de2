#pragma once

#include "core/io/jsondocument.h"
#include "core/model/plan.h"
#include "core/projection/projection.h"
#include "core/suggest/suggestion.h"

#include <string>

namespace mixplanner::core {

// `project --json`: totals and one entry per week (documented in
// docs/projection-model.md). People are rounded to whole numbers.
Json projectionToJson(const Plan &plan, const Projection &projection);
// `project --csv` and the weekly table of exports: one row per week.
std::string projectionToCsv(const Plan &plan, const Projection &projection);
// `suggest --json`.
Json suggestionToJson(const MixSuggestion &suggestion);

} // namespace mixplanner::core
