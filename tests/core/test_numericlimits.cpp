// Values at the edges of what a plan may hold: huge budgets and followers are
// either refused on load or carried through score, projection and every
// export as finite numbers.
#include "testsupport.h"

#include "core/io/jsondocument.h"
#include "core/io/planjson.h"
#include "core/model/planlimits.h"
#include "core/projection/projection.h"
#include "core/report/reportwriters.h"
#include "core/scoring/scorejson.h"
#include "core/scoring/scorer.h"
#include "core/suggest/suggestion.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <regex>

using namespace mixplanner;

namespace {

// Every number in a JSON document is finite (the writers would print null for
// a NaN, so nulls are allowed only where the report has an optional value).
void checkFiniteJson(const core::Json &value, const std::string &key = "")
{
    if (value.is_number_float())
        CHECK(std::isfinite(value.get<double>()));
    else if (value.is_null())
        CHECK((key == "override" || key == "planned" || key == "strengthOverride" || key == "secondary" || key == "cap"
               || key == "remaining"));
    else if (value.is_structured())
        for (auto it = value.begin(); it != value.end(); ++it)
            checkFiniteJson(it.value(), value.is_object() ? it.key() : key);
}

core::Plan extremePlan()
{
    core::Plan plan = test::samplePlan();
    for (auto &activity : plan.activities) {
        activity.budget = core::limits::kMaxMoney;
        activity.hours = core::limits::kMaxHours;
    }
    plan.hourlyRate = core::limits::kMaxMoney;
    plan.brand.followers = core::limits::kMaxPeople;
    plan.brand.audienceSize = core::limits::kMaxPeople;
    for (auto &cluster : plan.clusters)
        cluster.size = core::limits::kMaxPeople;
    for (auto &channel : plan.channels)
        channel.followers = core::limits::kMaxPeople;
    for (auto &phase : plan.phases)
        phase.followerMilestone = core::limits::kMaxPeople;
    return plan;
}

} // namespace

TEST_CASE("values beyond the limits are refused on load", "[limits]")
{
    auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
    document["activities"][0]["budget"] = 1e308;
    document["brand"]["followers"] = 9223372036854775808.0;   // 2^63
    document["clusters"][0]["size"] = 18446744073709551615ull;
    const auto result = core::readPlan(document.dump());
    CHECK_FALSE(result.plan);
    CHECK(test::hasDiagnostic(result.errors, "/activities/0/budget", "money"));
    CHECK(test::hasDiagnostic(result.errors, "/brand/followers", "people"));
    CHECK(test::hasDiagnostic(result.errors, "/clusters/0/size", "people"));
}

TEST_CASE("a plan at the limits keeps every number finite", "[limits]")
{
    const core::Plan plan = extremePlan();
    // It is a valid plan: it survives a save and a load.
    const auto reread = core::readPlan(core::writePlan(plan));
    INFO(test::describe(reread.errors));
    REQUIRE(reread.plan);

    const core::ScoreReport score = core::scorePlan(plan);
    CHECK(std::isfinite(score.total));
    checkFiniteJson(core::scoreReportToJson(score));

    const core::Projection projection = core::projectPlan(plan);
    CHECK(std::isfinite(projection.value));
    CHECK(std::isfinite(projection.endFollowers));
    for (const auto &week : projection.weeks)
        CHECK(std::isfinite(week.followers + week.contentReach + week.accountReach + week.engagements));

    const core::MixSuggestion suggestion = core::suggestMix(plan);
    CHECK(std::isfinite(suggestion.boundedValue));
    CHECK(std::isfinite(suggestion.unboundedGain()));

    const core::PlanReport report = core::buildPlanReport(plan, score);
    const auto json = core::parseJsonDocument(core::writeJsonReport(report));
    REQUIRE(json.value);
    checkFiniteJson(*json.value);
    const std::regex notANumber(R"((^|[^A-Za-z])(nan|inf|NaN|Inf|INF|NAN)([^A-Za-z]|$))");
    for (const core::ReportFormat format : {core::ReportFormat::Markdown, core::ReportFormat::Html, core::ReportFormat::Csv}) {
        const std::string text = core::writeReport(report, format);
        INFO("format " << static_cast<int>(format));
        CHECK_FALSE(std::regex_search(text, notANumber));
    }
}
