#include "testsupport.h"

#include "core/io/jsondocument.h"
#include "core/resources/embeddedresource.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/parametertexts.h"

#include "core/scoring/findingparameters.h"
#include "core/scoring/scorer.h"
#include "plangenerator.h"

#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include <set>

using namespace mixplanner;

namespace {
std::string builtinText() { return std::string(*core::embeddedResource("model-parameters.json")); }

std::string withValue(const std::string &pointer, const core::Json &value)
{
    auto document = *core::parseJsonDocument(builtinText()).value;
    document[core::Json::json_pointer(pointer)] = value;
    return document.dump();
}
} // namespace

TEST_CASE("the built-in parameters load, each with a reason", "[parameters]")
{
    const auto read = core::readModelParameters(builtinText());
    INFO(test::describe(read.errors));
    REQUIRE(read.parameters);
    const auto &p = *read.parameters;
    // Every {value, reason} pair in the file becomes one entry: none is
    // skipped, none is invented by the loader.
    std::size_t inFile = 0;
    const core::Json file = *core::parseJsonDocument(builtinText()).value;
    for (const auto &[group, members] : file.items())
        if (members.is_object())
            for (const auto &[name, entry] : members.items())
                inFile += entry.is_object() && entry.contains("value") ? 1 : 0;
    CHECK(p.entries.size() == inFile);
    for (const auto &entry : p.entries) {
        INFO(entry.path);
        CHECK(entry.reason.size() > 20);
    }
    CHECK(p.weights.mixFit + p.weights.trajectory + p.weights.channelFit + p.weights.contentReadiness
              + p.weights.accountReadiness == Approx(1.0));
    CHECK(p.recommendation.tolerance == Approx(0.12));
}

TEST_CASE("broken parameters are reported like a broken plan", "[parameters]")
{
    SECTION("weights that do not add up to 1")
    {
        const auto read = core::readModelParameters(withValue("/weights/mixFit/value", 0.9));
        CHECK_FALSE(read.parameters);
        CHECK(test::hasDiagnostic(read.errors, "/weights", "add up to 1"));
    }
    SECTION("a value out of range")
    {
        const auto read = core::readModelParameters(withValue("/recommendation/tolerance/value", -1));
        CHECK(test::hasDiagnostic(read.errors, "/recommendation/tolerance/value", "between"));
    }
    SECTION("a value that is not a number")
    {
        const auto read = core::readModelParameters(withValue("/mixFit/penaltyPerShare/value", "high"));
        CHECK(test::hasDiagnostic(read.errors, "/mixFit/penaltyPerShare/value", "must be a number"));
    }
    SECTION("a misspelt parameter and the one it should have been")
    {
        auto document = *core::parseJsonDocument(builtinText()).value;
        document["trajectory"]["tolerence"] = document["trajectory"]["tolerance"];
        document["trajectory"].erase("tolerance");
        const auto read = core::readModelParameters(document.dump());
        CHECK(test::hasDiagnostic(read.errors, "/trajectory/tolerence", "not a parameter"));
        CHECK(test::hasDiagnostic(read.errors, "/trajectory/tolerance", "missing"));
    }
    SECTION("a parameter without its reason")
    {
        auto document = *core::parseJsonDocument(builtinText()).value;
        document["suitability"]["fullFrom"].erase("reason");
        const auto read = core::readModelParameters(document.dump());
        CHECK(test::hasDiagnostic(read.errors, "/suitability/fullFrom/reason", "missing"));
    }
    SECTION("a parameter without its unit, and one with a unit nobody knows")
    {
        auto document = *core::parseJsonDocument(builtinText()).value;
        document["suitability"]["fullFrom"].erase("unit");
        document["recommendation"]["tolerance"]["unit"] = "bananas";
        const auto read = core::readModelParameters(document.dump());
        CHECK(test::hasDiagnostic(read.errors, "/suitability/fullFrom/unit", "missing"));
        CHECK(test::hasDiagnostic(read.errors, "/recommendation/tolerance/unit", "not a unit"));
    }
    SECTION("not JSON at all")
    {
        const auto read = core::readModelParameters("{ \"format\": ");
        CHECK_FALSE(read.parameters);
        REQUIRE(read.errors.size() == 1);
        CHECK(read.errors[0].line == 1);
    }
}

// The exports translate each reason by its English text; lupdate can only
// find them in parameterReasonTexts().
TEST_CASE("every parameter reason is listed for translation", "[parameters][translation]")
{
    std::set<std::string> listed;
    for (const core::text::Source &source : core::parameterReasonTexts()) {
        CHECK(std::string(source.context) == "parameters");
        listed.insert(source.text);
    }
    const auto &entries = core::ModelParameters::builtin().entries;
    CHECK(entries.size() == listed.size());
    for (const core::ParameterEntry &entry : entries) {
        INFO(entry.path);
        CHECK(listed.count(entry.reason) == 1);
    }
}

TEST_CASE("every parameter has its unit as the file writes it", "[parameters]")
{
    const auto document = *core::parseJsonDocument(builtinText()).value;
    const core::ModelParameters &parameters = core::ModelParameters::builtin();
    REQUIRE(parameters.entries.size() > 50);
    for (const core::ParameterEntry &entry : parameters.entries) {
        INFO(entry.path);
        // The JSON pointer of the entry, from its dotted path.
        std::string pointer;
        for (std::size_t from = 0; from <= entry.path.size();) {
            const std::size_t dot = std::min(entry.path.find('.', from), entry.path.size());
            pointer += "/" + entry.path.substr(from, dot - from);
            from = dot + 1;
        }
        const auto &written = document.at(nlohmann::json::json_pointer(pointer + "/unit"));
        CHECK(core::parameterUnitNamed(written.get<std::string>()) == entry.unit);
        CHECK(std::string(core::parameterUnitText(entry.unit).text) != "");
    }
}

TEST_CASE("the parameters a finding rests on are parameters of the file", "[parameters][findings]")
{
    const core::ModelParameters &parameters = core::ModelParameters::builtin();
    const auto known = [&](std::string_view listed) {
        return std::any_of(parameters.entries.begin(), parameters.entries.end(), [&](const core::ParameterEntry &entry) {
            return listed.ends_with('.') ? std::string_view(entry.path).starts_with(listed) : entry.path == listed;
        });
    };
    // Every finding the sample and generated plans raise that rests on the
    // model names parameters, and each names one that exists.
    std::set<std::string> codes;
    std::vector<core::Plan> plans{test::samplePlan()};
    for (std::uint32_t seed = 50; seed < 90; ++seed)
        plans.push_back(test::generatePlan(seed));
    for (const core::Plan &plan : plans)
        for (const core::Finding &finding : core::scorePlan(plan).findings)
            codes.insert(finding.code);
    REQUIRE(codes.size() >= 8);
    const std::set<std::string> ownFacts{"EMPTY_PLAN", "OVER_BUDGET_CAP", "ACTIVITY_WITHOUT_PHASE"};
    for (const std::string &code : codes) {
        INFO(code);
        const auto &behind = core::parametersBehind(code);
        CHECK(behind.empty() == (ownFacts.count(code) == 1));
        for (std::string_view path : behind)
            CHECK(known(path));
    }
    CHECK(core::isBehind("MIX_OUTSIDE_BAND", "recommendation.tolerance"));
    CHECK_FALSE(core::isBehind("MIX_OUTSIDE_BAND", "projection.recallRate"));
    CHECK_FALSE(core::isBehind("NO_SUCH_CODE", "recommendation.tolerance"));
}
