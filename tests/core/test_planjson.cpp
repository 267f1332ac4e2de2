#include "plangenerator.h"
#include "testsupport.h"

#include "core/io/jsondocument.h"
#include "core/io/planjson.h"

#include <catch2/catch.hpp>

using namespace mixplanner;

namespace {

// The minimal plan with one member replaced, addressed by JSON pointer.
std::string withValue(const std::string &pointer, const core::Json &value)
{
    auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
    document[core::Json::json_pointer(pointer)] = value;
    return document.dump(2);
}

std::string without(const std::string &pointer)
{
    auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
    const core::Json::json_pointer target(pointer);
    document[target.parent_pointer()].erase(target.back());
    return document.dump(2);
}

} // namespace

TEST_CASE("the minimal plan reads into the model", "[planjson]")
{
    const auto result = core::readPlan(test::minimalPlanText());
    INFO(test::describe(result.errors));
    REQUIRE(result.plan);
    const core::Plan &plan = *result.plan;
    CHECK(plan.title == "Minimal plan");
    CHECK(plan.currency == "JPY");
    CHECK(plan.hourlyRate == 5000);
    CHECK_FALSE(plan.brand.strengthOverride);
    CHECK(plan.brand.followers == 1000);
    CHECK(plan.purpose.primary == "awareness");
    CHECK(plan.purpose.secondary.empty());
    REQUIRE(plan.phases.size() == 2);
    CHECK(plan.phases[1].endWeek() == 16);
    REQUIRE(plan.activities.size() == 2);
    CHECK(plan.activities[0].accountShare == Approx(0.2));
    CHECK(plan.activities[0].clusters == std::vector<std::string>{"cl-1"});
    CHECK(plan.findChannel("ch-ig") != nullptr);
    CHECK(plan.findPhase("ph-3") == nullptr);
    CHECK(plan.unknown.empty());
}

TEST_CASE("every problem in a file is reported, not just the first", "[planjson]")
{
    auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
    document["activities"][0]["budget"] = -5;
    document["activities"][1]["accountShare"] = 3;
    document["brand"]["awareness"] = "high";
    document["channels"][0]["platform"] = "myspace";
    const auto result = core::readPlan(document.dump());
    CHECK_FALSE(result.plan);
    INFO(test::describe(result.errors));
    CHECK(result.errors.size() == 4);
    CHECK(test::hasDiagnostic(result.errors, "/activities/0/budget", "got -5"));
    CHECK(test::hasDiagnostic(result.errors, "/activities/1/accountShare", "got 3"));
    CHECK(test::hasDiagnostic(result.errors, "/brand/awareness", "got text \"high\""));
    CHECK(test::hasDiagnostic(result.errors, "/channels/0/platform", "myspace"));
}

TEST_CASE("the diagnostic text leads with the pointer", "[planjson]")
{
    const auto result = core::readPlan(withValue("/activities/1/budget", -5));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].text().rfind("/activities/1/budget: must be a non-negative amount of money", 0) == 0);
}

TEST_CASE("optional members take documented defaults", "[planjson]")
{
    const auto noShare = core::readPlan(without("/activities/1/accountShare"));
    REQUIRE(noShare.plan);
    // account_posts defaults to 0.8 in the activity type catalogue
    CHECK(noShare.plan->activities[1].accountShare == Approx(0.8));

    const auto noBrand = core::readPlan(without("/brand"));
    REQUIRE(noBrand.plan);
    CHECK(noBrand.plan->brand.awareness == 0);

    const auto noCurrency = core::readPlan(without("/currency"));
    REQUIRE(noCurrency.plan);
    CHECK(noCurrency.plan->currency == "JPY");

    const auto noActivities = core::readPlan(without("/activities"));
    REQUIRE(noActivities.plan);
    CHECK(noActivities.plan->activities.empty());
}

TEST_CASE("values inside their ranges are accepted at the edges", "[planjson]")
{
    CHECK(core::readPlan(withValue("/activities/0/accountShare", 0)).plan);
    CHECK(core::readPlan(withValue("/activities/0/accountShare", 1)).plan);
    CHECK(core::readPlan(withValue("/brand/strengthOverride", 100)).plan);
    CHECK(core::readPlan(withValue("/brand/strengthOverride", 0)).plan);
    CHECK(core::readPlan(withValue("/activities/0/budget", 0)).plan);
    CHECK(core::readPlan(withValue("/brand/followers", 2000.0)).plan);   // whole number written as float
    CHECK(core::readPlan(withValue("/purpose/secondary", "engagement")).plan);
    CHECK(core::readPlan(withValue("/purpose/secondary", "")).plan);
}

TEST_CASE("values outside their ranges are refused with their pointer", "[planjson]")
{
    struct Case { const char *pointer; core::Json value; const char *fragment; };
    const Case cases[] = {
        {"/activities/0/budget", 1e13, "money"},
        {"/activities/0/hours", 2e6, "hours"},
        {"/brand/engagementRate", -1, "percentage"},
        {"/brand/favorability", 100.5, "percentage"},
        {"/brand/audienceSize", -3, "people"},
        {"/clusters/0/size", 1e11, "people"},
        {"/phases/0/startWeek", 0, "week number"},
        {"/phases/1/weeks", 600, "number of weeks"},
        {"/phases/0/followerMilestone", -1, "people"},
        {"/purpose/secondary", "peace", "must be one of"},
        {"/purpose/secondary", 3, "must be text"},
        {"/brand/strengthOverride", "strong", "percentage"},
        {"/channels/0/hasAccount", 1, "true or false"},
        {"/clusters/0/keywords", "#homecafe", "a list"},
        {"/activities/0/id", std::string(300, 'a'), "longer than"},
        {"/activities/0/name", "", "must not be empty"},
        {"/brand", core::Json::array(), "an object"},
    };
    for (const Case &c : cases) {
        INFO(c.pointer << " = " << c.value.dump());
        const auto result = core::readPlan(withValue(c.pointer, c.value));
        INFO(test::describe(result.errors));
        CHECK_FALSE(result.plan);
        CHECK(test::hasDiagnostic(result.errors, c.pointer, c.fragment));
    }
}

TEST_CASE("ids are unique in each collection and references must resolve", "[planjson]")
{
    SECTION("duplicate ids name the first use")
    {
        const auto result = core::readPlan(withValue("/channels/-", core::Json{{"id", "ch-ig"}, {"platform", "x"}}));
        CHECK(test::hasDiagnostic(result.errors, "/channels/1/id", "/channels/0 already uses it"));
    }
    SECTION("an id may repeat across collections")
    {
        auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
        document["clusters"][0]["id"] = "ph-1";
        document["activities"][0]["clusters"][0] = "ph-1";
        CHECK(core::readPlan(document.dump()).plan);
    }
    SECTION("an activity may be in no phase yet; scoring reports it")
    {
        CHECK(core::readPlan(withValue("/activities/0/phases", core::Json::array())).plan);
    }
    SECTION("a reference listed twice is found in short and in long lists")
    {
        auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
        const std::string cluster = document["clusters"][0]["id"].get<std::string>();
        for (const std::size_t length : {std::size_t(3), std::size_t(40)}) {
            core::Json refs = core::Json::array();
            for (std::size_t i = 0; i < length; ++i)
                refs.push_back(i == length - 1 ? core::Json("cl-gone") : core::Json(cluster));
            document["activities"][0]["clusters"] = refs;
            const auto result = core::readPlan(document.dump());
            CHECK_FALSE(result.plan);
            // Every repeat after the first is named, and the unknown one too.
            CHECK(result.errors.size() == length - 1);
            CHECK(test::hasDiagnostic(result.errors, "/activities/0/clusters/1", "twice"));
            CHECK(test::hasDiagnostic(result.errors, "/activities/0/clusters/" + std::to_string(length - 2), "twice"));
            CHECK(test::hasDiagnostic(result.errors, "/activities/0/clusters/" + std::to_string(length - 1),
                                      "which the plan does not have"));
        }
    }
}

TEST_CASE("phases are ordered and never overlap; gaps are fine", "[planjson]")
{
    CHECK(core::readPlan(withValue("/phases/1/startWeek", 20)).plan);
    const auto before = core::readPlan(withValue("/phases/1/startWeek", 1));
    CHECK(test::hasDiagnostic(before.errors, "/phases/1/startWeek", "must be in order"));
    const auto tooLong = core::readPlan(withValue("/phases/1/weeks", 515));
    CHECK(test::hasDiagnostic(tooLong.errors, "/phases/1/weeks", "at most 520 weeks"));
}

TEST_CASE("a newer format version is refused naming both versions", "[planjson][version]")
{
    const auto result = core::readPlan(withValue("/version", 2));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].pointer == "/version");
    CHECK(result.errors[0].message.find("version 2") != std::string::npos);
    CHECK(result.errors[0].message.find("up to 1") != std::string::npos);
}

TEST_CASE("a file that is not a plan stops at the format check", "[planjson][version]")
{
    auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
    document["format"] = "mixplanner.platforms";
    document["activities"][0]["budget"] = -1;   // not reported: it is not a plan
    const auto result = core::readPlan(document.dump());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].pointer == "/format");
}

TEST_CASE("unknown fields at every level survive read and write", "[planjson][unknown]")
{
    const std::string original = test::readText(test::dataDir() / "valid" / "unknown-fields.mixplan");
    const auto first = core::readPlan(original);
    INFO(test::describe(first.errors));
    REQUIRE(first.plan);
    CHECK(first.plan->unknown.size() == 1);
    CHECK(first.plan->brand.unknown.size() == 1);
    CHECK(first.plan->activities[0].unknown.size() == 1);

    const std::string saved = core::writePlan(*first.plan);
    const auto in = *core::parseJsonDocument(original).value;
    const auto out = *core::parseJsonDocument(saved).value;
    for (const char *pointer : {"/x-agency", "/brand/x-survey", "/purpose/x-kpi",
                                "/channels/0/x-handleVerified", "/clusters/0/x-source",
                                "/phases/0/x-color", "/activities/1/x-costCentre",
                                "/activities/0/x-review"}) {
        INFO(pointer);
        const core::Json::json_pointer p(pointer);
        REQUIRE(out.contains(p));
        CHECK(out[p] == in[p]);
    }
    // The whole document is equal in value: nothing added, nothing dropped.
    CHECK(out == in);
}

TEST_CASE("write then read gives the same plan", "[planjson]")
{
    const auto first = core::readPlan(test::minimalPlanText());
    REQUIRE(first.plan);
    core::Plan plan = *first.plan;
    plan.title = "Quotes \" and <tags> and \xe6\x97\xa5\xe6\x9c\xac";
    plan.activities[0].budget = 1234.5;
    plan.brand.strengthOverride = 42.5;
    plan.purpose.secondary = "engagement";
    plan.purpose.secondaryWeight = 0.25;
    const std::string text = core::writePlan(plan);
    const auto second = core::readPlan(text);
    INFO(test::describe(second.errors));
    REQUIRE(second.plan);
    CHECK(*second.plan == plan);
    // Canonical output is stable: writing again gives the same bytes.
    CHECK(core::writePlan(*second.plan) == text);
    CHECK(text.find("\"hourlyRate\": 5000,") != std::string::npos);   // whole amounts stay integers
    CHECK(text.back() == '\n');
}

// Plans are written straight as text; the text must be exactly what
// nlohmann's dump(2) makes of the same document (the canonical form), for
// every kind of value a plan can hold.
TEST_CASE("a saved plan is the canonical layout of its own document", "[planjson][canonical]")
{
    const auto canonical = [](const std::string &text) {
        return nlohmann::ordered_json::parse(text).dump(2, ' ', false) + "\n";
    };
    std::vector<core::Plan> plans{test::samplePlan()};
    for (unsigned seed = 1; seed <= 40; ++seed)
        plans.push_back(test::generatePlan(seed));

    core::Plan odd = test::samplePlan();
    odd.title = std::string("quote \" backslash \\ tab \t newline \n bell \x07 del \x7F nul-free \xF0\x9F\x98\x80 \xE6\x97\xA5");
    odd.notes = "\x01\x1F control characters";
    odd.hourlyRate = 1234.5;
    odd.brand.strengthOverride = 33.333333333333336;
    odd.brand.engagementRate = 1e-7;
    odd.activities[0].accountShare = 0.1;
    odd.activities[0].budget = 123456789.125;
    odd.activities[0].hours = 2.0000000000000004;
    odd.activities[1].tags.clear();
    odd.activities[1].formats.clear();
    odd.unknown.push_back({"zExtension", R"({"nested": {"list": [1, 2.5, "x", null, true, {}, []]}, "empty": {}})"});
    odd.brand.unknown.push_back({"note", R"("kept")"});
    odd.activities[2].unknown.push_back({"custom", R"([{"a": 1}, [], [[]]])"});
    odd.phases[0].unknown.push_back({"flag", "false"});
    plans.push_back(odd);

    for (const core::Plan &plan : plans) {
        INFO(plan.title);
        const std::string written = core::writePlan(plan);
        CHECK(written == canonical(written));
        const auto read = core::readPlan(written);
        REQUIRE(read.plan);
        // Read back and written again: the same bytes (unknown fields are
        // kept as values, so compare what is written, not their raw text).
        CHECK(core::writePlan(*read.plan) == written);
    }
}

TEST_CASE("a start date and a budget cap are kept when set and left out when not", "[planjson]")
{
    const std::string original = test::minimalPlanText();
    const auto plain = core::readPlan(original);
    REQUIRE(plain.plan);
    CHECK(plain.plan->startDate.empty());
    CHECK_FALSE(plain.plan->budgetCap);
    // An older file saves back without the new members.
    const std::string saved = core::writePlan(*plain.plan);
    CHECK(saved.find("startDate") == std::string::npos);
    CHECK(saved.find("budgetCap") == std::string::npos);

    auto document = *core::parseJsonDocument(original).value;
    document["startDate"] = "2027-03-01";
    document["budgetCap"] = 2500000;
    const auto dated = core::readPlan(document.dump(2));
    REQUIRE(dated.plan);
    CHECK(dated.plan->startDate == "2027-03-01");
    REQUIRE(dated.plan->budgetCap);
    CHECK(*dated.plan->budgetCap == 2500000);
    const auto again = core::readPlan(core::writePlan(*dated.plan));
    REQUIRE(again.plan);
    CHECK(*again.plan == *dated.plan);

    // null is no date and no cap, as in the editor.
    document["startDate"] = nullptr;
    document["budgetCap"] = nullptr;
    const auto nulls = core::readPlan(document.dump(2));
    REQUIRE(nulls.plan);
    CHECK(nulls.plan->startDate.empty());
    CHECK_FALSE(nulls.plan->budgetCap);
}

TEST_CASE("a start date that is no date is refused with where and what", "[planjson]")
{
    const auto result = core::readPlan(withValue("/startDate", "2027-02-30"));
    CHECK_FALSE(result.plan);
    CHECK(test::hasDiagnostic(result.errors, "/startDate", "YYYY-MM-DD"));
    CHECK(test::hasDiagnostic(result.errors, "/startDate", "2027-02-30"));
    const auto number = core::readPlan(withValue("/startDate", 20270301));
    CHECK(test::hasDiagnostic(number.errors, "/startDate", "YYYY-MM-DD"));
    const auto negative = core::readPlan(withValue("/budgetCap", -1));
    CHECK(test::hasDiagnostic(negative.errors, "/budgetCap", "-1"));
}
