// Cost by phase and by channel adds up to what the plan commits, so the
// overview's charts and the budget cap tell the same story.
#include "plangenerator.h"
#include "testsupport.h"

#include "core/report/costbreakdown.h"
#include "core/scoring/scorer.h"

#include <catch2/catch.hpp>

using namespace mixplanner;

namespace {

double totalOf(const std::vector<core::CostRow> &rows)
{
    double total = 0;
    for (const core::CostRow &row : rows)
        total += row.total();
    return total;
}

} // namespace

TEST_CASE("cost by phase and by channel add up to the committed money", "[costs]")
{
    std::vector<core::Plan> plans{test::samplePlan()};
    for (std::uint32_t seed = 900; seed < 940; ++seed)
        plans.push_back(test::generatePlan(seed));
    plans.front().activities.front().phases.clear();   // money outside every phase
    for (const core::Plan &plan : plans) {
        INFO(plan.title);
        const core::CostBreakdown breakdown = core::costBreakdown(plan);
        const core::ScoreReport score = core::scorePlan(plan);
        const double committed = score.budget.committed();
        CHECK(totalOf(breakdown.phases) + breakdown.unscheduled.total() == Approx(committed));
        CHECK(totalOf(breakdown.channels) == Approx(committed));
        // Each phase costs what the score says it costs.
        REQUIRE(breakdown.phases.size() == score.phases.size());
        for (std::size_t p = 0; p < score.phases.size(); ++p)
            CHECK(breakdown.phases[p].total() == Approx(score.phases[p].cost).margin(1e-6));
        double hours = 0;
        for (const core::CostRow &row : breakdown.channels)
            hours += row.hours;
        CHECK(hours == Approx(score.budget.hours));
    }
}
