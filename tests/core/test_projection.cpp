// Projection: the reach paths behave as the model says, and every number is
// defined for any valid plan.
#include "plangenerator.h"
#include "planbuilder.h"
#include "testsupport.h"

#include "core/projection/projection.h"
#include "core/projection/projectionoutput.h"
#include "core/scoring/modelparameters.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace mixplanner;

namespace {
const core::ModelParameters &params() { return core::ModelParameters::builtin(); }

bool allFinite(const core::Projection &projection)
{
    bool ok = std::isfinite(projection.value) && std::isfinite(projection.endFollowers)
              && std::isfinite(projection.contentReach) && std::isfinite(projection.accountReach);
    for (const auto &week : projection.weeks)
        ok = ok && std::isfinite(week.contentReach) && std::isfinite(week.accountReach) && std::isfinite(week.followers)
             && std::isfinite(week.engagements) && std::isfinite(week.value) && week.followers >= 0
             && week.contentReach >= 0 && week.accountReach >= 0;
    return ok;
}
} // namespace

TEST_CASE("the Hill curve saturates and never overflows", "[projection]")
{
    CHECK(core::hill(0, 100, 1.3) == 0);
    CHECK(core::hill(100, 100, 1.3) == Approx(0.5));
    CHECK(core::hill(1e300, 100, 1.3) == Approx(1.0));
    CHECK(core::hill(200, 100, 1.3) > core::hill(100, 100, 1.3));
    // Diminishing returns past the half point: the second 100 adds less than the first above it.
    CHECK(core::hill(300, 100, 1.3) - core::hill(200, 100, 1.3) < core::hill(200, 100, 1.3) - core::hill(100, 100, 1.3));
}

TEST_CASE("organic reach follows the study's three bands without a cliff", "[projection]")
{
    const auto &p = params().projection;
    CHECK(core::organicReachRate(p.organicReachSmallUpTo / 2, params()) == Approx(p.organicReachSmall));
    CHECK(core::organicReachRate(std::sqrt(p.organicReachSmallUpTo * p.organicReachLargeFrom), params())
          == Approx(p.organicReachMiddle));
    CHECK(core::organicReachRate(p.organicReachLargeFrom * 5, params()) == Approx(p.organicReachLarge));
    // Never rising with the following, and never jumping: 1 % more followers
    // moves the rate by well under a tenth of a point.
    double previous = core::organicReachRate(1000, params());
    for (double followers = 1000; followers <= 1'000'000; followers *= 1.01) {
        const double rate = core::organicReachRate(followers, params());
        CHECK(rate <= previous + 1e-12);
        CHECK(previous - rate < 0.001);
        previous = rate;
    }
}

TEST_CASE("content reach converts people into followers, which is how a weak brand grows", "[projection]")
{
    const core::Plan plan = test::PlanBuilder("awareness").followers(500).phase("p1", 10, 500)
                                .activity("content", 0.1, 2'000'000, {"p1"}).build();
    const core::Projection projection = core::projectPlan(plan);
    REQUIRE(projection.weeks.size() == 10);
    CHECK(projection.endFollowers > 500 * 1.5);
    CHECK(projection.contentReach > projection.accountReach);
    for (std::size_t i = 1; i < projection.weeks.size(); ++i)
        CHECK(projection.weeks[i].followers > projection.weeks[i - 1].followers);
}

TEST_CASE("more content spend reaches more people, with diminishing returns", "[projection]")
{
    const auto reachWith = [](double budget) {
        return core::projectPlan(test::PlanBuilder("awareness").phase("p1", 4, 1000)
                                     .activity("c", 0.0, budget, {"p1"}).build()).contentReach;
    };
    const double small = reachWith(100'000), medium = reachWith(1'000'000), large = reachWith(10'000'000);
    CHECK(small < medium);
    CHECK(medium < large);
    CHECK(large / medium < medium / small);
}

TEST_CASE("a favoured brand's account reaches more of its followers", "[projection]")
{
    core::Plan plan = test::PlanBuilder("loyalty").followers(50'000).phase("p1", 4, 50'000)
                          .activity("posts", 0.9, 500'000, {"p1"}).build();
    plan.brand.favorability = 10;
    const double disliked = core::projectPlan(plan).accountReach;
    plan.brand.favorability = 90;
    CHECK(core::projectPlan(plan).accountReach > disliked * 1.5);
}

TEST_CASE("every valid plan projects to defined numbers", "[projection]")
{
    SECTION("generated plans, deterministic")
    {
        for (std::uint32_t seed = 1; seed <= 300; ++seed) {
            test::GeneratorShape shape;
            shape.phases = 1 + seed % 8;
            const core::Plan plan = test::generatePlan(seed, shape);
            const core::Projection first = core::projectPlan(plan);
            INFO("seed " << seed);
            CHECK(allFinite(first));
            CHECK(core::projectionToJson(plan, first).dump() == core::projectionToJson(plan, core::projectPlan(plan)).dump());
        }
    }
    SECTION("zero budget, zero followers, one-week phases, huge numbers, no phases")
    {
        core::Plan plan = test::PlanBuilder("awareness").followers(0).phase("p1", 1, 0).phase("p2", 1, 0)
                              .activity("a", 0.5, 0, {"p1"}).build();
        plan.brand.audienceSize = 0;
        CHECK(allFinite(core::projectPlan(plan)));
        plan.activities[0].budget = 1e12;
        plan.brand.followers = 10'000'000'000;
        plan.brand.audienceSize = 10'000'000'000;
        plan.clusters[0].size = 10'000'000'000;
        CHECK(allFinite(core::projectPlan(plan)));
        plan.phases.clear();
        plan.activities[0].phases.clear();
        const core::Projection empty = core::projectPlan(plan);
        CHECK(empty.weeks.empty());
        CHECK(empty.endFollowers == plan.brand.followers);
    }
}

TEST_CASE("an unknown currency is read as US dollars and says so", "[projection]")
{
    core::Plan plan = test::samplePlan();
    CHECK(core::projectPlan(plan).currencyKnown);
    plan.currency = "XAU";
    CHECK_FALSE(core::projectPlan(plan).currencyKnown);
}

TEST_CASE("the projection outputs carry every week", "[projection]")
{
    const core::Plan plan = test::samplePlan();
    const core::Projection projection = core::projectPlan(plan);
    const auto json = core::projectionToJson(plan, projection);
    CHECK(json["weeks"].size() == 24);
    CHECK(json["weeks"][0]["phase"] == "Seed content");
    const std::string csv = core::projectionToCsv(plan, projection);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 25);
}

TEST_CASE("a phase's content audience counts each cluster it aims at once", "[projection]")
{
    test::PlanBuilder builder = test::PlanBuilder("awareness").followers(500).phase("p1", 8, 500).phase("p2", 8, 500);
    builder.activity("a1", 0.2, 100000, {"p1"}).activity("a2", 0.2, 100000, {"p1"}).activity("a3", 0.2, 100000, {"p2"});
    core::Plan plan = builder.build();
    plan.clusters.push_back(core::Cluster{"cl-2", "Campers", 40000, {"#camp"}, {}});
    plan.activities[0].clusters = {"cl-1", "cl-2"};
    plan.activities[1].clusters = {"cl-2", "cl-1", "cl-gone"};   // an unknown id reaches nobody
    plan.activities[2].clusters = {"cl-2"};
    const core::ProjectionInputs inputs = core::projectionInputs(plan);
    REQUIRE(inputs.phases.size() == 2);
    CHECK(inputs.phases[0].contentAudience == 140000.0);
    CHECK(inputs.phases[1].contentAudience == 40000.0);
    // Wholly account-driven work aims at no cluster with content.
    plan.activities[2].accountShare = 1.0;
    CHECK(core::projectionInputs(plan).phases[1].contentAudience
          == static_cast<double>(plan.brand.audienceSize) * params().projection.untargetedAudienceShare);
}
