#include "core/scoring/plancosts.h"

#include <unordered_map>

namespace mixplanner::core {

double PlanCosts::plannedShare(std::size_t phase) const
{
    return phaseCost[phase] > 0 ? phaseAccountCost[phase] / phaseCost[phase] : -1.0;
}

PlanCosts computePlanCosts(const Plan &plan)
{
    PlanCosts costs;
    const std::size_t phaseCount = plan.phases.size();
    costs.phaseCost.assign(phaseCount, 0.0);
    costs.phaseAccountCost.assign(phaseCount, 0.0);
    costs.phaseSlices.resize(phaseCount);
    costs.activityCost.reserve(plan.activities.size());
    costs.scheduled.reserve(plan.activities.size());
    costs.scheduledActivityCost.assign(plan.activities.size(), 0.0);

    std::unordered_map<std::string_view, std::size_t> phaseIndex;
    phaseIndex.reserve(phaseCount);
    for (std::size_t i = 0; i < phaseCount; ++i)
        phaseIndex.emplace(plan.phases[i].id, i);

    std::vector<std::size_t> phasesOfActivity;
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        const Activity &activity = plan.activities[a];
        const double cost = activity.budget + activity.hours * plan.hourlyRate;
        costs.activityCost.push_back(cost);

        phasesOfActivity.clear();
        double weeks = 0;
        for (const std::string &id : activity.phases) {
            const auto found = phaseIndex.find(id);
            if (found == phaseIndex.end())
                continue;   // the loader rejects dangling refs; edits in progress may not
            phasesOfActivity.push_back(found->second);
            weeks += plan.phases[found->second].weeks;
        }
        costs.scheduled.push_back(!phasesOfActivity.empty());
        if (phasesOfActivity.empty() || weeks <= 0)
            continue;
        for (const std::size_t phase : phasesOfActivity) {
            const double slice = cost * plan.phases[phase].weeks / weeks;
            costs.phaseCost[phase] += slice;
            costs.phaseAccountCost[phase] += slice * activity.accountShare;
            costs.phaseSlices[phase].push_back(PlanCosts::Slice{a, slice});
            costs.scheduledActivityCost[a] += slice;
            costs.scheduledCost += slice;
        }
    }
    return costs;
}

} // namespace mixplanner::core
