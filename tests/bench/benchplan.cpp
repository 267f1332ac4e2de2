#include "benchplan.h"

#include "../core/plangenerator.h"

namespace mixplanner::test {

core::Plan benchPlan(std::size_t activities)
{
    GeneratorShape shape;
    shape.activities = activities;
    shape.phases = 12;
    shape.channels = 20;
    shape.clusters = 50;
    core::Plan plan = generatePlan(42, shape);
    // 12 phases filling 104 weeks exactly, so the projection covers two years.
    int week = 1;
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        plan.phases[p].startWeek = week;
        plan.phases[p].weeks = p < 8 ? 9 : 8;
        week += plan.phases[p].weeks;
    }
    return plan;
}

} // namespace mixplanner::test
