// The timeline lists every phase once and every activity once, under the
// first of its phases, with bars exactly over its phases' weeks; phases carry
// the score's share and cost.
#include "plangenerator.h"
#include "testsupport.h"

#include "core/report/timeline.h"
#include "core/scoring/scorer.h"

#include <catch2/catch.hpp>

#include <set>

using namespace mixplanner;
using Row = core::TimelineRow;

namespace {

// The weeks an activity runs, from the plan itself.
std::set<int> weeksOf(const core::Plan &plan, const core::Activity &activity)
{
    std::set<int> weeks;
    for (const std::string &id : activity.phases)
        if (const core::Phase *phase = plan.findPhase(id))
            for (int w = phase->startWeek; w <= phase->endWeek(); ++w)
                weeks.insert(w);
    return weeks;
}

std::set<int> weeksOf(const std::vector<core::WeekSpan> &spans)
{
    std::set<int> weeks;
    for (const core::WeekSpan &span : spans)
        for (int w = span.first; w <= span.last; ++w)
            weeks.insert(w);
    return weeks;
}

} // namespace

TEST_CASE("the timeline shows every phase and activity once, over its weeks", "[timeline]")
{
    std::vector<core::Plan> plans{test::samplePlan()};
    for (std::uint32_t seed = 300; seed < 340; ++seed)
        plans.push_back(test::generatePlan(seed));
    plans.front().activities.front().phases.clear();   // one activity in no phase
    for (const core::Plan &plan : plans) {
        INFO(plan.title);
        const core::ScoreReport score = core::scorePlan(plan);
        const core::Timeline timeline = core::buildTimeline(plan, score);
        std::vector<int> seenPhases(plan.phases.size(), 0);
        std::vector<int> seenActivities(plan.activities.size(), 0);
        std::size_t currentPhase = plan.phases.size();
        bool unscheduledHeading = false;
        for (const Row &row : timeline.rows) {
            switch (row.kind) {
            case Row::Kind::Phase: {
                REQUIRE(row.index < plan.phases.size());
                ++seenPhases[row.index];
                currentPhase = row.index;
                const core::Phase &phase = plan.phases[row.index];
                CHECK(row.name == phase.name);
                REQUIRE(row.spans.size() == 1);
                CHECK(row.spans.front() == core::WeekSpan{phase.startWeek, phase.endWeek()});
                CHECK(row.cost == Approx(score.phases[row.index].cost));
                CHECK(row.accountShare == score.phases[row.index].planned);
                CHECK_FALSE(unscheduledHeading);   // phases come before the unscheduled work
                break;
            }
            case Row::Kind::Activity: {
                REQUIRE(row.index < plan.activities.size());
                ++seenActivities[row.index];
                const core::Activity &activity = plan.activities[row.index];
                CHECK(row.name == activity.name);
                CHECK(weeksOf(row.spans) == weeksOf(plan, activity));
                // Spans are in order, apart, and do not touch (touching ones are joined).
                for (std::size_t s = 1; s < row.spans.size(); ++s)
                    CHECK(row.spans[s].first > row.spans[s - 1].last + 1);
                CHECK(row.cost == Approx(activity.budget + activity.hours * plan.hourlyRate));
                if (unscheduledHeading) {
                    CHECK(row.spans.empty());
                } else {
                    // Under the earliest phase it is in.
                    REQUIRE(currentPhase < plan.phases.size());
                    const int start = plan.phases[currentPhase].startWeek;
                    CHECK(row.spans.front().first == start);
                }
                break;
            }
            case Row::Kind::Unscheduled:
                CHECK_FALSE(unscheduledHeading);
                unscheduledHeading = true;
                break;
            }
        }
        for (int seen : seenPhases)
            CHECK(seen == 1);
        for (int seen : seenActivities)
            CHECK(seen == 1);
        int last = 0;
        for (const core::Phase &phase : plan.phases)
            last = std::max(last, phase.endWeek());
        CHECK(timeline.lastWeek == last);
    }
}

TEST_CASE("an activity in phases that touch has one bar, in phases apart two", "[timeline]")
{
    core::Plan plan = test::samplePlan();
    REQUIRE(plan.phases.size() >= 3);
    // Make a gap between the second and third phase.
    for (std::size_t p = 2; p < plan.phases.size(); ++p)
        plan.phases[p].startWeek += 3;
    core::Activity &activity = plan.activities.front();
    const auto rowOf = [&](const core::Timeline &timeline) {
        for (const Row &row : timeline.rows)
            if (row.kind == Row::Kind::Activity && row.index == 0)
                return row;
        FAIL("activity 0 not on the timeline");
        return Row{};
    };
    activity.phases = {plan.phases[1].id, plan.phases[0].id};   // out of order on purpose
    Row row = rowOf(core::buildTimeline(plan, core::scorePlan(plan)));
    REQUIRE(plan.phases[0].endWeek() + 1 == plan.phases[1].startWeek);
    REQUIRE(row.spans.size() == 1);
    CHECK(row.spans.front() == core::WeekSpan{plan.phases[0].startWeek, plan.phases[1].endWeek()});

    activity.phases = {plan.phases[0].id, plan.phases[2].id, "no-such-phase"};
    row = rowOf(core::buildTimeline(plan, core::scorePlan(plan)));
    REQUIRE(row.spans.size() == 2);
    CHECK(row.spans[0] == core::WeekSpan{plan.phases[0].startWeek, plan.phases[0].endWeek()});
    CHECK(row.spans[1] == core::WeekSpan{plan.phases[2].startWeek, plan.phases[2].endWeek()});
}

TEST_CASE("a plan without phases has its activities under the unscheduled heading", "[timeline]")
{
    core::Plan plan = test::samplePlan();
    plan.phases.clear();
    for (core::Activity &activity : plan.activities)
        activity.phases.clear();
    const core::Timeline timeline = core::buildTimeline(plan, core::scorePlan(plan));
    CHECK(timeline.lastWeek == 0);
    REQUIRE(timeline.rows.size() == plan.activities.size() + 1);
    CHECK(timeline.rows.front().kind == Row::Kind::Unscheduled);
}
