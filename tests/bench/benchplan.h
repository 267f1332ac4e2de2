#pragma once

#include "core/model/plan.h"

#include <cstddef>

namespace mixplanner::test {

// The plan every benchmark measures: `activities` generated activities over
// 12 phases filling 104 weeks, 20 channels and 50 clusters (seed 42).
core::Plan benchPlan(std::size_t activities);

} // namespace mixplanner::test
