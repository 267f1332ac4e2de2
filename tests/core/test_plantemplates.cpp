// The bundled plans a new plan starts from: each template once, in the
// language asked for where it is written in it, and each one readable.
#include "core/edit/plantemplates.h"
#include "core/resources/embeddedresource.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace mixplanner;

TEST_CASE("each template is offered once, in the language asked for where it exists", "[templates]")
{
    const auto english = core::templateResources("en");
    const auto japanese = core::templateResources("ja");
    const auto french = core::templateResources("fr");
    REQUIRE(!english.empty());
    CHECK(japanese.size() == english.size());
    CHECK(french == english);   // no French templates: the English ones
    for (std::size_t i = 0; i < english.size(); ++i) {
        INFO(english[i] << " / " << japanese[i]);
        CHECK(english[i].find(".ja.") == std::string::npos);
        // Every English template bundled here has a Japanese copy.
        CHECK(japanese[i].size() > english[i].size());
        CHECK(japanese[i].find(".ja.mixplan") != std::string::npos);
        CHECK(core::bundledPlan(english[i]).has_value());
        CHECK(core::bundledPlan(japanese[i]).has_value());
    }
}

TEST_CASE("the sample comes in the language asked for", "[templates]")
{
    CHECK(core::sampleResource("en") == "samples/spring-launch.mixplan");
    CHECK(core::sampleResource("ja") == "samples/spring-launch.ja.mixplan");
    CHECK(core::sampleResource("de") == "samples/spring-launch.mixplan");
    const auto english = core::bundledPlan(core::sampleResource("en"));
    const auto japanese = core::bundledPlan(core::sampleResource("ja"));
    REQUIRE(english);
    REQUIRE(japanese);
    CHECK(english->title != japanese->title);
    CHECK(!core::bundledPlan("samples/none.mixplan"));
}

TEST_CASE("a blank plan has a purpose and an hourly rate, nothing else", "[templates]")
{
    const core::Plan plan = core::blankPlan("Mine");
    CHECK(plan.title == "Mine");
    CHECK(!plan.purpose.primary.empty());
    CHECK(plan.hourlyRate > 0);
    CHECK(plan.activities.empty());
    CHECK(plan.phases.empty());
    CHECK(plan.channels.empty());
}
