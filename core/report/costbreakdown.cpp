#include "core/report/costbreakdown.h"

#include "core/model/idindex.h"
#include "core/scoring/plancosts.h"

namespace mixplanner::core {

namespace {

// Adds a part of an activity's cost: `fraction` of its budget and hours.
void add(CostRow &row, const Activity &activity, double hourlyRate, double fraction)
{
    row.money += activity.budget * fraction;
    row.hours += activity.hours * fraction;
    row.hoursCost += activity.hours * hourlyRate * fraction;
}

} // namespace

CostBreakdown costBreakdown(const Plan &plan)
{
    CostBreakdown breakdown;
    const PlanCosts costs = computePlanCosts(plan);
    breakdown.phases.resize(plan.phases.size());
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        breakdown.phases[p].name = plan.phases[p].name;
        for (const PlanCosts::Slice &slice : costs.phaseSlices[p]) {
            const double whole = costs.activityCost[slice.activity];
            const Activity &activity = plan.activities[slice.activity];
            // The slice's share of the activity; a cost-free activity has no share to split.
            if (whole > 0)
                add(breakdown.phases[p], activity, plan.hourlyRate, slice.cost / whole);
        }
    }
    IdIndex channelIndex(plan.channels);
    breakdown.channels.resize(plan.channels.size());
    for (std::size_t c = 0; c < plan.channels.size(); ++c)
        breakdown.channels[c].name = plan.channels[c].name.empty() ? plan.channels[c].id : plan.channels[c].name;
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        const Activity &activity = plan.activities[a];
        if (!costs.scheduled[a])
            add(breakdown.unscheduled, activity, plan.hourlyRate, 1.0);
        const std::size_t channel = channelIndex.find(activity.channel);
        if (channel != IdIndex::kNotFound)
            add(breakdown.channels[channel], activity, plan.hourlyRate, 1.0);
    }
    return breakdown;
}

} // namespace mixplanner::core
