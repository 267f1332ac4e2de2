#pragma once

#include "core/model/plan.h"

#include <string>
#include <vector>

// Where the money goes, by phase and by channel: budgets and team hours side
// by side, for the overview's cost charts and the summaries. An activity in
// several phases is split over them by weeks, as the score splits it.
namespace mixplanner::core {

struct CostRow {
    std::string name;
    double money = 0;       // budgets
    double hours = 0;
    double hoursCost = 0;   // hours x hourly rate
    double total() const { return money + hoursCost; }
};

struct CostBreakdown {
    std::vector<CostRow> phases;     // in plan order
    CostRow unscheduled;             // activities in no phase (name empty)
    std::vector<CostRow> channels;   // in plan order; activities on an unknown channel are left out
};

CostBreakdown costBreakdown(const Plan &plan);

} // namespace mixplanner::core
