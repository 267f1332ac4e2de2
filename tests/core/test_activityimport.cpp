// Importing activities from CSV: the reader copes with what spreadsheets
// write, our own export reads back into the same activities (in any
// language), and every bad cell is reported with its row and column.
#include "testsupport.h"

#include "core/importing/activityimport.h"
#include "core/io/planjson.h"
#include "core/report/planreport.h"
#include "core/report/reportwriters.h"
#include "core/scoring/scorer.h"

#include <catch2/catch.hpp>

using namespace mixplanner;

namespace {

// Every translatable text comes back wrapped, as a stand-in for a real
// translation: nothing may rely on the English words.
class WrappingLanguage : public core::text::Language {
public:
    std::string translate(const char *, const char *source) const override
    {
        return std::string("\xC2\xAB") + source + "\xC2\xBB";   // «source»
    }
};

std::string exportCsv(const core::Plan &plan, const core::text::Language &language)
{
    return core::writeCsvReport(core::buildPlanReport(plan, core::scorePlan(plan), core::Catalogue::builtin(),
                                                      core::ModelParameters::builtin(), language));
}

core::ActivityImport importInto(const core::Plan &plan, const std::string &csv,
                                const core::text::Language &language = core::text::Language::english())
{
    const auto read = core::readCsv(csv);
    INFO(test::english(read.error));
    REQUIRE(read.ok());
    return core::importActivities(read.table, core::guessMapping(read.table.header, language), plan,
                                  core::Catalogue::builtin(), language);
}

bool hasProblem(const core::ActivityImport &result, int row, const std::string &column, const std::string &fragment)
{
    for (const auto &problem : result.problems)
        if (problem.row == row && problem.column == column && test::english(problem.message).find(fragment) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("the CSV reader copes with what spreadsheets write", "[import]")
{
    SECTION("byte order mark, CRLF, quotes, line breaks in cells, blank lines")
    {
        const auto read = core::readCsv("\xEF\xBB\xBFName,Notes\r\n\"Tea, hot\",\"say \"\"hi\"\"\nthere\"\r\n\r\nPlain,\r\n");
        REQUIRE(read.ok());
        CHECK(read.table.header == std::vector<std::string>{"Name", "Notes"});
        REQUIRE(read.table.rows.size() == 2);
        CHECK(read.table.rows[0][0] == "Tea, hot");
        CHECK(read.table.rows[0][1] == "say \"hi\"\nthere");
        CHECK(read.table.rows[1] == std::vector<std::string>{"Plain", ""});
    }
    SECTION("semicolons and tabs as delimiters, short rows padded")
    {
        auto read = core::readCsv("Name;Budget;Notes\nA;1.234,50\n");
        REQUIRE(read.ok());
        CHECK(read.table.delimiter == ';');
        CHECK(read.table.rows[0] == std::vector<std::string>{"A", "1.234,50", ""});
        read = core::readCsv("Name\tBudget\nA\t5\n");
        REQUIRE(read.ok());
        CHECK(read.table.rows[0][1] == "5");
    }
    SECTION("broken text is refused with the line")
    {
        auto read = core::readCsv("Name,Notes\nA,\"open\nB,c\n");
        CHECK_FALSE(read.ok());
        CHECK(read.errorLine == 2);
        CHECK(test::english(read.error).find("never closed") != std::string::npos);
        read = core::readCsv("Name,Notes\nA,b\nC,d,e\n");
        CHECK_FALSE(read.ok());
        CHECK(read.errorLine == 3);
        read = core::readCsv("Name\n\xFF\xFE broken\n");
        CHECK_FALSE(read.ok());
        CHECK(test::english(read.error).find("UTF-8") != std::string::npos);
        CHECK_FALSE(core::readCsv("").ok());
        CHECK_FALSE(core::readCsv("Name\na\nb\nc\n", 2).ok());
    }
}

TEST_CASE("our CSV export imports back into the same activities", "[import]")
{
    core::Plan plan = test::samplePlan();
    // Text a spreadsheet would run as a formula, and text that needs quoting.
    plan.activities[0].name = "=SUM(A1:A9)";
    plan.activities[1].name = "@kumo, \"quoted\"";
    plan.activities[2].notes = "line one\nline two; with a semicolon";
    plan.activities[3].tags = {"-minus", "+plus"};
    plan.activities[4].influencer = true;
    plan.activities[5].paidSupport = true;
    plan.activities[6].hours = 12.5;

    const WrappingLanguage wrapping;
    for (const core::text::Language *language : {&core::text::Language::english(),
                                                  static_cast<const core::text::Language *>(&wrapping)}) {
        const std::string csv = exportCsv(plan, *language);
        core::Plan empty = plan;
        empty.activities.clear();
        const core::ActivityImport result = importInto(empty, csv, *language);
        for (const auto &problem : result.problems)
            UNSCOPED_INFO("row " << problem.row << " " << problem.column << ": " << test::english(problem.message));
        CHECK(result.problems.empty());
        REQUIRE(result.activities.size() == plan.activities.size());
        for (std::size_t a = 0; a < plan.activities.size(); ++a) {
            const core::Activity &want = plan.activities[a];
            const core::Activity &got = result.activities[a];
            INFO(want.name);
            CHECK(got.id == want.id);
            CHECK(got.name == want.name);
            CHECK(got.channel == want.channel);
            CHECK(got.type == want.type);
            CHECK(got.accountShare == Approx(want.accountShare).margin(0.0005));
            CHECK(got.budget == Approx(want.budget));
            CHECK(got.hours == Approx(want.hours));
            CHECK(got.phases == want.phases);
            CHECK(got.clusters == want.clusters);
            CHECK(got.tags == want.tags);
            CHECK(got.formats == want.formats);
            CHECK(got.influencer == want.influencer);
            CHECK(got.paidSupport == want.paidSupport);
            CHECK(got.notes == want.notes);
        }
    }
}

TEST_CASE("every bad cell is reported with its row and column, good rows still import", "[import]")
{
    const core::Plan plan = test::samplePlan();
    const std::string csv =
        "Activity,Channel,Budget (JPY),Phases,Influencer\n"
        "Good one,@kumoroasters,\"\xC2\xA5" "120,000\",Seed content,no\n"   // row 2
        "Bad budget,@kumoroasters,12a,Seed content,no\n"                     // row 3
        "Bad channel,@nobody,100,Seed content,no\n"                          // row 4
        "Bad phase,@kumoroasters,100,Summer,no\n"                            // row 5
        "Bad flag,@kumoroasters,100,Seed content,maybe\n"                    // row 6
        ",@kumoroasters,100,Seed content,no\n"                               // row 7
        "Negative,@kumoroasters,-5,Seed content,no\n";                       // row 8
    const core::ActivityImport result = importInto(plan, csv);
    REQUIRE(result.activities.size() == 1);
    CHECK(result.activities[0].name == "Good one");
    CHECK(result.activities[0].budget == 120000);
    CHECK(result.rows == std::vector<int>{2});
    CHECK(result.rowsRead == 7);
    CHECK(hasProblem(result, 3, "Budget (JPY)", "'12a' is not a number"));
    CHECK(hasProblem(result, 4, "Channel", "no channel '@nobody'"));
    CHECK(hasProblem(result, 5, "Phases", "no phase 'Summer'"));
    CHECK(hasProblem(result, 6, "Influencer", "neither yes nor no"));
    CHECK(hasProblem(result, 7, "Activity", "no name"));
    CHECK(hasProblem(result, 8, "Budget (JPY)", "outside"));
    // The new activity gets an id no other activity has.
    for (const core::Activity &existing : plan.activities)
        CHECK(existing.id != result.activities[0].id);
}

TEST_CASE("an import never makes an activity a plan file could not hold", "[import]")
{
    const core::Plan plan = test::samplePlan();
    std::string tags;
    for (int i = 0; i < 1001; ++i)
        tags += (i ? "; #t" : "#t") + std::to_string(i);
    const std::string csv = "Activity,Channel,Tags\n"
                            "Fine,@kumoroasters,#a; #b\n"                          // row 2
                            "Too many tags,@kumoroasters,\"" + tags + "\"\n";    // row 3
    const core::ActivityImport result = importInto(plan, csv);
    REQUIRE(result.activities.size() == 1);
    CHECK(hasProblem(result, 3, "Tags", "at most 1,000 are allowed"));
    // What was imported loads as part of the plan.
    core::Plan grown = plan;
    grown.activities.insert(grown.activities.end(), result.activities.begin(), result.activities.end());
    CHECK(core::readPlan(core::writePlan(grown)).plan);
}

TEST_CASE("other spreadsheets map by their column titles", "[import]")
{
    const core::Plan plan = test::samplePlan();
    const std::string csv = "Name;Account;Spend;Hashtags;Kind;Memo\n"
                            "Autumn reels;@kumoroasters;1.234,50;#coffee, #autumn;Short video;from the agency\n";
    const auto read = core::readCsv(csv);
    REQUIRE(read.ok());
    const core::ColumnMapping mapping = core::guessMapping(read.table.header);
    CHECK(mapping[core::ImportField::Name] == 0);
    CHECK(mapping[core::ImportField::Channel] == 1);
    CHECK(mapping[core::ImportField::Budget] == 2);
    CHECK(mapping[core::ImportField::Tags] == 3);
    CHECK(mapping[core::ImportField::Type] == 4);
    CHECK(mapping[core::ImportField::Notes] == 5);
    CHECK(mapping[core::ImportField::Phases] == -1);
    const auto result = core::importActivities(read.table, mapping, plan);
    REQUIRE(result.activities.size() == 1);
    const core::Activity &activity = result.activities[0];
    CHECK(activity.budget == Approx(1234.5));
    CHECK(activity.tags == std::vector<std::string>{"#coffee", "#autumn"});
    CHECK(activity.type == "short_video");
    // No share column: the type's default share.
    CHECK(activity.accountShare == Approx(core::Catalogue::builtin().activityType("short_video")->defaultAccountShare));

    SECTION("without a column for a required field nothing is imported")
    {
        core::ColumnMapping partial = mapping;
        partial[core::ImportField::Channel] = -1;
        const auto refused = core::importActivities(read.table, partial, plan);
        CHECK_FALSE(refused.mappingComplete);
        CHECK(refused.activities.empty());
        CHECK(hasProblem(refused, 1, "", "Channel"));
    }
}
