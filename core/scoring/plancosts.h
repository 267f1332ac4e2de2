#pragma once

#include "core/model/plan.h"

#include <functional>
#include <vector>

namespace mixplanner::core {

// Where a plan's money and hours go. cost = budget + hours x hourlyRate; an
// activity in several phases splits its cost in proportion to phase weeks.
struct PlanCosts {
    struct Slice {
        std::size_t activity;
        double cost;
    };
    std::vector<double> activityCost;          // whole cost of each activity
    std::vector<bool> scheduled;               // activity lists at least one known phase
    std::vector<double> scheduledActivityCost; // the part of each activity's cost inside phases
    std::vector<double> phaseCost;             // per phase
    std::vector<double> phaseAccountCost;      // per phase, cost x account share
    std::vector<std::vector<Slice>> phaseSlices;   // per phase, the activities in it
    double scheduledCost = 0;                  // total over phases

    // Cost-weighted account share of a phase; negative when it has no cost.
    double plannedShare(std::size_t phase) const;
};

// `alsoVisit`, when given, sees each activity in the same pass, so a caller
// that needs more of every activity does not walk the plan again (on large
// plans the walk costs more than the sums).
PlanCosts computePlanCosts(const Plan &plan,
                           const std::function<void(std::size_t, const Activity &)> &alsoVisit = {});

} // namespace mixplanner::core
