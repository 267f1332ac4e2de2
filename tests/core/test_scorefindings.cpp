// Every finding code: a minimal plan that triggers it and a near twin that
// does not, so a code can neither go silent nor fire where it should not.
#include "planbuilder.h"
#include "testsupport.h"

#include "core/scoring/scorer.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace mixplanner;

namespace {

const core::Finding *find(const core::ScoreReport &report, const std::string &code)
{
    const auto it = std::find_if(report.findings.begin(), report.findings.end(),
                                 [&code](const core::Finding &f) { return f.code == code; });
    return it == report.findings.end() ? nullptr : &*it;
}

bool fires(const core::Plan &plan, const std::string &code)
{
    return find(core::scorePlan(plan), code) != nullptr;
}

// One phase, one well-targeted activity: the baseline twin of most cases.
test::PlanBuilder onePhase(double strength, double share, const std::string &purpose = "awareness")
{
    test::PlanBuilder builder(purpose);
    builder.strength(strength).phase("p1", 8, 1000).activity("a1", share, 100000, {"p1"});
    return builder;
}

} // namespace

TEST_CASE("WEAK_BRAND_ACCOUNT_HEAVY", "[findings]")
{
    const core::Plan heavy = onePhase(20, 0.8).build();
    const auto report = core::scorePlan(heavy);
    const core::Finding *finding = find(report, "WEAK_BRAND_ACCOUNT_HEAVY");
    REQUIRE(finding);
    CHECK(finding->points > 0);
    CHECK(finding->refs.front().kind == core::RefKind::Phase);
    CHECK(finding->refs.front().id == "p1");
    CHECK(test::english(finding->message).find("'Phase 1'") != std::string::npos);
    CHECK(test::english(finding->suggestion).find("\xC2\xA5") != std::string::npos);   // names an amount in yen
    CHECK_FALSE(fires(onePhase(20, 0.1).build(), "WEAK_BRAND_ACCOUNT_HEAVY"));
    // Above the band with a middling brand it is the general code instead.
    CHECK_FALSE(fires(onePhase(50, 0.95).build(), "WEAK_BRAND_ACCOUNT_HEAVY"));
    CHECK(fires(onePhase(50, 0.95).build(), "MIX_OUTSIDE_BAND"));
}

TEST_CASE("STRONG_BRAND_UNDERUSED_ACCOUNT", "[findings]")
{
    CHECK(fires(onePhase(90, 0.1).build(), "STRONG_BRAND_UNDERUSED_ACCOUNT"));
    CHECK_FALSE(fires(onePhase(90, 0.7).build(), "STRONG_BRAND_UNDERUSED_ACCOUNT"));
    CHECK_FALSE(fires(onePhase(50, 0.1).build(), "STRONG_BRAND_UNDERUSED_ACCOUNT"));
}

TEST_CASE("MIX_OUTSIDE_BAND", "[findings]")
{
    CHECK(fires(onePhase(50, 0.05).build(), "MIX_OUTSIDE_BAND"));
    CHECK_FALSE(fires(onePhase(50, 0.3).build(), "MIX_OUTSIDE_BAND"));
}

TEST_CASE("MIX_TRAJECTORY_REVERSED and MIX_SHIFT_MISMATCH", "[findings]")
{
    const auto plan = [](double first, double second) {
        return test::PlanBuilder("awareness").strength(30).phase("p1", 6, 1000).phase("p2", 6, 8000)
            .activity("a1", first, 100000, {"p1"}).activity("a2", second, 100000, {"p2"}).build();
    };
    CHECK(fires(plan(0.5, 0.1), "MIX_TRAJECTORY_REVERSED"));
    CHECK_FALSE(fires(plan(0.1, 0.3), "MIX_TRAJECTORY_REVERSED"));
    // A gentle rise, within the tolerance of what the projected growth supports.
    CHECK_FALSE(fires(plan(0.1, 0.18), "MIX_SHIFT_MISMATCH"));
    // Rising, but far more steeply than the brand's growth supports.
    CHECK(fires(plan(0.1, 0.7), "MIX_SHIFT_MISMATCH"));
    CHECK_FALSE(fires(plan(0.1, 0.7), "MIX_TRAJECTORY_REVERSED"));
}

TEST_CASE("SOCIAL_NOT_RECOMMENDED and PURPOSE_WEAKLY_SERVED", "[findings]")
{
    CHECK(fires(onePhase(50, 0.5, "b2b_leads").build(), "SOCIAL_NOT_RECOMMENDED"));
    CHECK_FALSE(fires(onePhase(50, 0.5, "sales").build(), "SOCIAL_NOT_RECOMMENDED"));
    CHECK(fires(onePhase(50, 0.5, "sales").build(), "PURPOSE_WEAKLY_SERVED"));
    CHECK_FALSE(fires(onePhase(50, 0.3, "awareness").build(), "PURPOSE_WEAKLY_SERVED"));
    // A secondary purpose social media serves well lifts the cap, but the
    // warning about the primary purpose stays: social media should still not
    // lead B2B lead generation.
    core::Plan blended = onePhase(50, 0.5, "b2b_leads").build();
    const double capAlone = core::scorePlan(blended).suitabilityCap;
    blended.purpose.secondary = "awareness";
    blended.purpose.secondaryWeight = 0.5;
    const auto report = core::scorePlan(blended);
    CHECK(report.suitabilityCap > capAlone);
    const core::Finding *warning = find(report, "SOCIAL_NOT_RECOMMENDED");
    REQUIRE(warning);
    CHECK(test::english(warning->message).find("B2B") != std::string::npos);
}

// A blank audience size cannot be judged: it is named in a finding and
// leaves the brand's strength to the other parts, instead of counting the
// following as nothing.
TEST_CASE("BRAND_AUDIENCE_UNKNOWN", "[findings]")
{
    core::Plan plan = test::samplePlan();
    plan.brand.strengthOverride.reset();
    plan.brand.awareness = 80;
    plan.brand.favorability = 80;
    plan.brand.engagementRate = 4;
    plan.brand.followers = 2'000'000;
    plan.brand.audienceSize = 5'000'000;
    const auto known = core::scorePlan(plan);
    plan.brand.audienceSize = 0;
    const auto blank = core::scorePlan(plan);
    CHECK_FALSE(find(known, "BRAND_AUDIENCE_UNKNOWN"));
    REQUIRE(find(blank, "BRAND_AUDIENCE_UNKNOWN"));
    CHECK(find(blank, "BRAND_AUDIENCE_UNKNOWN")->points == 0);
    // A strong brand stays strong: the other three parts in their proportions.
    const auto &b = core::ModelParameters::builtin().brand;
    const double engagement = 100.0 * 4 / (4 + b.engagementHalfRate);
    const double others = (80 * b.awarenessWeight + 80 * b.favorabilityWeight + engagement * b.engagementWeight)
                          / (b.awarenessWeight + b.favorabilityWeight + b.engagementWeight);
    CHECK(blank.brandStrength.value == Approx(others).margin(1e-9));
    CHECK(known.brandStrength.value > 60);
    CHECK(blank.brandStrength.value > 60);
}

TEST_CASE("CHANNEL_APPROACH_MISMATCH and CHANNEL_FIT_PARTIAL", "[findings]")
{
    const auto onPlatform = [](const std::string &platform, double share) {
        return test::PlanBuilder("awareness").strength(50).channel("ch", platform, true, 5000).phase("p1", 8, 1000)
            .activity("a1", share, 100000, {"p1"}, "ch").build();
    };
    // Content-driven work on LINE reaches only the account's friends.
    const auto mismatch = core::scorePlan(onPlatform("line", 0.1));
    const core::Finding *finding = find(mismatch, "CHANNEL_APPROACH_MISMATCH");
    REQUIRE(finding);
    CHECK(finding->refs.front().id == "a1");
    CHECK_FALSE(fires(onPlatform("tiktok", 0.1), "CHANNEL_APPROACH_MISMATCH"));
    CHECK_FALSE(fires(onPlatform("tiktok", 0.0), "CHANNEL_FIT_PARTIAL"));
    // A balanced activity on Instagram fits a little less than pure content.
    CHECK(fires(onPlatform("instagram", 0.4), "CHANNEL_FIT_PARTIAL"));
    CHECK_FALSE(fires(onPlatform("instagram", 0.4), "CHANNEL_APPROACH_MISMATCH"));
}

TEST_CASE("CHANNEL_FIT_PARTIAL names every activity it counts, in plan order", "[findings]")
{
    test::PlanBuilder builder = test::PlanBuilder("awareness").strength(50).channel("ch", "instagram", true, 5000)
        .phase("p1", 8, 1000);
    for (int i = 1; i <= 3; ++i)
        builder.activity("a" + std::to_string(i), 0.4, 1000.0 * i, {"p1"}, "ch");
    builder.activity("pure", 0.0, 5000, {"p1"}, "ch");   // pure content fits Instagram fully
    const auto report = core::scorePlan(builder.build());
    const core::Finding *finding = find(report, "CHANNEL_FIT_PARTIAL");
    REQUIRE(finding);
    REQUIRE(finding->refs.size() == 3);
    CHECK(finding->refs[0].id == "a1");
    CHECK(finding->refs[2].id == "a3");
    CHECK(test::english(finding->message).find("3 activities") != std::string::npos);
}

TEST_CASE("CONTENT_NOT_TARGETED", "[findings]")
{
    test::PlanBuilder builder = onePhase(50, 0.3);
    CHECK_FALSE(fires(builder.build(), "CONTENT_NOT_TARGETED"));
    builder.untargeted("a1");
    const auto report = core::scorePlan(builder.build());
    const core::Finding *finding = find(report, "CONTENT_NOT_TARGETED");
    REQUIRE(finding);
    CHECK(test::english(finding->message).find("no interest cluster") != std::string::npos);
    // Wholly account-driven work needs no targeting.
    CHECK_FALSE(fires(onePhase(50, 1.0).untargeted("a1").build(), "CONTENT_NOT_TARGETED"));
}

// Large plans: the costliest findings of a kind are listed one by one, the
// rest folded into one finding that carries their points.
TEST_CASE("findings about many activities are listed costliest first, the rest folded into one", "[findings]")
{
    test::PlanBuilder builder = onePhase(50, 0.3);
    const int count = 60;
    for (int i = 2; i <= count; ++i) {
        const std::string id = "a" + std::to_string(i);
        builder.activity(id, 0.3, 1000.0 * i, {"p1"});
    }
    for (int i = 1; i <= count; ++i)
        builder.untargeted("a" + std::to_string(i));
    const core::ScoreReport report = core::scorePlan(builder.build());
    std::vector<const core::Finding *> untargeted;
    double points = 0;
    for (const core::Finding &finding : report.findings) {
        if (finding.code == "CONTENT_NOT_TARGETED")
            untargeted.push_back(&finding);
        points += finding.points;
    }
    REQUIRE(untargeted.size() == 26);
    // The folded finding sorts by its summed points like any other.
    const auto foldedAt = std::find_if(untargeted.begin(), untargeted.end(),
                                       [](const core::Finding *finding) { return finding->refs.size() > 1; });
    REQUIRE(foldedAt != untargeted.end());
    const core::Finding *folded = *foldedAt;
    CHECK(folded->refs.size() == 35);
    CHECK(test::english(folded->message).find("35 more activities") != std::string::npos);
    untargeted.erase(foldedAt);
    // The listed ones name their activity, costliest first (a1 has the largest
    // budget, then a60, a59, ...); the folded ones are the cheapest.
    CHECK(untargeted[0]->refs.front().id == "a1");
    CHECK(untargeted[1]->refs.front().id == "a60");
    CHECK(untargeted[24]->refs.front().id == "a37");
    // The folded finding names its activities in plan order (a2 ... a36).
    REQUIRE(folded->refs.size() == 35);
    for (std::size_t i = 0; i < folded->refs.size(); ++i) {
        CHECK(folded->refs[i].kind == core::RefKind::Activity);
        CHECK(folded->refs[i].id == "a" + std::to_string(i + 2));
    }
    // Folding changes no points.
    CHECK(points == Approx(100.0 - report.total).margin(1e-6));
}

TEST_CASE("ACCOUNT_WITHOUT_AUDIENCE", "[findings]")
{
    const auto on = [](bool hasAccount, std::int64_t followers, bool influencer,
                       const std::string &type = "influencer_collab") {
        core::Plan plan = test::PlanBuilder("awareness").strength(50).channel("ch", "facebook", hasAccount, followers)
            .phase("p1", 8, 1000).activity("a1", 0.6, 100000, {"p1"}, "ch", type).build();
        plan.activities[0].influencer = influencer;
        return plan;
    };
    CHECK(fires(on(false, 0, false), "ACCOUNT_WITHOUT_AUDIENCE"));
    CHECK(fires(on(true, 10, false), "ACCOUNT_WITHOUT_AUDIENCE"));
    CHECK_FALSE(fires(on(true, 5000, false), "ACCOUNT_WITHOUT_AUDIENCE"));
    CHECK_FALSE(fires(on(false, 0, true), "ACCOUNT_WITHOUT_AUDIENCE"));
    // The flag on the brand's own posts borrows nobody's audience.
    CHECK(fires(on(false, 0, true, "account_posts"), "ACCOUNT_WITHOUT_AUDIENCE"));
    // No account loses more than a small one.
    const auto none = core::scorePlan(on(false, 0, false));
    const auto small = core::scorePlan(on(true, 10, false));
    CHECK(find(none, "ACCOUNT_WITHOUT_AUDIENCE")->points > find(small, "ACCOUNT_WITHOUT_AUDIENCE")->points);
}

TEST_CASE("EMPTY_PLAN", "[findings]")
{
    CHECK(fires(test::PlanBuilder("awareness").phase("p1", 4, 0).build(), "EMPTY_PLAN"));
    CHECK_FALSE(fires(onePhase(50, 0.3).build(), "EMPTY_PLAN"));
}

TEST_CASE("PHASE_WITHOUT_ACTIVITIES", "[findings]")
{
    test::PlanBuilder builder = onePhase(50, 0.3);
    CHECK_FALSE(fires(builder.build(), "PHASE_WITHOUT_ACTIVITIES"));
    builder.phase("p2", 4, 2000);
    const auto report = core::scorePlan(builder.build());
    const core::Finding *finding = find(report, "PHASE_WITHOUT_ACTIVITIES");
    REQUIRE(finding);
    CHECK(finding->refs.front().id == "p2");
    // An empty third of the campaign costs its share of the weeks (it has no
    // money to count by) of the mix-fit weight.
    const auto &parameters = core::ModelParameters::builtin();
    CHECK(finding->points == Approx(100.0 * parameters.weights.mixFit * parameters.mixFit.timeWeight * 4 / 12));
}

TEST_CASE("ACTIVITY_WITHOUT_PHASE", "[findings]")
{
    test::PlanBuilder builder = onePhase(50, 0.3);
    CHECK_FALSE(fires(builder.build(), "ACTIVITY_WITHOUT_PHASE"));
    builder.activity("loose", 0.5, 50000, {});
    const auto report = core::scorePlan(builder.build());
    const core::Finding *finding = find(report, "ACTIVITY_WITHOUT_PHASE");
    REQUIRE(finding);
    CHECK(finding->refs.front().id == "loose");
    CHECK(test::english(finding->message).find("50,000") != std::string::npos);
}

// When no activity is in a phase the score stops early (EMPTY_PLAN); the
// activities left out are still named, the costliest one by one and the rest
// in one finding that lists them all.
TEST_CASE("ACTIVITY_WITHOUT_PHASE on a plan with nothing scheduled", "[findings]")
{
    test::PlanBuilder builder = test::PlanBuilder("awareness").strength(50).phase("p1", 8, 0);
    for (int i = 1; i <= 40; ++i)
        builder.activity("loose" + std::to_string(i), 0.5, 1000.0 * i, {});
    const auto report = core::scorePlan(builder.build());
    CHECK(fires(builder.build(), "EMPTY_PLAN"));
    std::vector<std::string> named;
    for (const core::Finding &finding : report.findings) {
        if (finding.code != "ACTIVITY_WITHOUT_PHASE")
            continue;
        for (const core::FindingRef &ref : finding.refs)
            named.push_back(ref.id);
    }
    REQUIRE(named.size() == 40);
    std::sort(named.begin(), named.end());
    CHECK(std::adjacent_find(named.begin(), named.end()) == named.end());
}

TEST_CASE("OVER_BUDGET_CAP", "[findings]")
{
    core::Plan plan = test::samplePlan();
    // Every activity counts against the cap, in a phase or not, hours at the rate.
    double committed = 0;
    for (const core::Activity &activity : plan.activities)
        committed += activity.budget + activity.hours * plan.hourlyRate;
    REQUIRE(plan.hourlyRate > 0);
    plan.activities.back().phases.clear();   // out of every phase, still money spent
    const core::ScoreReport uncapped = core::scorePlan(plan);
    CHECK(uncapped.budget.committed() == Approx(committed));
    CHECK_FALSE(fires(plan, "OVER_BUDGET_CAP"));

    plan.budgetCap = committed;   // exactly at the cap is not over it
    CHECK_FALSE(fires(plan, "OVER_BUDGET_CAP"));
    CHECK(core::scorePlan(plan).budget.remaining() == Approx(0).margin(1e-6));

    plan.budgetCap = committed - 1000;
    const core::ScoreReport over = core::scorePlan(plan);
    const core::Finding *finding = find(over, "OVER_BUDGET_CAP");
    REQUIRE(finding);
    CHECK(finding->points == 0);   // the mix is judged, not the money
    CHECK(over.total == uncapped.total);
    CHECK(over.budget.remaining() == Approx(-1000));
    CHECK_THAT(test::english(finding->message), Catch::Contains("1,000 more than its budget cap"));
}
