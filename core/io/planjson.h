#pragma once

#include "core/catalogue/catalogue.h"
#include "core/io/diagnostic.h"
#include "core/model/plan.h"

#include <optional>
#include <string>
#include <string_view>

namespace mixplanner::core {

inline constexpr std::string_view kPlanFormat = "mixplanner.plan";
inline constexpr int kPlanFormatVersion = 1;

struct PlanReadResult {
    std::optional<Plan> plan;   // set exactly when errors is empty
    Diagnostics errors;         // every problem found, in document order
};

// Reads a .mixplan document. Checks types, ranges, ids, references and the
// phase timeline and reports every problem it finds with a JSON pointer.
// Never throws for bad input.
PlanReadResult readPlan(std::string_view text, const Catalogue &catalogue = Catalogue::builtin());

// The canonical form of a plan: known fields in the documented order, unknown
// fields after them in the order they were read, two-space indent, final newline.
std::string writePlan(const Plan &plan);

} // namespace mixplanner::core
