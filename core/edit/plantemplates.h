#pragma once

#include "core/model/plan.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// A new plan with nothing in it yet: awareness as its purpose and a typical
// hourly rate, so the first activity typed already has a cost.
Plan blankPlan(std::string title);

// The bundled templates (resource names, "templates/weak-brand-launch.mixplan"),
// each in `language` ("ja") where it is written in it, else in English.
std::vector<std::string> templateResources(std::string_view language);
// The bundled sample plan, in `language` where it is written in it.
std::string sampleResource(std::string_view language);

// A bundled plan, read and checked; nothing when the resource is missing or
// does not read (a broken build, never the user's doing).
std::optional<Plan> bundledPlan(const std::string &resource);

} // namespace mixplanner::core
