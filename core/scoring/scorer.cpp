#include "core/scoring/scorer.h"

#include "core/projection/projection.h"
#include "core/scoring/brandstrength.h"
#include "core/scoring/plancosts.h"
#include "core/scoring/recommendation.h"
#include "core/scoring/scoringcontext.h"
#include "core/text/format.h"
#include "core/text/message.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>

namespace mixplanner::core {

text::Source severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return MP_TR("findings", "info");
    case Severity::Warning: return MP_TR("findings", "warning");
    case Severity::Error: break;
    }
    return MP_TR("findings", "error");
}

std::string_view refKindId(RefKind kind)
{
    switch (kind) {
    case RefKind::Phase: return "phase";
    case RefKind::Activity: return "activity";
    case RefKind::Channel: return "channel";
    case RefKind::Cluster: return "cluster";
    case RefKind::Plan: break;
    }
    return "plan";
}

std::string severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: break;
    }
    return "error";
}

namespace {

void explainPurpose(scoring::Context &context, double capPoints)
{
    using text::Arg;
    const ScoreReport &report = context.report;
    const PurposeInfo *primary = context.catalogue.purpose(context.plan.purpose.primary);
    const Arg name = primary ? Arg::nested(text::message(MP_TR("findings", "'%1'"),
                                                         {Arg::term("catalogue", primary->name)}))
                             : Arg::nested(text::message(MP_TR("findings", "this purpose")));
    const auto &p = context.parameters.suitability;
    // A secondary purpose blends into the cap, but never hides that social
    // media serves the primary purpose poorly.
    const bool primaryPoor = primary && primary->suitability < p.notRecommendedBelow;
    const Arg suitability = Arg::percent(primaryPoor ? std::min(primary->suitability, report.suitability)
                                                     : report.suitability);
    const Arg cap = Arg::decimal(report.suitabilityCap, 0);
    if (report.suitability < p.notRecommendedBelow || primaryPoor) {
        context.addFinding("SOCIAL_NOT_RECOMMENDED", Severity::Error, "", capPoints,
                           text::message(MP_TR("findings", "Social media serves %1 poorly (suitability %2). %3 "
                                                           "MixPlanner does not recommend leading with social "
                                                           "media here; the score is capped at %4."),
                                         {name, suitability,
                                          primary ? Arg::term("catalogue", primary->reason) : Arg::plain(""),
                                          cap}),
                           text::message(MP_TR("findings", "Put the main effort into channels that serve this "
                                                           "purpose better (search, events, sales, partners) and "
                                                           "keep social media in a supporting role, or plan social "
                                                           "media for a purpose it serves well, such as awareness "
                                                           "or engagement.")),
                           {{RefKind::Plan, ""}});
    } else if (capPoints > 0) {
        context.addFinding("PURPOSE_WEAKLY_SERVED", Severity::Info, "", capPoints,
                           text::message(MP_TR("findings", "Social media serves %1 only in part (suitability %2), "
                                                           "so even a well-balanced plan scores at most %3."),
                                         {name, suitability, cap}),
                           text::message(MP_TR("findings", "Measure this plan on what social media does well for "
                                                           "the purpose, and plan other channels alongside it.")),
                           {{RefKind::Plan, ""}});
    }
}

void sortFindings(std::vector<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.points != b.points)
            return a.points > b.points;
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.code < b.code;
    });
}

// Shares far from what the activity's type usually is carry the whole mix:
// name them, so a plan cannot look content-led by relabelling account work
// without anyone noticing. No points: the number may be right.
void flagUnusualShares(scoring::Context &context)
{
    using text::Arg;
    const auto &plan = context.plan;
    std::vector<scoring::ActivityCandidate> unusual;
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        const Activity &activity = plan.activities[a];
        const ActivityTypeInfo *type = context.catalogue.activityType(activity.type);
        if (!type || context.costs.scheduledActivityCost[a] <= 0)
            continue;
        if (std::fabs(activity.accountShare - type->defaultAccountShare) >= context.parameters.accountShare.unusualGap)
            unusual.push_back({0.0, a, 0, context.costs.scheduledActivityCost[a]});
    }
    context.addActivityFindings(
        unusual, "ACCOUNT_SHARE_UNUSUAL", Severity::Info, "", [&](const scoring::ActivityCandidate &candidate) {
            const Activity &activity = plan.activities[candidate.activity];
            const ActivityTypeInfo *type = context.catalogue.activityType(activity.type);
            return scoring::ExplainedFinding{
                text::message(MP_TR("findings", "'%1' (%2) is set to %3 account-driven; work of this type is "
                                                "usually about %4. The mix and the score rest on this number."),
                              {Arg::plain(activity.name), Arg::term("catalogue", type->name),
                               Arg::percent(activity.accountShare), Arg::percent(type->defaultAccountShare)}),
                text::message(MP_TR("findings", "Keep it if the work really reaches people that way; otherwise "
                                                "set the share to what the work does, or change its type.")),
                {{RefKind::Activity, activity.id}}};
        });
}

// A milestone far beyond what the plan grows is a target the plan will miss;
// it is named, and costs nothing, since the recommendation never rests on it.
void flagFarMilestones(scoring::Context &context)
{
    using text::Arg;
    const auto &plan = context.plan;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &phase = plan.phases[i];
        const double projected = context.report.phases[i].projectedFollowers;
        if (phase.followerMilestone <= 0
            || static_cast<double>(phase.followerMilestone) <= context.parameters.milestones.farAheadFactor * std::max(projected, 1.0))
            continue;
        context.addFinding(
            "MILESTONE_OUT_OF_REACH", Severity::Warning, "", 0.0,
            text::message(MP_TR("findings", "'%1' aims at %2 followers, but the plan grows about %3 by its end. The "
                                            "recommendation rests on the projected following, not on the milestone."),
                          {Arg::plain(phase.name), Arg::count(static_cast<double>(phase.followerMilestone)),
                           Arg::count(std::round(projected))}),
            text::message(MP_TR("findings", "Lower the milestone to what the plan can grow, or add content-driven "
                                            "work in earlier phases, which is what brings new followers.")),
            {{RefKind::Phase, phase.id}});
    }
}

} // namespace

// Money over the cap costs no score points (the score judges the mix, and a
// plan cut to its cap could keep the same mix), but the plan cannot be run
// as written, so a finding says by how much it is over.
void explainBudgetCap(scoring::Context &context)
{
    using text::Arg;
    const BudgetUse &budget = context.report.budget;
    if (!budget.overCap())
        return;
    const std::string &currency = context.plan.currency;
    const auto money = [&currency](double amount) { return Arg::money(amount, currency); };
    context.addFinding("OVER_BUDGET_CAP", Severity::Warning, "", 0.0,
                       text::message(MP_TR("findings", "The plan commits %1 (budgets %2, team hours %3), %4 "
                                                       "more than its budget cap of %5."),
                                     {money(budget.committed()), money(budget.money), money(budget.hoursCost),
                                      money(-budget.remaining()), money(*budget.cap)}),
                       text::message(MP_TR("findings", "Take %1 out of budgets or hours, starting where the "
                                                       "findings above say the money does least, or raise the "
                                                       "cap if more money is agreed."),
                                     {money(-budget.remaining())}),
                       {{RefKind::Plan, ""}});
}

ScoreReport scorePlan(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
{
    ScoreReport report;
    // One pass over the activities serves the components and the projection
    // the phase powers come from.
    ActivityFacts facts(plan, catalogue, parameters);
    const PlanCosts costs = computePlanCosts(
        plan, [&facts](std::size_t index, const Activity &activity) { facts.visit(index, activity); },
        PhaseSlices::NotNeeded,
        [&facts](std::size_t activity, std::size_t phase, double cost) { facts.slice(activity, phase, cost); });
    scoring::Context context{plan, catalogue, parameters, costs, report, scoring::componentFacts(plan, catalogue, facts), {}};

    report.brandStrength = computeBrandStrength(plan.brand, parameters);
    if (plan.brand.audienceSize <= 0 && !plan.brand.strengthOverride)
        context.addFinding("BRAND_AUDIENCE_UNKNOWN", Severity::Info, "", 0.0,
                           text::message(MP_TR("findings", "The brand's audience size is blank, so its following "
                                                           "cannot be judged against it: brand strength rests on "
                                                           "awareness, favourability and engagement alone.")),
                           text::message(MP_TR("findings", "Enter the number of people the brand could reach (the "
                                                           "market or target group), so the following counts.")),
                           {{RefKind::Plan, ""}});
    const PurposeProfile profile = purposeProfile(plan.purpose, catalogue);
    report.suitability = profile.suitability;
    report.suitabilityCap = std::clamp(100.0 * profile.suitability / parameters.suitability.fullFrom, 0.0, 100.0);
    report.totalCost = costs.scheduledCost;
    report.budget = BudgetUse{costs.money, costs.hours, costs.hoursCost, plan.budgetCap};
    explainBudgetCap(context);
    if (costs.scheduledCost > 0) {
        double accountCost = 0;
        for (const double cost : costs.phaseAccountCost)
            accountCost += cost;
        report.overallPlanned = accountCost / costs.scheduledCost;
    }

    const Projection projected = project(projectionInputs(plan, costs, facts, catalogue, parameters), parameters);
    report.phases.reserve(plan.phases.size());
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &phase = plan.phases[i];
        PhaseMix mix;
        mix.id = phase.id;
        mix.name = phase.name;
        mix.weeks = phase.weeks;
        mix.cost = costs.phaseCost[i];
        if (const double planned = costs.plannedShare(i); planned >= 0)
            mix.planned = planned;
        // The power the brand has in the phase with the following the plan
        // itself grows by then: a typed milestone is a target, checked below,
        // never a reason for a recommendation.
        mix.brandPower = projected.phasePower(static_cast<int>(i), report.brandStrength.value);
        mix.projectedFollowers = projected.followersAfter(phase.endWeek());
        const RecommendedMix recommended = recommendedMix(profile, mix.brandPower, parameters);
        mix.recommended = recommended.share;
        mix.low = recommended.low;
        mix.high = recommended.high;
        report.phases.push_back(std::move(mix));
    }

    // Activities in no phase cost no points but leave money out; the
    // costliest are named.
    std::vector<scoring::ActivityCandidate> unscheduled;
    for (std::size_t a = 0; a < plan.activities.size(); ++a)
        if (!costs.scheduled[a])
            unscheduled.push_back({0.0, a, 0, costs.activityCost[a]});
    context.addActivityFindings(
        unscheduled, "ACTIVITY_WITHOUT_PHASE", Severity::Warning, "",
        [&](const scoring::ActivityCandidate &candidate) {
            const Activity &activity = plan.activities[candidate.activity];
            return scoring::ExplainedFinding{
                text::message(MP_TR("findings", "'%1' is in no phase, so its cost (%2) is left out of the mix and "
                                                "the score."),
                              {text::Arg::plain(activity.name), context.money(costs.activityCost[candidate.activity])}),
                text::message(MP_TR("findings", "Assign it to the phases it runs in.")),
                {{RefKind::Activity, activity.id}}};
        },
        [&](std::size_t count, double) {
            double left = 0;
            for (const scoring::ActivityCandidate &candidate : unscheduled)
                left += candidate.rank;
            return scoring::ExplainedFinding{
                text::message(MP_TR("findings", "%1 more activities are in no phase; with those above, %2 of cost "
                                                "is left out of the mix and the score."),
                              {text::Arg::count(static_cast<double>(count)), context.money(left)}),
                text::message(MP_TR("findings", "Assign them to the phases they run in.")),
                {}};
        });

    const auto &w = parameters.weights;
    report.components = {{"mixFit", w.mixFit, 0}, {"trajectory", w.trajectory, 0},
                         {"channelFit", w.channelFit, 0}, {"contentReadiness", w.contentReadiness, 0},
                         {"accountReadiness", w.accountReadiness, 0}};

    if (costs.scheduledCost <= 0) {
        // Nothing to judge: the whole score is lost for one reason.
        context.addFinding("EMPTY_PLAN", Severity::Error, "", 100.0,
                           plan.activities.empty()
                               ? text::message(MP_TR("findings", "The plan has no activities yet, so there is no "
                                                                 "mix to judge."))
                               : text::message(MP_TR("findings", "No activity in the plan's phases has a budget or "
                                                                 "hours, so there is no mix to judge.")),
                           text::message(MP_TR("findings", "Add activities with a budget or hours and assign "
                                                           "them to phases.")),
                           {{RefKind::Plan, ""}});
        report.total = 0;
        report.rawTotal = 0;
        explainPurpose(context, 0.0);   // only a poorly served purpose says anything here
        context.resolveActivityRefs();
        sortFindings(report.findings);
        return report;
    }

    report.components[0].score = scoring::scoreMixFit(context, w.mixFit);
    report.components[1].score = scoring::scoreTrajectory(context, w.trajectory);
    report.components[2].score = scoring::scoreChannelFit(context, w.channelFit);
    report.components[3].score = scoring::scoreContentReadiness(context, w.contentReadiness);
    report.components[4].score = scoring::scoreAccountReadiness(context, w.accountReadiness);

    double raw = 0;
    for (ComponentScore &component : report.components) {
        // Sums of weighted parts can land a hair outside 0..100.
        component.score = std::clamp(component.score, 0.0, 100.0);
        raw += component.weight * component.score;
    }
    report.rawTotal = std::clamp(raw, 0.0, 100.0);
    report.total = std::min(report.rawTotal, report.suitabilityCap);
    explainPurpose(context, report.rawTotal - report.total);
    flagUnusualShares(context);
    flagFarMilestones(context);
    context.resolveActivityRefs();
    sortFindings(report.findings);
    // Every point the plan loses is explained by a finding, and no finding
    // claims a point the plan kept (docs/scoring-model.md).
    assert(std::fabs(std::accumulate(report.findings.begin(), report.findings.end(), 0.0,
                                     [](double sum, const Finding &f) { return sum + f.points; })
                     - (100.0 - report.total))
           < 1e-6);
    return report;
}

} // namespace mixplanner::core
