// What a printed summary leaves out, and that it says so: printing must end
// in seconds for any valid plan, and the reader must know what is missing.
#include "plangenerator.h"
#include "testsupport.h"

#include "core/report/planreport.h"
#include "core/report/printedreport.h"
#include "core/report/reportwriters.h"
#include "core/scoring/scorer.h"

#include <catch2/catch.hpp>

using namespace mixplanner;
using core::PrintLimits;

namespace {

core::PlanReport reportOf(const core::Plan &plan) { return core::buildPlanReport(plan, core::scorePlan(plan)); }

std::size_t printedRows(const core::PlanReport &report)
{
    std::size_t rows = report.unscheduled.size();
    for (const auto &phase : report.phases)
        rows += phase.activities.size();
    return rows;
}

} // namespace

TEST_CASE("long texts are cut with an ellipsis for print, and only for print", "[print]")
{
    core::Plan plan = test::samplePlan();
    const std::string longName(1024 * 1024 - 16, 'N');
    plan.activities[0].name = longName;
    plan.phases[0].name = std::string(5000, 'P');
    plan.notes = std::string(100'000, 'n');
    const core::PlanReport full = reportOf(plan);
    const core::PlanReport printed = core::condenseForPrint(full);

    CHECK(printed.notes.size() == PrintLimits::kMaxNotesCharacters + 3);
    CHECK(printed.phases[0].mix.name.size() == PrintLimits::kMaxTextCharacters + 3);
    for (const auto &phase : printed.phases)
        for (const auto &row : phase.activities)
            CHECK(row.name.size() <= PrintLimits::kMaxTextCharacters + 3);
    // A finding that quotes the name quotes an excerpt.
    for (const core::Finding &finding : printed.score.findings)
        CHECK(test::english(finding.message).find(std::string(PrintLimits::kMaxTextCharacters + 1, 'N'))
              == std::string::npos);
    // The file exports keep every character.
    CHECK(core::writeReport(full, core::ReportFormat::Csv).find(longName) != std::string::npos);
}

TEST_CASE("long activity lists print their largest rows and say what is left out", "[print]")
{
    for (const std::uint32_t seed : {1u, 2u, 3u}) {
        test::GeneratorShape shape;
        shape.activities = 3000;
        shape.phases = 1 + seed * 4;
        const core::Plan plan = test::generatePlan(seed, shape);
        const core::PlanReport full = reportOf(plan);
        const core::PlanReport printed = core::condenseForPrint(full);
        INFO("seed " << seed);
        CHECK(printedRows(printed) <= std::max(PrintLimits::kMaxActivityRows,
                                               PrintLimits::kMinRowsPerPhase * (printed.phases.size() + 1)));
        CHECK(printedRows(printed) < printedRows(full));
        REQUIRE(printed.phases.size() == full.phases.size());
        for (std::size_t p = 0; p < full.phases.size(); ++p) {
            const auto &before = full.phases[p];
            const auto &after = printed.phases[p];
            // Shown and left out add up to the phase, in rows and in money.
            CHECK(after.activities.size() + after.omittedActivities == before.activities.size());
            double shown = 0;
            double smallestShown = after.activities.empty() ? 0 : after.activities.front().phaseCost;
            for (const auto &row : after.activities) {
                shown += row.phaseCost;
                smallestShown = std::min(smallestShown, row.phaseCost);
            }
            double all = 0;
            for (const auto &row : before.activities)
                all += row.phaseCost;
            CHECK(shown + after.omittedCost == Approx(all));
            // What is shown is the largest: nothing left out costs more.
            if (after.omittedActivities > 0)
                CHECK(after.omittedCost <= smallestShown * static_cast<double>(after.omittedActivities) + 1e-6);
        }
        // The printed layout names what it leaves out.
        const std::string html = core::writePrintHtmlReport(printed);
        CHECK(html.find("are not printed") != std::string::npos);
    }
}

TEST_CASE("a plan that fits is printed whole", "[print]")
{
    const core::PlanReport full = reportOf(test::samplePlan());
    const core::PlanReport printed = core::condenseForPrint(full);
    CHECK(printedRows(printed) == printedRows(full));
    CHECK(printed.score.findings.size() == full.score.findings.size());
    CHECK(core::writePrintHtmlReport(printed).find("not printed") == std::string::npos);
}
