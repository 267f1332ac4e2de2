// The score must not reward what carries no information or jump at a
// threshold: each case below was a way to gain points without a better plan.
#include "planbuilder.h"
#include "testsupport.h"

#include "core/projection/projection.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/scorer.h"
#include "core/scoring/targeting.h"
#include "core/catalogue/catalogue.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace mixplanner;

namespace {

double component(const core::ScoreReport &report, const std::string &id)
{
    for (const auto &c : report.components)
        if (c.id == id)
            return c.score;
    return -1;
}

// One phase, one content-led activity whose targeting the test sets.
core::Plan targetedPlan(std::vector<std::string> tags, std::vector<std::string> formats, std::int64_t clusterSize)
{
    test::PlanBuilder builder("awareness");
    builder.strength(30).phase("p1", 8, 1000).activity("a1", 0.1, 100000, {"p1"});
    core::Plan plan = builder.build();
    plan.clusters.front().size = clusterSize;
    plan.activities.front().tags = std::move(tags);
    plan.activities.front().formats = std::move(formats);
    return plan;
}

} // namespace

TEST_CASE("a label counts only when it says something", "[scoring][gaming]")
{
    for (const char *informative : {"#homecafe", "latte art", "video", "reels", "#珈琲", "茶", "UGC", "4k", "ab",
                                    "placeholders", "#WorkFromHomeCoffeeBreak"})
        CHECK(core::isInformativeLabel(informative));
    for (const char *filler : {"", " ", "x", "#a", "#", "TBD", "tbd", "todo", "n/a", "N/A", "...", "-", "?", "xxx",
                               "aaaa", "1111", "none", "Placeholder", "#PLACE-HOLDER!", "zzzzzzzzzzzzzzzzzzzzzzzz"})
        CHECK_FALSE(core::isInformativeLabel(filler));
}

// Token tags, a format "tbd" and a cluster of nobody earned readiness points
// and projected reach as if the content were aimed.
TEST_CASE("filler targeting earns no readiness and no projected targeting", "[scoring][gaming]")
{
    const core::Plan none = targetedPlan({}, {}, 0);
    const core::Plan filler = targetedPlan({"x", "#a", "tbd"}, {"tbd"}, 0);
    const core::Plan real = targetedPlan({"#homecafe"}, {"video"}, 300000);
    CHECK(component(core::scorePlan(filler), "contentReadiness") == Approx(component(core::scorePlan(none), "contentReadiness")));
    CHECK(component(core::scorePlan(real), "contentReadiness") > component(core::scorePlan(filler), "contentReadiness"));
    CHECK(core::projectionInputs(filler).phases.front().targeting == Approx(core::projectionInputs(none).phases.front().targeting));
    CHECK(core::projectionInputs(real).phases.front().targeting > core::projectionInputs(filler).phases.front().targeting);
}

// 99 followers scored 50 on account readiness, 100 scored 100.
TEST_CASE("account readiness grows with followers without a cliff", "[scoring][gaming]")
{
    const auto readiness = [](std::int64_t followers) {
        test::PlanBuilder builder("awareness");
        builder.strength(50).channel("ch-new", "instagram", true, followers).phase("p1", 8, 1000)
            .activity("a1", 0.8, 100000, {"p1"}, "ch-new");
        return component(core::scorePlan(builder.build()), "accountReadiness");
    };
    const double threshold = core::ModelParameters::builtin().accountReadiness.minFollowers;
    const auto below = static_cast<std::int64_t>(threshold) - 1;
    CHECK(readiness(below) == Approx(readiness(below + 1)).margin(1.0));
    CHECK(readiness(0) < readiness(below / 2));
    CHECK(readiness(below / 2) < readiness(below));
}

// Content-led work on a channel without an account lost up to all 15 points
// of account readiness, though only its small account-driven part needs one.
TEST_CASE("account readiness judges only the account-driven part", "[scoring][gaming]")
{
    const auto &weights = core::ModelParameters::builtin().weights;
    for (const double share : {0.05, 0.1, 0.3}) {
        test::PlanBuilder builder("awareness");
        builder.strength(30).channel("ch-none", "tiktok", false, 0).phase("p1", 8, 1000)
            .activity("a1", share, 100000, {"p1"}, "ch-none");
        const auto report = core::scorePlan(builder.build());
        double lost = 0;
        for (const core::Finding &finding : report.findings)
            if (finding.code == "ACCOUNT_WITHOUT_AUDIENCE")
                lost += finding.points;
        INFO("account share " << share);
        CHECK(lost == Approx(weights.accountReadiness * share * 100).margin(1e-6));
    }
}

// An influencer flag on own-account posts multiplied projected value 3.8x:
// it moved the money onto the content path as if a creator carried it.
TEST_CASE("the influencer flag counts only on creator or paid work", "[scoring][gaming]")
{
    const auto plan = [](const std::string &type, bool influencer, bool paid) {
        test::PlanBuilder builder("awareness");
        builder.strength(30).phase("p1", 8, 1000).activity("a1", 0.8, 300000, {"p1"}, "ch-ig", type);
        core::Plan built = builder.build();
        built.activities[0].influencer = influencer;
        built.activities[0].paidSupport = paid;
        return built;
    };
    const double own = core::projectPlan(plan("account_posts", false, false)).value;
    CHECK(core::projectPlan(plan("account_posts", true, false)).value == Approx(own));
    CHECK(core::projectPlan(plan("influencer_collab", true, false)).value
          > core::projectPlan(plan("influencer_collab", false, false)).value);
    CHECK(core::projectPlan(plan("account_posts", true, true)).value
          > core::projectPlan(plan("account_posts", false, true)).value);
}

namespace {

// A weak brand's two halves of 12 weeks, content-led then account-led, each
// half cut into `pieces` phases with the same money per week and the same shares.
core::Plan halves(int pieces)
{
    test::PlanBuilder builder("awareness");
    builder.strength(25).followers(2000);
    const int weeks = 12 / pieces;
    for (int half = 0; half < 2; ++half) {
        for (int piece = 0; piece < pieces; ++piece) {
            const std::string id = "p" + std::to_string(half) + std::to_string(piece);
            builder.phase(id, weeks, half == 0 ? 2000 : 6000);
            const double money = 600000.0 / pieces;
            builder.activity("acc-" + id, half == 0 ? 0.6 : 0.9, money * (half == 0 ? 0.3 : 0.7), {id});
            builder.activity("con-" + id, 0.1, money * (half == 0 ? 0.7 : 0.3), {id});
        }
    }
    return builder.build();
}

} // namespace

// Cutting each half into three phases added 9.8 points: the extra pairs of
// unchanged phases diluted the one real shift.
TEST_CASE("splitting phases with the same money and shares gains nothing", "[scoring][gaming]")
{
    const double whole = core::scorePlan(halves(1)).total;
    for (const int pieces : {2, 3, 4, 6}) {
        INFO(pieces << " pieces per half");
        CHECK(core::scorePlan(halves(pieces)).total == Approx(whole).margin(1.0));
    }
}

// A one-week account blitz with 88 % of the money scored as if it were a
// twentieth of the plan.
TEST_CASE("phases weigh by their money as well as their weeks", "[scoring][gaming]")
{
    test::PlanBuilder builder("awareness");
    builder.strength(20).followers(500).phase("blitz", 1, 500).phase("rest", 19, 500);
    builder.activity("follow-and-win", 0.9, 880000, {"blitz"});
    builder.activity("short videos", 0.1, 120000, {"rest"});
    const auto report = core::scorePlan(builder.build());
    const double mixFit = component(report, "mixFit");
    // The blitz phase is wholly outside its band; it holds 88 % of the money.
    const double timeWeight = core::ModelParameters::builtin().mixFit.timeWeight;
    CHECK(mixFit <= 100.0 * (1 - (timeWeight * 1 / 20 + (1 - timeWeight) * 0.88)) + 1e-6);
}

// One yen in an empty phase lifted the score by 12.5 points.
TEST_CASE("a token amount in an empty phase buys no points", "[scoring][gaming]")
{
    test::PlanBuilder builder("awareness");
    builder.strength(30).phase("p1", 8, 1000).phase("p2", 8, 1000).activity("a1", 0.15, 400000, {"p1"});
    const double empty = core::scorePlan(builder.build()).total;
    builder.activity("token", 0.15, 1, {"p2"});
    const double token = core::scorePlan(builder.build()).total;
    CHECK(token == Approx(empty).margin(0.1));
    // Real money in the phase does count.
    builder.activity("real", 0.15, 400000, {"p2"});
    CHECK(core::scorePlan(builder.build()).total > empty + 10);
}

// Retyping account work as 10 % account-driven lifted a weak brand's plan
// from 45.7 to 91.1 without a word: the number is named now.
TEST_CASE("an account share far from its type's default is named", "[scoring][gaming]")
{
    const auto plan = [](double share) {
        test::PlanBuilder builder("awareness");
        builder.strength(20).phase("p1", 8, 500).activity("posts", share, 300000, {"p1"}, "ch-ig", "account_posts");
        return builder.build();
    };
    const double typical = core::Catalogue::builtin().activityType("account_posts")->defaultAccountShare;
    const double gap = core::ModelParameters::builtin().accountShare.unusualGap;
    const auto flagged = [](const core::ScoreReport &report) {
        return std::count_if(report.findings.begin(), report.findings.end(),
                             [](const core::Finding &f) { return f.code == "ACCOUNT_SHARE_UNUSUAL"; });
    };
    CHECK(flagged(core::scorePlan(plan(typical))) == 0);
    CHECK(flagged(core::scorePlan(plan(std::max(0.0, typical - gap + 0.05)))) == 0);
    const core::Plan retyped = plan(std::max(0.0, typical - gap - 0.05));
    const auto relabelled = core::scorePlan(retyped);
    REQUIRE(flagged(relabelled) == 1);
    for (const core::Finding &f : relabelled.findings)
        if (f.code == "ACCOUNT_SHARE_UNUSUAL") {
            CHECK(f.points == 0);
            CHECK(test::english(f.message).find("'" + retyped.activities[0].name + "'") != std::string::npos);
        }
}
