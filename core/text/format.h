#pragma once

#include <string>

namespace mixplanner::core::text {

// Formatting for the sentences core writes (findings, CLI, reports). The UI
// renders numbers for the user's locale itself.

// 0.234 -> "23%"
std::string percent(double share);
// 1234567 JPY -> "¥1,234,567"; 1234.5 USD -> "$1,234.50"; others "1,234 EUR"
std::string money(double amount, const std::string &currency);
// 12345 -> "12,345"
std::string wholeNumber(double value);
// A number with at most `decimals` decimals and no trailing zeros: 2.50 -> "2.5"
std::string decimal(double value, int decimals);
// Rounds to two significant digits for amounts given as advice: 567130 -> 570000
double roughly(double amount);
// Exactly `decimals` decimals: 0.04 -> "0.0" (points lost are never shown as "-0")
std::string fixed(double value, int decimals);
// 'name', as messages name plan items
std::string quoted(const std::string &name);

} // namespace mixplanner::core::text
