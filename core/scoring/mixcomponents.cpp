// Mix fit and trajectory: does each phase have the account share the brand's
// power and the purpose call for, and does the share move as they move?
#include "core/scoring/mixmath.h"
#include "core/scoring/scoringcontext.h"
#include "core/text/format.h"

#include <algorithm>
#include <cmath>

namespace mixplanner::core::scoring {

namespace {

std::string phaseLabel(const Phase &phase)
{
    return text::quoted(phase.name) + " (weeks " + std::to_string(phase.startWeek) + "-"
           + std::to_string(phase.endWeek()) + ")";
}

std::string bandText(const PhaseMix &mix)
{
    return text::percent(mix.low) + "-" + text::percent(mix.high);
}

std::string points(double share)
{
    const long long rounded = std::llround(share * 100);
    return (rounded > 0 ? "+" : "") + std::to_string(rounded) + " percentage points";
}

void explainPhaseOutsideBand(Context &context, const Phase &phase, const PhaseMix &mix,
                             double lost)
{
    const auto &brand = context.parameters.brand;
    const double planned = *mix.planned;
    const std::string power = text::decimal(mix.brandPower, 0);
    const std::string target = "near " + text::percent(mix.recommended) + " (anything from "
                               + bandText(mix) + " fits)";
    // The money that would have to switch from wholly account-driven to wholly
    // content-driven work (or back) to reach the recommendation.
    const std::string amount = context.money(text::roughly(std::fabs(planned - mix.recommended) * mix.cost));
    std::vector<FindingRef> refs{{"phase", phase.id}};

    if (planned > mix.high) {
        const std::string move = "Move about " + amount + " of " + text::quoted(phase.name)
                                 + " from account-driven to content-driven work (short videos, "
                                   "hashtag campaigns, content series aimed at interest clusters), "
                                   "or lower the account share of its activities, to bring it "
                                 + target + ".";
        if (mix.brandPower < brand.weakBelow) {
            context.addFinding("WEAK_BRAND_ACCOUNT_HEAVY", Severity::Warning, "mixFit", lost,
                               "In " + phaseLabel(phase) + " " + text::percent(planned)
                                   + " of the cost goes to account-driven work, but the brand's power "
                                     "there is only " + power + " of 100: few people know or follow "
                                     "the account, so its posts reach little. Content that finds "
                                     "interest clusters would reach further.",
                               move, refs);
        } else {
            context.addFinding("MIX_OUTSIDE_BAND", Severity::Warning, "mixFit", lost,
                               "In " + phaseLabel(phase) + " " + text::percent(planned)
                                   + " of the cost is account-driven; for a brand with power "
                                   + power + " and this purpose the model recommends "
                                   + text::percent(mix.recommended) + " (" + bandText(mix) + ").",
                               move, refs);
        }
        return;
    }

    const std::string move = "Move about " + amount + " of " + text::quoted(phase.name)
                             + " toward account-driven work (account posts, community care, "
                               "follower campaigns, influencers), or raise the account share of "
                               "its activities, to bring it " + target + ".";
    if (mix.brandPower >= brand.strongFrom) {
        context.addFinding("STRONG_BRAND_UNDERUSED_ACCOUNT", Severity::Warning, "mixFit", lost,
                           "In " + phaseLabel(phase) + " only " + text::percent(planned)
                               + " of the cost is account-driven, though the brand's power there is "
                               + power + " of 100: people already listen to its account, so even "
                                         "ordinary posts from it would land.",
                           move, refs);
    } else {
        context.addFinding("MIX_OUTSIDE_BAND", Severity::Warning, "mixFit", lost,
                           "In " + phaseLabel(phase) + " only " + text::percent(planned)
                               + " of the cost is account-driven; for a brand with power " + power
                               + " and this purpose the model recommends "
                               + text::percent(mix.recommended) + " (" + bandText(mix) + ").",
                           move, refs);
    }
}

} // namespace

double scoreMixFit(Context &context, double weight)
{
    const auto &plan = context.plan;
    double totalWeeks = 0;
    for (const Phase &phase : plan.phases)
        totalWeeks += phase.weeks;
    if (totalWeeks <= 0)
        return 100.0;

    double score = 0;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase &phase = plan.phases[i];
        PhaseMix &mix = context.report.phases[i];
        // Every week of the campaign should have the right mix, so phases
        // count by their length, not by their budget.
        const double phaseWeight = phase.weeks / totalWeeks;
        if (!mix.planned) {
            mix.fit = 0;
            const bool empty = context.costs.phaseSlices[i].empty();
            context.addFinding(
                "PHASE_WITHOUT_ACTIVITIES", Severity::Warning, "mixFit", weight * phaseWeight * 100,
                phaseLabel(phase) + (empty ? " has no activities" : " has activities but no budget or hours")
                    + ", so it has no mix at all.",
                empty ? "Add the work planned for these weeks, or remove the phase if the plan does not need it."
                      : "Give its activities a budget or hours, so the plan says what these weeks cost.",
                {{"phase", phase.id}});
            continue;
        }
        mix.fit = phaseMixFit(*mix.planned, mix.low, mix.high, context.parameters);
        score += phaseWeight * mix.fit;
        if (mix.fit < 100.0)
            explainPhaseOutsideBand(context, phase, mix, weight * phaseWeight * (100.0 - mix.fit));
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

    const double pairs = static_cast<double>(costed.size() - 1);
    double score = 0;
    for (std::size_t k = 1; k < costed.size(); ++k) {
        const PhaseMix &from = context.report.phases[costed[k - 1]];
        const PhaseMix &to = context.report.phases[costed[k]];
        const double plannedMove = *to.planned - *from.planned;
        const double recommendedMove = to.recommended - from.recommended;
        const double pairScore = trajectoryPairScore(plannedMove, recommendedMove, context.parameters);
        score += pairScore / pairs;
        if (pairScore >= 100.0)
            continue;

        const double lost = weight * (100.0 - pairScore) / pairs;
        const std::string span = "From " + text::quoted(from.name) + " to " + text::quoted(to.name);
        const std::vector<FindingRef> refs{{"phase", from.id}, {"phase", to.id}};
        const bool reversed = plannedMove * recommendedMove < 0 && std::fabs(plannedMove) >= p.reversalMinMove;
        const std::string aim = "aim for a change of about " + points(recommendedMove) + " instead of "
                                + points(plannedMove) + ".";
        if (reversed) {
            context.addFinding(
                "MIX_TRAJECTORY_REVERSED", Severity::Warning, "trajectory", lost,
                span + " the account share " + (plannedMove < 0 ? "falls" : "rises") + " from "
                    + text::percent(*from.planned) + " to " + text::percent(*to.planned)
                    + ", but the brand's power calls for it to "
                    + (recommendedMove > 0 ? "rise" : "fall") + " (recommended "
                    + text::percent(from.recommended) + " then " + text::percent(to.recommended)
                    + ").",
                recommendedMove > 0
                    ? "Lead with content while the brand is little known and shift toward the account as followers grow: " + aim
                    : "Shift back toward content as the account's pull weakens: " + aim,
                refs);
        } else {
            context.addFinding(
                "MIX_SHIFT_MISMATCH", Severity::Info, "trajectory", lost,
                span + " the account share changes by " + points(plannedMove)
                    + "; the recommendation changes by " + points(recommendedMove) + ".",
                std::string(std::fabs(plannedMove) > std::fabs(recommendedMove) ? "Make the shift gentler: "
                                                                                  : "Make the shift steeper: ")
                    + aim,
                refs);
        }
    }
    return score;
}

} // namespace mixplanner::core::scoring
