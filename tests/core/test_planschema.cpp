// The field table drives the reader, the writer and the editor's checks; these
// tests hold it to the format and hold the file reader and the editor to one
// judgement: every value one refuses the other refuses, in the same words.
#include "testsupport.h"

#include "core/catalogue/catalogue.h"
#include "core/io/jsondocument.h"
#include "core/io/planjson.h"
#include "core/model/planlimits.h"
#include "core/model/planschema.h"
#include "core/model/planvalidation.h"

#include <catch2/catch.hpp>

#include <set>

using namespace mixplanner;
using core::schema::Field;
using core::schema::FieldId;
using core::schema::FieldValue;
using core::schema::Kind;
using core::schema::Owner;

namespace {

core::Plan minimalPlan()
{
    auto read = core::readPlan(test::minimalPlanText());
    REQUIRE(read.plan);
    return *read.plan;
}

// Where row 0 of a field's owner sits in the file.
std::string pointerOf(const Field &field, std::size_t row = 0)
{
    const std::string index = "/" + std::to_string(row) + "/";
    switch (field.owner) {
    case Owner::Plan: return std::string("/") + field.key;
    case Owner::Brand: return std::string("/brand/") + field.key;
    case Owner::Purpose: return std::string("/purpose/") + field.key;
    case Owner::Channel: return "/channels" + index + field.key;
    case Owner::Cluster: return "/clusters" + index + field.key;
    case Owner::Phase: return "/phases" + index + field.key;
    case Owner::Activity: return "/activities" + index + field.key;
    }
    return {};
}

core::Json toJson(const FieldValue &value)
{
    return std::visit([](const auto &held) -> core::Json {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::monostate>)
            return nullptr;
        else
            return core::Json(held);
    }, value);
}

// Values a field must refuse, whatever the rest of the plan holds.
std::vector<FieldValue> refusedValues(const Field &field)
{
    // One push_back per value: GCC 12 warns wrongly about variants in an
    // initializer list.
    std::vector<FieldValue> values;
    const auto add = [&values](FieldValue value) { values.push_back(std::move(value)); };
    const bool required = field.presence == core::schema::Presence::Required;
    switch (field.kind) {
    case Kind::Text:
        if (required) {
            add(std::string());
            add(std::string("   "));
            add(std::string(" \xE3\x80\x80 "));   // ideographic space
        }
        break;
    case Kind::Identifier:
        add(std::string());
        add(std::string(201, 'x'));
        break;
    case Kind::Currency:
        add(std::string("jpy"));
        add(std::string("EURO"));
        add(std::string("\xC2\xA5"));   // the yen sign
        break;
    case Kind::Date:
        add(std::string("2027-02-29"));   // not a leap year
        add(std::string("2027-3-1"));
        add(std::string("01/03/2027"));
        add(std::string("2027-13-01"));
        add(std::string("2027-03-01T00:00"));
        break;
    case Kind::Choice:
        add(std::string("no-such-id"));
        if (required)
            add(std::string());
        break;
    case Kind::Number:
        add(field.min - 1);
        add(field.max + 1);
        add(field.max * 10);
        break;
    case Kind::WholeNumber:
        add(static_cast<std::int64_t>(field.min) - 1);
        add(static_cast<std::int64_t>(field.max) + 1);
        add(field.min + 0.5);
        break;
    case Kind::Flag:
        break;
    case Kind::TextList:
        add(std::vector<std::string>(1001, "#tag"));
        break;
    case Kind::References:
        add(std::vector<std::string>{"no-such-row"});
        add(std::vector<std::string>(1001, "no-such-row"));
        break;
    }
    return values;
}

// The row-0 value of a References field listed twice.
FieldValue listedTwice(const core::Plan &plan, const Field &field)
{
    const auto current = std::get<std::vector<std::string>>(core::schema::get(plan, field.id, 0));
    REQUIRE_FALSE(current.empty());
    return std::vector<std::string>{current.front(), current.front()};
}

std::string english(const core::Problem &problem)
{
    return core::text::Language::english().render(problem.message);
}

} // namespace

TEST_CASE("the field table lists every member of the format once, in file order", "[planschema]")
{
    // The minimal plan is written canonically, so its members are the format's.
    const auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
    const auto membersOf = [](const core::Json &object) {
        std::vector<std::string> keys;
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.push_back(it.key());
        return keys;
    };
    const auto tableKeys = [](Owner owner) {
        std::vector<std::string> keys;
        for (const Field &field : core::schema::fieldsOf(owner))
            keys.emplace_back(field.key);
        return keys;
    };
    // nlohmann sorts keys; compare as sets, and the written order below.
    const auto sorted = [](std::vector<std::string> keys) {
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    CHECK(sorted(membersOf(document["brand"])) == sorted(tableKeys(Owner::Brand)));
    CHECK(sorted(membersOf(document["purpose"])) == sorted(tableKeys(Owner::Purpose)));
    CHECK(sorted(membersOf(document["channels"][0])) == sorted(tableKeys(Owner::Channel)));
    CHECK(sorted(membersOf(document["clusters"][0])) == sorted(tableKeys(Owner::Cluster)));
    CHECK(sorted(membersOf(document["phases"][0])) == sorted(tableKeys(Owner::Phase)));
    CHECK(sorted(membersOf(document["activities"][0])) == sorted(tableKeys(Owner::Activity)));
    for (const std::string &key : membersOf(document))
        CHECK(core::schema::isKnownKey(Owner::Plan, key));
    CHECK_FALSE(core::schema::isKnownKey(Owner::Activity, "x-agency-code"));

    // The writer follows the table: the file text is the canonical one.
    CHECK(core::writePlan(minimalPlan()) == test::minimalPlanText());

    // Every id names its own row.
    std::set<FieldId> seen;
    for (const Field &field : core::schema::fields()) {
        CHECK(seen.insert(field.id).second);
        CHECK(&core::schema::field(field.id) == &field);
        CHECK(*field.label.text != '\0');
        CHECK(*field.expectation.text != '\0');
    }
}

TEST_CASE("every field reads and writes through the table", "[planschema]")
{
    const core::Plan original = minimalPlan();
    for (const Field &field : core::schema::fields()) {
        INFO("field: " << pointerOf(field));
        core::Plan plan = original;
        const FieldValue before = core::schema::get(plan, field.id, 0);
        core::schema::set(plan, field.id, 0, before);
        CHECK(plan == original);

        // A different value of the field's kind comes back as set.
        FieldValue changed;
        switch (field.kind) {
        case Kind::Text: case Kind::Identifier: case Kind::Currency: case Kind::Choice:
            changed = std::string("USD");
            break;
        case Kind::Date: changed = std::string("2028-02-29"); break;
        case Kind::Number: changed = (field.min + field.max) / 4; break;
        case Kind::WholeNumber: changed = static_cast<std::int64_t>(field.min) + 3; break;
        case Kind::Flag: changed = !std::get<bool>(before); break;
        case Kind::TextList: case Kind::References: changed = std::vector<std::string>{"a", "b"}; break;
        }
        core::schema::set(plan, field.id, 0, changed);
        CHECK(core::schema::get(plan, field.id, 0) == changed);
        CHECK_FALSE(plan == original);
    }
    SECTION("an unset strength override and no secondary purpose are nothing")
    {
        core::Plan plan = original;
        CHECK(std::holds_alternative<std::monostate>(core::schema::get(plan, FieldId::BrandStrengthOverride)));
        core::schema::set(plan, FieldId::BrandStrengthOverride, 0, 55.0);
        CHECK(plan.brand.strengthOverride == 55.0);
        core::schema::set(plan, FieldId::BrandStrengthOverride, 0, FieldValue{});
        CHECK_FALSE(plan.brand.strengthOverride);
        core::schema::set(plan, FieldId::PurposeSecondary, 0, FieldValue{});
        CHECK(plan.purpose.secondary.empty());
    }
}

TEST_CASE("the file reader and the editor refuse the same values in the same words", "[planschema]")
{
    const core::Plan plan = minimalPlan();
    const core::Catalogue &catalogue = core::Catalogue::builtin();
    std::size_t compared = 0;
    for (const Field &field : core::schema::fields()) {
        std::vector<FieldValue> values = refusedValues(field);
        if (field.kind == Kind::References)
            values.push_back(listedTwice(plan, field));
        for (const FieldValue &value : values) {
            const std::string pointer = pointerOf(field);
            INFO("field: " << pointer << " = " << toJson(value).dump().substr(0, 60));
            const core::Problem editor = core::validate(plan, catalogue, field.id, 0, value);
            REQUIRE(editor);

            auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
            document[core::Json::json_pointer(pointer)] = toJson(value);
            const auto read = core::readPlan(document.dump(2), catalogue);
            INFO(test::describe(read.errors));
            REQUIRE_FALSE(read.plan);
            const std::string at = editor.item == core::Problem::kWholeValue
                                       ? pointer : pointer + "/" + std::to_string(editor.item);
            const auto same = std::find_if(read.errors.begin(), read.errors.end(), [&](const core::Diagnostic &d) {
                return d.pointer == at && d.message == english(editor);
            });
            CHECK(same != read.errors.end());
            ++compared;
        }
    }
    CHECK(compared >= 60);
}

TEST_CASE("values the editor accepts load, at the ends of each range too", "[planschema]")
{
    const core::Plan plan = minimalPlan();
    const core::Catalogue &catalogue = core::Catalogue::builtin();
    for (const Field &field : core::schema::fields()) {
        if (field.kind != Kind::Number && field.kind != Kind::WholeNumber)
            continue;
        if (field.owner == Owner::Phase && field.id != FieldId::PhaseFollowerMilestone)
            continue;   // a phase's weeks depend on its neighbours: below
        for (const double end : {field.min, field.max}) {
            const FieldValue value = field.kind == Kind::WholeNumber ? FieldValue(static_cast<std::int64_t>(end))
                                                                     : FieldValue(end);
            INFO("field: " << pointerOf(field) << " = " << end);
            CHECK_FALSE(core::validate(plan, catalogue, field.id, 0, value));
            auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
            document[core::Json::json_pointer(pointerOf(field))] = toJson(value);
            CHECK(core::readPlan(document.dump(2), catalogue).plan);
        }
    }
}

TEST_CASE("a phase that overlaps the one before is refused alike by the file reader and the editor",
          "[planschema]")
{
    const core::Plan plan = minimalPlan();
    REQUIRE(plan.phases.size() == 2);
    const core::Catalogue &catalogue = core::Catalogue::builtin();
    const std::int64_t overlapping = plan.phases[0].endWeek();   // the last week of the first phase
    const core::Problem editor = core::validate(plan, catalogue, FieldId::PhaseStartWeek, 1, overlapping);
    REQUIRE(editor);
    CHECK_THAT(english(editor), Catch::Contains(plan.phases[0].name));

    auto document = *core::parseJsonDocument(test::minimalPlanText()).value;
    document["phases"][1]["startWeek"] = overlapping;
    const auto read = core::readPlan(document.dump(2), catalogue);
    INFO(test::describe(read.errors));
    CHECK(test::hasDiagnostic(read.errors, "/phases/1/startWeek", english(editor)));

    SECTION("the editor also keeps an earlier phase out of the next, which a file reports at the next")
    {
        const std::int64_t intoNext = plan.phases[1].startWeek - plan.phases[0].startWeek + 1;
        const core::Problem longer = core::validate(plan, catalogue, FieldId::PhaseWeeks, 0, intoNext);
        REQUIRE(longer);
        CHECK_THAT(english(longer), Catch::Contains(plan.phases[1].name));
        CHECK_FALSE(core::validate(plan, catalogue, FieldId::PhaseWeeks, 0, intoNext - 1));
    }
    SECTION("a plan spans at most its limit of weeks")
    {
        const std::int64_t tooLong = core::limits::kMaxWeek - plan.phases[1].startWeek + 2;
        const core::Problem tooLate = core::validate(plan, catalogue, FieldId::PhaseWeeks, 1, tooLong);
        REQUIRE(tooLate);
        auto longer = *core::parseJsonDocument(test::minimalPlanText()).value;
        longer["phases"][1]["weeks"] = tooLong;
        const auto result = core::readPlan(longer.dump(2), catalogue);
        CHECK(test::hasDiagnostic(result.errors, "/phases/1/weeks", english(tooLate)));
    }
}
