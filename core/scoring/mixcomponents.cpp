// Mix fit and trajectory: does each phase have the account share the brand's
// power and the purpose call for, and does the share move as they move?
#include "core/scoring/mixmath.h"
#include "core/scoring/scoringcontext.h"
#include "core/text/format.h"
#include "core/text/message.h"
#include "core/text/weektext.h"

#include <algorithm>
#include <cmath>

namespace mixplanner::core::scoring {

namespace {

using text::Arg;

// 'Launch' (weeks 1-8), or with the plan's dates 'Launch' (weeks 1-8,
// 1 Mar – 25 Apr), as findings name a phase.
Arg phaseLabel(const Context &context, const Phase &phase)
{
    return Arg::nested(text::message(
        MP_TR("findings", "'%1' (%2)"),
        {Arg::plain(phase.name),
         Arg::nested(text::weekRange(planStart(context.plan.startDate), phase.startWeek, phase.endWeek()))}));
}

void explainPhaseOutsideBand(Context &context, const Phase &phase, const PhaseMix &mix,
                             double lost)
{
    const auto &brand = context.parameters.brand;
    const double planned = *mix.planned;
    const Arg power = Arg::decimal(mix.brandPower, 0);
    // The money that would have to switch from wholly account-driven to wholly
    // content-driven work (or back) to reach the recommendation.
    const Arg amount = context.money(text::roughly(std::fabs(planned - mix.recommended) * mix.cost));
    const std::vector<Arg> moveArgs{amount, Arg::plain(phase.name), Arg::percent(mix.recommended),
                                    Arg::percent(mix.low), Arg::percent(mix.high)};
    const std::vector<Arg> bandArgs{phaseLabel(context, phase), Arg::percent(planned), power,
                                    Arg::percent(mix.recommended), Arg::percent(mix.low),
                                    Arg::percent(mix.high)};
    std::vector<FindingRef> refs{{RefKind::Phase, phase.id}};

    if (planned > mix.high) {
        const text::Message move = text::message(
            MP_TR("findings", "Move about %1 of '%2' from account-driven to content-driven work (short "
                              "videos, hashtag campaigns, content series aimed at interest clusters), or "
                              "lower the account share of its activities, to bring it near %3 (anything "
                              "from %4-%5 fits)."),
            moveArgs);
        if (mix.brandPower < brand.weakBelow) {
            context.addFinding("WEAK_BRAND_ACCOUNT_HEAVY", Severity::Warning, "mixFit", lost,
                               text::message(MP_TR("findings", "In %1 %2 of the cost goes to account-driven "
                                                               "work, but the brand's power there is only %3 of "
                                                               "100: few people know or follow the account, so "
                                                               "its posts reach little. Content that finds "
                                                               "interest clusters would reach further."),
                                             {phaseLabel(context, phase), Arg::percent(planned), power}),
                               move, refs);
        } else {
            context.addFinding("MIX_OUTSIDE_BAND", Severity::Warning, "mixFit", lost,
                               text::message(MP_TR("findings", "In %1 %2 of the cost is account-driven; for a "
                                                               "brand with power %3 and this purpose the model "
                                                               "recommends %4 (%5-%6)."),
                                             bandArgs),
                               move, refs);
        }
        return;
    }

    const text::Message move = text::message(
        MP_TR("findings", "Move about %1 of '%2' toward account-driven work (account posts, community "
                          "care, follower campaigns, influencers), or raise the account share of its "
                          "activities, to bring it near %3 (anything from %4-%5 fits)."),
        moveArgs);
    if (mix.brandPower >= brand.strongFrom) {
        context.addFinding("STRONG_BRAND_UNDERUSED_ACCOUNT", Severity::Warning, "mixFit", lost,
                           text::message(MP_TR("findings", "In %1 only %2 of the cost is account-driven, "
                                                           "though the brand's power there is %3 of 100: "
                                                           "people already listen to its account, so even "
                                                           "ordinary posts from it would land."),
                                         {phaseLabel(context, phase), Arg::percent(planned), power}),
                           move, refs);
    } else {
        context.addFinding("MIX_OUTSIDE_BAND", Severity::Warning, "mixFit", lost,
                           text::message(MP_TR("findings", "In %1 only %2 of the cost is account-driven; "
                                                           "for a brand with power %3 and this purpose the "
                                                           "model recommends %4 (%5-%6)."),
                                         bandArgs),
                           move, refs);
    }
}

} // namespace

double scoreMixFit(Context &context, double weight)
{
    const auto &plan = context.plan;
    double totalWeeks = 0, totalCost = 0;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        totalWeeks += plan.phases[i].weeks;
        totalCost += context.costs.phaseCost[i];
    }
    if (totalWeeks <= 0)
        return 100.0;

    double score = 0;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &phase = plan.phases[i];
        PhaseMix &mix = context.report.phases[i];
        // Every week of the campaign should have the right mix, and so should
        // every yen: phases count by their length and their money together.
        const double phaseWeight = core::phaseWeight(phase.weeks, context.costs.phaseCost[i], totalWeeks,
                                                     totalCost, context.parameters);
        if (!mix.planned) {
            mix.fit = 0;
            const bool empty = context.costs.phaseActivities[i] == 0;
            context.addFinding(
                "PHASE_WITHOUT_ACTIVITIES", Severity::Warning, "mixFit", weight * phaseWeight * 100,
                empty ? text::message(MP_TR("findings", "%1 has no activities, so it has no mix at all."),
                                      {phaseLabel(context, phase)})
                      : text::message(MP_TR("findings", "%1 has activities but no budget or hours, so it "
                                                        "has no mix at all."),
                                      {phaseLabel(context, phase)}),
                empty ? text::message(MP_TR("findings", "Add the work planned for these weeks, or remove "
                                                        "the phase if the plan does not need it."))
                      : text::message(MP_TR("findings", "Give its activities a budget or hours, so the plan "
                                                        "says what these weeks cost.")),
                {{RefKind::Phase, phase.id}});
            continue;
        }
        const double bandFit = phaseMixFit(*mix.planned, mix.low, mix.high, context.parameters);
        const double spend = spendFactor(phase.weeks, mix.cost, totalWeeks, totalCost, context.parameters);
        mix.fit = bandFit * spend;
        score += phaseWeight * mix.fit;
        if (bandFit < 100.0)
            explainPhaseOutsideBand(context, phase, mix, weight * phaseWeight * (100.0 - bandFit));
        if (spend < 1.0)
            context.addFinding(
                "PHASE_BARELY_FUNDED", Severity::Warning, "mixFit", weight * phaseWeight * bandFit * (1.0 - spend),
                text::message(MP_TR("findings", "%1 spends %2 a week, less than %3 of the plan's average of %4, "
                                                "so its mix counts only in part."),
                              {phaseLabel(context, phase), context.money(mix.cost / phase.weeks),
                               Arg::percent(context.parameters.mixFit.minSpendIntensity),
                               context.money(totalCost / totalWeeks)}),
                text::message(MP_TR("findings", "Give these weeks the work they need, or shorten the phase or "
                                                "remove it if the plan does not need it.")),
                {{RefKind::Phase, phase.id}});
    }
    return score;
}

double scoreTrajectory(Context &context, double weight)
{
    const auto &plan = context.plan;
    const auto &p = context.parameters.trajectory;
    std::vector<std::size_t> costed;
    for (std::size_t i = 0; i < plan.phases.size(); ++i)
        if (context.report.phases[i].planned)
            costed.push_back(i);
    if (costed.size() < 2)
        return 100.0;   // a single phase has no trajectory to judge

    std::vector<double> plannedMoves, recommendedMoves, pairPoints;
    for (std::size_t k = 1; k < costed.size(); ++k) {
        const PhaseMix &from = context.report.phases[costed[k - 1]];
        const PhaseMix &to = context.report.phases[costed[k]];
        plannedMoves.push_back(*to.planned - *from.planned);
        recommendedMoves.push_back(to.recommended - from.recommended);
    }
    const double score = trajectoryScore(plannedMoves, recommendedMoves, context.parameters, &pairPoints);
    for (std::size_t k = 1; k < costed.size(); ++k) {
        const PhaseMix &from = context.report.phases[costed[k - 1]];
        const PhaseMix &to = context.report.phases[costed[k]];
        const double plannedMove = plannedMoves[k - 1];
        const double recommendedMove = recommendedMoves[k - 1];
        if (pairPoints[k - 1] <= 0)
            continue;

        const double lost = weight * pairPoints[k - 1];
        const std::vector<FindingRef> refs{{RefKind::Phase, from.id}, {RefKind::Phase, to.id}};
        const bool reversed = plannedMove * recommendedMove < 0 && std::fabs(plannedMove) >= p.reversalMinMove;
        const std::vector<Arg> aim{Arg::percentagePoints(recommendedMove), Arg::percentagePoints(plannedMove)};
        if (reversed) {
            const std::vector<Arg> shares{Arg::plain(from.name), Arg::plain(to.name),
                                          Arg::percent(*from.planned), Arg::percent(*to.planned),
                                          Arg::percent(from.recommended), Arg::percent(to.recommended)};
            context.addFinding(
                "MIX_TRAJECTORY_REVERSED", Severity::Warning, "trajectory", lost,
                plannedMove < 0
                    ? text::message(MP_TR("findings", "From '%1' to '%2' the account share falls from %3 to "
                                                      "%4, but the brand's power calls for it to rise "
                                                      "(recommended %5 then %6)."),
                                    shares)
                    : text::message(MP_TR("findings", "From '%1' to '%2' the account share rises from %3 to "
                                                      "%4, but the brand's power calls for it to fall "
                                                      "(recommended %5 then %6)."),
                                    shares),
                recommendedMove > 0
                    ? text::message(MP_TR("findings", "Lead with content while the brand is little known "
                                                      "and shift toward the account as followers grow: aim "
                                                      "for a change of about %1 instead of %2."),
                                    aim)
                    : text::message(MP_TR("findings", "Shift back toward content as the account's pull "
                                                      "weakens: aim for a change of about %1 instead of %2."),
                                    aim),
                refs);
        } else {
            context.addFinding(
                "MIX_SHIFT_MISMATCH", Severity::Info, "trajectory", lost,
                text::message(MP_TR("findings", "From '%1' to '%2' the account share changes by %3; the "
                                                "recommendation changes by %4."),
                              {Arg::plain(from.name), Arg::plain(to.name), Arg::percentagePoints(plannedMove),
                               Arg::percentagePoints(recommendedMove)}),
                std::fabs(plannedMove) > std::fabs(recommendedMove)
                    ? text::message(MP_TR("findings", "Make the shift gentler: aim for a change of about %1 "
                                                      "instead of %2."),
                                    aim)
                    : text::message(MP_TR("findings", "Make the shift steeper: aim for a change of about %1 "
                                                      "instead of %2."),
                                    aim),
                refs);
        }
    }
    return score;
}

} // namespace mixplanner::core::scoring
