#pragma once

#include "core/model/plan.h"

#include <cstdint>

namespace mixplanner::test {

struct GeneratorShape {
    std::size_t activities = 20;
    std::size_t phases = 3;
    std::size_t channels = 4;
    std::size_t clusters = 5;
};

// A valid plan with random but plausible contents, the same for the same
// seed: brand figures, purposes, platforms, shares, budgets, hours, phase
// memberships, targeting, including edge cases (zero budgets, empty phases,
// unscheduled activities, missing accounts).
core::Plan generatePlan(std::uint32_t seed, const GeneratorShape &shape = {});

} // namespace mixplanner::test
