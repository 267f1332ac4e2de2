#include "core/scoring/plancosts.h"

#include "core/model/idindex.h"

#include <algorithm>

namespace mixplanner::core {

namespace {

// How many activities ahead the loop asks for phase lists: far enough to
// hide a trip to memory behind the work on the activities in between.
constexpr std::size_t kPrefetchAhead = 8;

void prefetchForReading(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#else
    (void)address;
#endif
}

} // namespace

double PlanCosts::plannedShare(std::size_t phase) const
{
    return phaseCost[phase] > 0 ? phaseAccountCost[phase] / phaseCost[phase] : -1.0;
}

PlanCosts computePlanCosts(const Plan &plan, const std::function<void(std::size_t, const Activity &)> &alsoVisit,
                           PhaseSlices slices, const std::function<void(std::size_t, std::size_t, double)> &sliceVisit)
{
    PlanCosts costs;
    const std::size_t phaseCount = plan.phases.size();
    costs.phaseCost.assign(phaseCount, 0.0);
    costs.phaseAccountCost.assign(phaseCount, 0.0);
    costs.phaseActivities.assign(phaseCount, 0);
    const bool listSlices = slices == PhaseSlices::Listed;
    if (listSlices)
        costs.phaseSlices.resize(phaseCount);
    costs.activityCost.reserve(plan.activities.size());
    costs.scheduled.reserve(plan.activities.size());
    costs.scheduledActivityCost.assign(plan.activities.size(), 0.0);

    const IdIndex phaseIndex(plan.phases);
    // Room for an even spread of activities over the phases, so most slices
    // go in without reallocating.
    for (auto &list : costs.phaseSlices)
        list.reserve(plan.activities.size() / std::max<std::size_t>(phaseCount, 1) + 1);

    std::vector<std::size_t> phasesOfActivity;
    const std::size_t count = plan.activities.size();
    for (std::size_t a = 0; a < count; ++a) {
        const Activity &activity = plan.activities[a];
        // An activity's phase list lives elsewhere on the heap, and waiting
        // for it was most of this loop: ask for a later activity's list now,
        // so it has arrived when the loop gets there. A list of two or more
        // ids (32 bytes each) can end on the next cache line; ask for its
        // last id too.
        if (a + kPrefetchAhead < count) {
            const std::vector<std::string> &later = plan.activities[a + kPrefetchAhead].phases;
            if (!later.empty()) {
                prefetchForReading(later.data());
                if (later.size() > 1)
                    prefetchForReading(&later.back());
            }
        }
        if (alsoVisit)
            alsoVisit(a, activity);
        const double cost = activity.budget + activity.hours * plan.hourlyRate;
        costs.activityCost.push_back(cost);
        costs.money += activity.budget;
        costs.hours += activity.hours;
        costs.hoursCost += activity.hours * plan.hourlyRate;

        phasesOfActivity.clear();
        double weeks = 0;
        for (const std::string &id : activity.phases) {
            const std::size_t found = phaseIndex.find(id);
            if (found == IdIndex::kNotFound)
                continue;   // the loader rejects dangling refs; edits in progress may not
            phasesOfActivity.push_back(found);
            weeks += plan.phases[found].weeks;
        }
        costs.scheduled.push_back(!phasesOfActivity.empty());
        if (phasesOfActivity.empty() || weeks <= 0)
            continue;
        for (const std::size_t phase : phasesOfActivity) {
            const double slice = cost * plan.phases[phase].weeks / weeks;
            costs.phaseCost[phase] += slice;
            costs.phaseAccountCost[phase] += slice * activity.accountShare;
            ++costs.phaseActivities[phase];
            if (listSlices)
                costs.phaseSlices[phase].push_back(PlanCosts::Slice{a, slice});
            if (sliceVisit)
                sliceVisit(a, phase, slice);
            costs.scheduledActivityCost[a] += slice;
            costs.scheduledCost += slice;
        }
    }
    return costs;
}

} // namespace mixplanner::core
