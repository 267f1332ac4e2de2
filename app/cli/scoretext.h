#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/report/comparison.h"
#include "core/scoring/scorereport.h"

#include <string>
#include <vector>

namespace mixplanner::cli {

// The score as a reader sees it in a terminal: total, brand strength, the
// components, the mix per phase and every finding with its suggestion.
std::string renderScoreText(const core::Plan &plan, const core::ScoreReport &report,
                            const core::Catalogue &catalogue);

// Several plans side by side, one column each.
std::string renderComparison(const core::ComparisonTable &table);

} // namespace mixplanner::cli
