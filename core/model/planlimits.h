#pragma once

#include <cstdint>

namespace mixplanner::core::limits {

// Ranges of plan values, shared by the file loader and the editor so both
// accept exactly the same plans. They are far beyond real campaigns; a value
// above them is almost surely a typo, and they keep every sum finite.
inline constexpr double kMaxMoney = 1e12;                  // budgets and hourly rate
inline constexpr double kMaxHours = 1e6;                   // ~115 person-years per activity
inline constexpr std::int64_t kMaxPeople = 10'000'000'000; // more than everyone online
inline constexpr int kMaxWeek = 520;                       // a plan spans at most ten years

} // namespace mixplanner::core::limits
