// Whole-report guarantees over many generated plans: every lost point is
// explained, numbers stay finite and in range, and scoring is deterministic.
#include "plangenerator.h"
#include "testsupport.h"

#include "core/scoring/scorejson.h"
#include "core/scoring/scorer.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace mixplanner;

TEST_CASE("findings' points add up to 100 - total on generated plans", "[scoring][identity]")
{
    for (std::uint32_t seed = 1; seed <= 500; ++seed) {
        test::GeneratorShape shape;
        shape.activities = seed % 40;
        shape.phases = 1 + seed % 6;
        const core::Plan plan = test::generatePlan(seed, shape);
        const core::ScoreReport report = core::scorePlan(plan);
        INFO("seed " << seed);
        double points = 0;
        for (const core::Finding &finding : report.findings) {
            CHECK(std::isfinite(finding.points));
            CHECK(finding.points >= 0);
            CHECK_FALSE(test::english(finding.message).empty());
            CHECK_FALSE(test::english(finding.suggestion).empty());
            // Every placeholder of the pattern got its value.
            CHECK(test::english(finding.message).find("%1") == std::string::npos);
            CHECK(test::english(finding.suggestion).find("%1") == std::string::npos);
            points += finding.points;
        }
        CHECK(points == Approx(100.0 - report.total).margin(0.01));
        CHECK(report.total >= 0);
        CHECK(report.total <= 100);
        CHECK(std::isfinite(report.brandStrength.value));
        for (const auto &component : report.components) {
            CHECK(component.score >= 0);
            CHECK(component.score <= 100);
        }
        for (const auto &phase : report.phases) {
            CHECK(phase.low <= phase.recommended);
            CHECK(phase.recommended <= phase.high);
            if (phase.planned) {
                CHECK(*phase.planned >= 0);
                CHECK(*phase.planned <= 1);
            }
        }
        // The rounded JSON keeps the identity too.
        const auto json = core::scoreReportToJson(report);
        double jsonPoints = 0;
        for (const auto &finding : json["findings"])
            jsonPoints += finding["points"].get<double>();
        CHECK(jsonPoints == Approx(100.0 - json["total"].get<double>()).margin(0.01));
    }
}

TEST_CASE("scoring is deterministic", "[scoring]")
{
    const core::Plan plan = test::samplePlan();
    const std::string first = core::scoreReportToJson(core::scorePlan(plan)).dump();
    for (int i = 0; i < 5; ++i)
        CHECK(core::scoreReportToJson(core::scorePlan(plan)).dump() == first);
}

TEST_CASE("the sample is scored with a climbing recommendation", "[scoring]")
{
    const core::ScoreReport report = core::scorePlan(test::samplePlan());
    REQUIRE(report.phases.size() == 3);
    CHECK(report.brandStrength.value < 40);   // a weak brand...
    CHECK(report.phases[0].recommended < report.phases[2].recommended);   // ...whose account grows
    CHECK(report.phases[0].planned.value() < 0.3);   // and the plan starts content-driven
    CHECK(report.total > 50);
}

TEST_CASE("brand strength comes from its parts unless overridden", "[scoring]")
{
    core::Plan plan = test::samplePlan();
    const auto derived = core::scorePlan(plan).brandStrength;
    double sum = 0;
    for (const auto &part : derived.parts)
        sum += part.contribution;
    CHECK(derived.value == Approx(sum));
    CHECK_FALSE(derived.override);

    plan.brand.strengthOverride = 77;
    const auto overridden = core::scorePlan(plan).brandStrength;
    CHECK(overridden.value == 77);
    CHECK(overridden.parts.size() == derived.parts.size());

    // More followers, awareness or favourability never weaken the brand.
    core::Plan stronger = test::samplePlan();
    stronger.brand.followers *= 10;
    CHECK(core::scorePlan(stronger).brandStrength.value > derived.value);
    stronger.brand.awareness += 10;
    stronger.brand.favorability += 10;
    CHECK(core::scorePlan(stronger).brandStrength.value > derived.value + 4);
}

TEST_CASE("an activity in several phases splits its cost by phase weeks", "[scoring]")
{
    core::Plan plan = test::samplePlan();
    plan.activities.resize(1);
    plan.activities[0].budget = 1200;
    plan.activities[0].hours = 0;
    plan.activities[0].phases = {"ph-seed", "ph-grow"};
    plan.phases[0].weeks = 2;   // 2 + 8 weeks -> 240 and 960... but phases must not overlap
    plan.phases[1].startWeek = 3;
    const auto report = core::scorePlan(plan);
    CHECK(report.phases[0].cost == Approx(240));
    CHECK(report.phases[1].cost == Approx(960));
    CHECK(report.phases[2].cost == 0);
}
