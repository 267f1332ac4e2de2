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
    std::vector<std::size_t> phaseActivities;  // per phase, how many activities it has
    std::vector<std::vector<Slice>> phaseSlices;   // per phase, the activities in it (when asked for)
    double scheduledCost = 0;                  // total over phases
    double money = 0;                          // sum of budgets, in or out of phases
    double hours = 0;                          // sum of team hours
    double hoursCost = 0;                      // hours x hourly rate

    // Cost-weighted account share of a phase; negative when it has no cost.
    double plannedShare(std::size_t phase) const;
};

enum class PhaseSlices { Listed, NotNeeded };

// `alsoVisit`, when given, sees each activity in the same pass, so a caller
// that needs more of every activity does not walk the plan again (on large
// plans the walk costs more than the sums). Scoring needs no phaseSlices;
// leaving them out spares writing one record per activity and phase.
// `sliceVisit`, when given, sees each (activity, phase, cost) slice as it is
// computed, after `alsoVisit` has seen the activity.
PlanCosts computePlanCosts(const Plan &plan,
                           const std::function<void(std::size_t, const Activity &)> &alsoVisit = {},
                           PhaseSlices slices = PhaseSlices::Listed,
                           const std::function<void(std::size_t, std::size_t, double)> &sliceVisit = {});

} // namespace mixplanner::core
