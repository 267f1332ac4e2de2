// The plan summary in every text format: golden files of the sample (compared
// in memory), escaping of hostile text, CSV rules. Set MIXPLANNER_UPDATE_GOLDEN=1
// to rewrite the golden files after an intended change, then review the diff.
#include "testsupport.h"

#include "core/io/jsondocument.h"
#include "core/report/comparisonwriters.h"
#include "core/report/reportwriters.h"
#include "core/report/svgcharts.h"
#include "core/scoring/scorer.h"
#include "core/text/escape.h"

#include "core/importing/csvtable.h"
#include "core/text/weektext.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace mixplanner;

namespace {

core::PlanReport reportOf(const core::Plan &plan)
{
    return core::buildPlanReport(plan, core::scorePlan(plan));
}

void compareWithGolden(const std::string &name, const std::string &actual)
{
    const auto path = test::dataDir() / "golden" / name;
    if (std::getenv("MIXPLANNER_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path.string());
        return;
    }
    const std::string expected = test::readText(path);
    INFO("golden file " << path.string() << " differs; if the change is intended, run the tests with "
                                            "MIXPLANNER_UPDATE_GOLDEN=1 and review the diff");
    CHECK(actual == expected);
}

core::Plan hostilePlan()
{
    core::Plan plan = test::samplePlan();
    plan.title = "<script>alert(1)</script> & \"friends\"";
    plan.owner = "| pipes | and *stars*";
    plan.activities[0].name = "=HYPERLINK(\"http://evil\",\"click\")";
    plan.activities[1].name = "+1 \"quoted\", with comma";
    plan.activities[2].name = "-2 line\nbreak";
    plan.activities[3].name = "@SUM(A1)";
    plan.activities[4].name = "\tTabbed <b>bold</b>";
    plan.phases[0].name = "<img src=x onerror=alert(1)>";
    plan.clusters[0].name = "]]> </svg> <svg onload=alert(1)>";
    return plan;
}

// A report written by hand, not computed: one phase of two activities, one
// channel, one cluster, one finding, two weeks of projection and one
// parameter. Its golden files are short enough to review line by line, and
// they change only when a writer does, never when the model does.
core::PlanReport handBuiltReport()
{
    core::PlanReport report;
    report.title = "Small shop: autumn tea";
    report.owner = "Ken";
    report.notes = "Two activities, one phase.";
    report.currency = "JPY";
    report.hourlyRate = 4000;
    report.purpose = "Awareness";
    report.purposeReason = "Being seen by new people is what content does best.";
    report.generator = "MixPlanner test";
    report.date = "1 October 2026";

    core::ScoreReport &score = report.score;
    score.total = 72.5;
    score.rawTotal = 72.5;
    score.suitability = 1;
    score.brandStrength.value = 31;
    score.brandStrength.parts = {{"awareness", 10, 10, 0.25, 2.5}, {"favorability", 50, 50, 0.25, 12.5},
                                 {"followerReach", 800, 30, 0.35, 10.5}, {"engagement", 2, 37, 0.15, 5.5}};
    score.components = {{"mixFit", 0.5, 90}, {"trajectory", 0.15, 40}, {"channelFit", 0.1, 80},
                        {"contentReadiness", 0.1, 60}, {"accountReadiness", 0.15, 70}};
    core::PhaseMix mix;
    mix.id = "p1";
    mix.name = "Tasting";
    mix.weeks = 2;
    mix.cost = 150000;
    mix.planned = 0.2;
    mix.brandPower = 32;
    mix.projectedFollowers = 1000;
    mix.recommended = 0.25;
    mix.low = 0.13;
    mix.high = 0.37;
    mix.fit = 90;
    score.phases = {mix};
    score.totalCost = 150000;
    score.overallPlanned = 0.2;
    core::Finding finding;
    finding.code = "MIX_OUTSIDE_BAND";
    finding.points = 27.5;
    finding.component = "mixFit";
    finding.message = core::text::message(MP_TR("test", "The mix of 'Tasting' is a little off."));
    finding.suggestion = core::text::message(MP_TR("test", "Move some money to content."));
    finding.refs = {{core::RefKind::Phase, "p1"}};
    score.findings = {finding};

    core::PlanReport::ActivityRow reels{"a1", "Tea reels", "@shop", "Instagram", "Short video", "short_video",
                                        0.1, 100000, 5, 120000, 120000, {"Tasting"}, {"Tea lovers"},
                                        {"#tea"}, {"video"}, false, false, ""};
    core::PlanReport::ActivityRow posts{"a2", "Shop posts", "@shop", "Instagram", "Account posts", "account_posts",
                                        0.8, 20000, 2.5, 30000, 30000, {"Tasting"}, {}, {}, {"photo"}, false, true,
                                        "Weekly"};
    core::PlanReport::PhaseSection phase;
    phase.mix = mix;
    phase.startWeek = 1;
    phase.endWeek = 2;
    phase.followerMilestone = 900;
    phase.activities = {reels, posts};
    report.phases = {phase};
    report.activities = {reels, posts};
    report.channels = {{"@shop", "Instagram", "interest", true, 800, 2}};
    report.clusters = {{"Tea lovers", 50000, {"#tea", "matcha"}, 1}};
    // Budgets 100,000 + 20,000, hours 5 + 2.5 at 4,000 an hour.
    report.costs.phases = {{"Tasting", 120000, 7.5, 30000}};
    report.costs.channels = {{"@shop (Instagram)", 120000, 7.5, 30000}};
    score.budget.money = 120000;
    score.budget.hours = 7.5;
    score.budget.hoursCost = 30000;
    report.projection.startFollowers = 800;
    report.projection.endFollowers = 1000;
    report.projection.weeks = {{1, 0, 3000, 500, 3200, 40, 120, 20, 900, 31, 3500},
                               {2, 0, 2500, 600, 2700, 35, 105, 5, 1000, 32, 3000}};
    report.projection.contentReach = 5500;
    report.projection.accountReach = 1100;
    report.projection.uniqueReach = 5900;
    report.projection.engagements = 75;
    report.projection.value = 6500;
    report.projection.currencyKnown = true;
    report.parameters = {{"recommendation.tolerance", 0.12, core::ParameterUnit::Share, "Plans within 12 points are balanced well enough."}};
    return report;
}

} // namespace

TEST_CASE("a small hand-built report matches its golden files", "[report][golden]")
{
    const core::PlanReport report = handBuiltReport();
    compareWithGolden("hand-built.md", core::writeMarkdownReport(report));
    compareWithGolden("hand-built.html", core::writeHtmlReport(report));
    compareWithGolden("hand-built.csv", core::writeCsvReport(report));
    compareWithGolden("hand-built.json", core::writeJsonReport(report));
}

TEST_CASE("the sample's summaries match the golden files", "[report][golden]")
{
    const core::PlanReport report = reportOf(test::samplePlan());
    compareWithGolden("spring-launch.md", core::writeMarkdownReport(report));
    compareWithGolden("spring-launch.html", core::writeHtmlReport(report));
    compareWithGolden("spring-launch.csv", core::writeCsvReport(report));
    compareWithGolden("spring-launch.json", core::writeJsonReport(report));
}

TEST_CASE("the report gathers what the summary shows", "[report]")
{
    const core::Plan plan = test::samplePlan();
    const core::PlanReport report = reportOf(plan);
    CHECK(report.title == plan.title);
    CHECK(report.purpose == "Product launch");
    CHECK(report.secondaryPurpose == "Awareness");
    REQUIRE(report.phases.size() == 3);
    CHECK(report.activities.size() == plan.activities.size());
    // Activities in two phases appear in both, each with its part of the cost.
    double phaseCosts = 0;
    for (const auto &phase : report.phases) {
        double sum = 0;
        for (const auto &row : phase.activities)
            sum += row.phaseCost;
        CHECK(sum == Approx(phase.mix.cost));
        phaseCosts += sum;
    }
    CHECK(phaseCosts == Approx(report.score.totalCost));
    CHECK(report.parameters.size() == core::ModelParameters::builtin().entries.size());
    CHECK(report.channels.front().activities > 0);
}

TEST_CASE("the cost tables and charts add up to what the plan commits", "[report][costs]")
{
    core::Plan plan = test::samplePlan();
    // One activity in no phase, with hours, so the "not in any phase" row shows.
    plan.activities[0].phases.clear();
    plan.activities[0].hours = 12;
    const core::PlanReport report = reportOf(plan);
    const double committed = report.score.budget.committed();
    REQUIRE(committed > 0);
    for (const core::CostChart chart : {core::CostChart::ByPhase, core::CostChart::ByChannel}) {
        const auto rows = core::costChartRows(report, chart);
        double sum = 0;
        for (const core::CostRow &row : rows)
            sum += row.total();
        CHECK(sum == Approx(committed));
        // One budget bar per row, each row named in the chart.
        const std::string svg = core::costChartSvg(report, chart);
        std::size_t bars = 0;
        for (auto at = svg.find("fill=\"#3a7dbf\"/>"); at != std::string::npos; at = svg.find("fill=\"#3a7dbf\"/>", at + 1))
            ++bars;
        CHECK(bars == rows.size() + 1);   // and the key's swatch
        for (const core::CostRow &row : rows)
            CHECK(svg.find(core::text::escapeHtml(row.name)) != std::string::npos);
    }
    const auto byPhase = core::costChartRows(report, core::CostChart::ByPhase);
    REQUIRE(byPhase.size() == plan.phases.size() + 1);
    CHECK(byPhase.back().hours == Approx(12));
    // Channels carry their platform, as the activities table names them.
    CHECK(core::costChartRows(report, core::CostChart::ByChannel).front().name
          == report.channels.front().name + " (" + report.channels.front().platform + ")");

    // Without unscheduled work the row is left out.
    const auto full = core::costChartRows(reportOf(test::samplePlan()), core::CostChart::ByPhase);
    CHECK(full.size() == test::samplePlan().phases.size());
}

TEST_CASE("hostile plan text is escaped in every format", "[report][escaping]")
{
    const core::PlanReport report = reportOf(hostilePlan());

    const std::string html = core::writeHtmlReport(report);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;") != std::string::npos);
    CHECK(html.find("<img src=x") == std::string::npos);
    CHECK(html.find("<svg onload") == std::string::npos);
    CHECK(html.find("<b>bold</b>") == std::string::npos);

    const std::string print = core::writePrintHtmlReport(report);
    CHECK(print.find("<script>") == std::string::npos);
    CHECK(print.find("<img src=x") == std::string::npos);

    const std::string svg = core::mixChartSvg(report);
    CHECK(svg.find("<img") == std::string::npos);
    CHECK(svg.find("&lt;img src=x") != std::string::npos);
    const std::string costs = core::costChartSvg(report, core::CostChart::ByPhase);
    CHECK(costs.find("<img") == std::string::npos);
    CHECK(costs.find("&lt;img src=x") != std::string::npos);

    const std::string markdown = core::writeMarkdownReport(report);
    CHECK(markdown.find("<script>") == std::string::npos);
    CHECK(markdown.find("# &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"friends\"") != std::string::npos);
    CHECK(markdown.find("\\| pipes \\| and \\*stars\\*") != std::string::npos);
    // A line break in a name must not end a table row.
    CHECK(markdown.find("-2 line break") != std::string::npos);

    const auto json = core::parseJsonDocument(core::writeJsonReport(report));
    REQUIRE(json.value);
    CHECK((*json.value)["title"] == "<script>alert(1)</script> & \"friends\"");   // JSON keeps the text exactly
}

TEST_CASE("CSV fields follow RFC 4180 and neutralise formulas", "[report][csv]")
{
    CHECK(core::text::csvField("plain") == "plain");
    CHECK(core::text::csvField("a,b") == "\"a,b\"");
    CHECK(core::text::csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(core::text::csvField("two\nlines") == "\"two\nlines\"");
    CHECK(core::text::csvField("=1+1") == "'=1+1");
    CHECK(core::text::csvField("+81 3") == "'+81 3");
    CHECK(core::text::csvField("-x") == "'-x");
    CHECK(core::text::csvField("@x") == "'@x");
    // A tab is neutralised and, as it separates cells in tab-separated text, quoted.
    CHECK(core::text::csvField("\tx") == "\"'\tx\"");
    CHECK(core::text::csvField("=HYPERLINK(\"a\")") == "\"'=HYPERLINK(\"\"a\"\")\"");
    CHECK(core::text::csvField("\xe6\x97\xa5\xe6\x9c\xac") == "\xe6\x97\xa5\xe6\x9c\xac");

    const std::string csv = core::writeCsvReport(reportOf(hostilePlan()));
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);   // byte order mark first
    CHECK(csv.find("\r\n") != std::string::npos);
    CHECK(csv.find(",=") == std::string::npos);
    CHECK(csv.find(",+") == std::string::npos);
    CHECK(csv.find(",@") == std::string::npos);
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"") != std::string::npos);
}

TEST_CASE("summaries carry the projection week by week", "[report]")
{
    const core::Plan plan = test::samplePlan();
    const core::PlanReport report = reportOf(plan);
    REQUIRE(report.projection.weeks.size() == 24);
    const std::string markdown = core::writeMarkdownReport(report);
    CHECK(markdown.find("## Projection") != std::string::npos);
    // The last week with the day it starts, as the sample has a start date;
    // without one, the week number alone.
    const std::string lastWeek =
        core::text::weekCell(core::text::Language::english(), core::planStart(plan.startDate), 24);
    REQUIRE(lastWeek != "24");
    CHECK(markdown.find("| " + lastWeek + " | Launch and convert |") != std::string::npos);
    core::Plan undated = plan;
    undated.startDate.clear();
    CHECK(core::writeMarkdownReport(reportOf(undated)).find("| 24 | Launch and convert |") != std::string::npos);
    const std::string html = core::writeHtmlReport(report);
    CHECK(html.find("class=\"chart projection-chart\"") != std::string::npos);
    CHECK(core::writePrintHtmlReport(report).find("mixplanner:projection-chart") != std::string::npos);
    // Points lost are shown with one decimal, never as "-0".
    CHECK(markdown.find("**-0 points**") == std::string::npos);
}

TEST_CASE("the comparison page escapes plan text and lists every plan", "[report][comparison]")
{
    std::vector<core::ComparedPlan> plans;
    plans.push_back(core::comparePlan("<b>first</b>.mixplan", hostilePlan()));
    plans.push_back(core::comparePlan("second|plan", test::samplePlan()));
    const core::ComparisonTable table = core::comparisonTable(plans);
    REQUIRE(table.columns.size() == 2);
    for (const auto &row : table.rows)
        CHECK(row.cells.size() == 2);
    const std::string html = core::writeComparisonHtml(table);
    CHECK(html.find("<b>first</b>") == std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;first&lt;/b&gt;") != std::string::npos);
    const std::string markdown = core::writeComparisonMarkdown(table);
    CHECK(markdown.find("second\\|plan") != std::string::npos);
    CHECK(markdown.find("Followers start -&gt; end") != std::string::npos);
}

TEST_CASE("report formats are named by id and extension", "[report]")
{
    CHECK(core::reportFormatFromId("md") == core::ReportFormat::Markdown);
    CHECK(core::reportFormatFromId("pdf") == core::ReportFormat::Pdf);
    CHECK_FALSE(core::reportFormatFromId("docx"));
    CHECK(core::reportFormatExtension(core::ReportFormat::Csv) == "csv");
}

// A spreadsheet gets each activity's weeks and, with a start date, its first
// and last day as ISO dates.
TEST_CASE("the CSV gives each activity its weeks and dates", "[report][csv]")
{
    core::Plan plan = test::samplePlan();
    plan.startDate = "2027-03-01";
    plan.activities[1].phases.clear();   // one in no phase
    const auto start = core::planStart(plan.startDate);
    REQUIRE(start);
    for (bool dated : {true, false}) {
        INFO("dated " << dated);
        core::Plan shown = plan;
        if (!dated)
            shown.startDate.clear();
        auto read = core::readCsv(core::writeCsvReport(reportOf(shown)));
        REQUIRE(read.ok());
        const auto column = [&](const std::string &title) {
            const auto found = std::find(read.table.header.begin(), read.table.header.end(), title);
            REQUIRE(found != read.table.header.end());
            return static_cast<std::size_t>(found - read.table.header.begin());
        };
        const std::size_t first = column("First week"), last = column("Last week"), starts = column("Starts"),
                          ends = column("Ends");
        REQUIRE(read.table.rows.size() == plan.activities.size());
        for (std::size_t a = 0; a < plan.activities.size(); ++a) {
            const auto &cells = read.table.rows[a];
            int lo = 0, hi = 0;
            for (const std::string &id : plan.activities[a].phases)
                if (const core::Phase *phase = plan.findPhase(id)) {
                    lo = lo == 0 ? phase->startWeek : std::min(lo, phase->startWeek);
                    hi = std::max(hi, phase->endWeek());
                }
            CHECK(cells[first] == (lo ? std::to_string(lo) : ""));
            CHECK(cells[last] == (hi ? std::to_string(hi) : ""));
            CHECK(cells[starts] == (lo && dated ? core::isoText(core::weekStart(*start, lo)) : ""));
            CHECK(cells[ends] == (hi && dated ? core::isoText(core::weekEnd(*start, hi)) : ""));
        }
    }
}
