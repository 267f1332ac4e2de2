// The sample plan and the templates ship inside the program; each must load,
// survive a save, and match the file in resources/ byte for byte.
#include "testsupport.h"

#include "core/io/planjson.h"
#include "core/resources/embeddedresource.h"

#include <catch2/catch.hpp>

using namespace mixplanner;

TEST_CASE("bundled plans load, round-trip and are embedded unchanged", "[bundled]")
{
    std::vector<std::string> names = core::embeddedResourceNames("templates/");
    CHECK(names.size() >= 3);
    names.push_back("samples/spring-launch.mixplan");
    names.push_back("samples/spring-launch.ja.mixplan");
    for (const std::string &name : names) {
        INFO(name);
        const auto embedded = core::embeddedResource(name);
        REQUIRE(embedded);
        CHECK(*embedded == test::readText(test::resourcesDir() / name));

        const auto first = core::readPlan(*embedded);
        INFO(test::describe(first.errors));
        REQUIRE(first.plan);
        CHECK_FALSE(first.plan->title.empty());
        CHECK_FALSE(first.plan->activities.empty());
        const auto second = core::readPlan(core::writePlan(*first.plan));
        REQUIRE(second.plan);
        CHECK(*second.plan == *first.plan);
        // The files are kept in canonical form, so convert leaves them unchanged.
        CHECK(core::writePlan(*first.plan) == std::string(*embedded));
    }
}

TEST_CASE("the sample is a weak brand launching in three phases", "[bundled]")
{
    const auto sample = core::readPlan(*core::embeddedResource("samples/spring-launch.mixplan"));
    REQUIRE(sample.plan);
    const core::Plan &plan = *sample.plan;
    CHECK(plan.purpose.primary == "launch");
    CHECK(plan.phases.size() == 3);
    CHECK(plan.brand.awareness < 20);
    CHECK_FALSE(plan.brand.strengthOverride);
    // Every phase has work in it, and the milestones rise.
    for (std::size_t i = 1; i < plan.phases.size(); ++i)
        CHECK(plan.phases[i].followerMilestone > plan.phases[i - 1].followerMilestone);
}

TEST_CASE("the templates cover the three starting points", "[bundled]")
{
    const auto names = core::embeddedResourceNames("templates/");
    const auto has = [&names](const std::string &name) {
        return std::find(names.begin(), names.end(), "templates/" + name + ".mixplan") != names.end();
    };
    CHECK(has("weak-brand-launch"));
    CHECK(has("strong-brand-loyalty"));
    CHECK(has("b2b-awareness"));
    CHECK_FALSE(core::embeddedResource("templates/no-such-template.mixplan"));
}

// The Japanese sample is the same plan in other words: same numbers, same score.
TEST_CASE("the Japanese sample differs from the English one only in its words", "[bundled]")
{
    const auto english = core::readPlan(*core::embeddedResource("samples/spring-launch.mixplan"));
    const auto japanese = core::readPlan(*core::embeddedResource("samples/spring-launch.ja.mixplan"));
    REQUIRE(english.plan);
    REQUIRE(japanese.plan);
    const core::Plan &en = *english.plan;
    const core::Plan &ja = *japanese.plan;
    CHECK(en.title != ja.title);
    CHECK(en.brand == ja.brand);
    CHECK(en.purpose == ja.purpose);
    REQUIRE(en.phases.size() == ja.phases.size());
    for (std::size_t i = 0; i < en.phases.size(); ++i) {
        CHECK(en.phases[i].startWeek == ja.phases[i].startWeek);
        CHECK(en.phases[i].weeks == ja.phases[i].weeks);
        CHECK(en.phases[i].followerMilestone == ja.phases[i].followerMilestone);
    }
    REQUIRE(en.activities.size() == ja.activities.size());
    for (std::size_t i = 0; i < en.activities.size(); ++i) {
        INFO(en.activities[i].name);
        CHECK(en.activities[i].budget == ja.activities[i].budget);
        CHECK(en.activities[i].hours == ja.activities[i].hours);
        CHECK(en.activities[i].accountShare == ja.activities[i].accountShare);
        CHECK(en.activities[i].phases == ja.activities[i].phases);
        CHECK(en.activities[i].channel == ja.activities[i].channel);
    }
}
