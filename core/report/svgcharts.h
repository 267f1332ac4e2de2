#pragma once

#include "core/report/planreport.h"

#include <string>
#include <vector>

namespace mixplanner::core {

// Charts as standalone SVG text for the HTML summary (and, rendered by Qt, the
// PDF). Series differ by line style and marker shape as well as colour, so
// they read in greyscale print. All plan text in them is escaped.
std::string mixChartSvg(const PlanReport &report, int width = 720, int height = 300);
// Followers (line) and people reached per week (bars) over the plan's weeks.
std::string projectionChartSvg(const PlanReport &report, int width = 720, int height = 280);
std::string componentsChartSvg(const PlanReport &report, int width = 720, int height = 190);

// Where the money goes: one bar per phase (and activities in no phase) or per
// channel, budgets and the team hours' cost stacked, the total at its end.
// The height follows the number of bars.
enum class CostChart { ByPhase, ByChannel };
std::vector<CostRow> costChartRows(const PlanReport &report, CostChart chart);
std::string costChartSvg(const PlanReport &report, CostChart chart, int width = 720);

} // namespace mixplanner::core
