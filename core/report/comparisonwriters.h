#pragma once

#include "core/report/comparison.h"

#include <string>

namespace mixplanner::core {

// The comparison page of the exports: one table, plan text escaped.
std::string writeComparisonMarkdown(const ComparisonTable &table);
std::string writeComparisonHtml(const ComparisonTable &table);

} // namespace mixplanner::core
