#include "core/suggest/suggestion.h"

#include "core/projection/projection.h"
#include "core/scoring/mixmath.h"
#include "core/scoring/plancosts.h"
#include "core/scoring/recommendation.h"
#include "core/scoring/scorer.h"
#include "core/text/format.h"
#include "core/text/message.h"

#include <algorithm>
#include <cmath>

namespace mixplanner::core {

namespace {

struct Band {
    double recommended, low, high;
    double power;   // the brand's power in the phase
};

// Projected value discounted by the score's judgement of the mix: mix fit
// and trajectory, both 0..1, raised to a power.
class Objective
{
public:
    Objective(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
        : m_parameters(parameters)
        , m_inputs(projectionInputs(plan, catalogue, parameters))
    {
        // The bands are the score's: brand power with the following the plan
        // as it stands grows by each phase.
        const PurposeProfile profile = purposeProfile(plan.purpose, catalogue);
        const Projection planned = project(m_inputs, parameters);
        for (std::size_t p = 0; p < plan.phases.size(); ++p) {
            const double power = planned.phasePower(static_cast<int>(p), m_inputs.brandStrength);
            const RecommendedMix mix = recommendedMix(profile, power, parameters);
            m_bands.push_back({mix.share, mix.low, mix.high, power});
        }
        // Phase costs stay as planned whatever the shares, so what each costed
        // phase counts for in mix fit is fixed; uncosted phases lose the same
        // points whatever the shares and are left out.
        double totalWeeks = 0, totalCost = 0;
        for (const PhaseDrivers &phase : m_inputs.phases) {
            totalWeeks += phase.weeks;
            totalCost += phase.costUsd;
        }
        double costedWeight = 0;
        for (const PhaseDrivers &phase : m_inputs.phases) {
            const double weight = phase.costed ? phaseWeight(phase.weeks, phase.costUsd, totalWeeks, totalCost, parameters)
                                                     * spendFactor(phase.weeks, phase.costUsd, totalWeeks, totalCost,
                                                                   parameters)
                                               : 0.0;
            m_fitWeights.push_back(weight);
            costedWeight += phase.costed ? phaseWeight(phase.weeks, phase.costUsd, totalWeeks, totalCost, parameters) : 0.0;
        }
        if (costedWeight > 0)
            for (double &weight : m_fitWeights)
                weight /= costedWeight;
    }

    const ProjectionInputs &inputs() const { return m_inputs; }
    const std::vector<Band> &bands() const { return m_bands; }

    double value(const std::vector<double> &shares) const { return project(m_inputs, m_parameters, &shares).value; }

    // The score's own mix fit and trajectory (core/scoring/mixmath), so the
    // suggestion judges a mix exactly as the findings do.
    double operator()(const std::vector<double> &shares) const
    {
        double fit = 0;
        bool anyCosted = false;
        std::vector<double> plannedMoves, recommendedMoves;
        int previous = -1;
        for (std::size_t p = 0; p < shares.size(); ++p) {
            if (!m_inputs.phases[p].costed)
                continue;
            anyCosted = true;
            fit += m_fitWeights[p] * phaseMixFit(shares[p], m_bands[p].low, m_bands[p].high, m_parameters);
            if (previous >= 0) {
                const auto q = static_cast<std::size_t>(previous);
                plannedMoves.push_back(shares[p] - shares[q]);
                recommendedMoves.push_back(m_bands[p].recommended - m_bands[q].recommended);
            }
            previous = static_cast<int>(p);
        }
        const double mixFit = anyCosted ? fit / 100.0 : 1.0;
        const double pathFit = trajectoryScore(plannedMoves, recommendedMoves, m_parameters) / 100.0;
        return value(shares) * std::pow(mixFit * pathFit, m_parameters.suggestion.scoreExponent);
    }

private:
    const ModelParameters &m_parameters;
    ProjectionInputs m_inputs;
    std::vector<Band> m_bands;
    std::vector<double> m_fitWeights;   // per phase: its mix-fit weight x spend factor, over the costed phases
};

// Coordinate search: each phase in turn takes the share (on the step grid,
// within its bounds) that maximises the objective with the others fixed;
// repeated until nothing moves (the trajectory couples neighbouring phases,
// so a share may need several passes to reach its place). Each phase's grid
// is searched coarse (every fifth step) and then fine around the best coarse
// point: the objective is smooth between the band's edges, and a projection
// per grid point is what a suggestion costs.
std::vector<double> optimise(const Objective &objective, std::vector<double> shares,
                             const std::vector<double> &low, const std::vector<double> &high, double step)
{
    constexpr int kCoarse = 5;
    double best = objective(shares);
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        for (std::size_t p = 0; p < shares.size(); ++p) {
            if (!objective.inputs().phases[p].costed)
                continue;
            const double original = shares[p];
            double bestShare = original;
            const int steps = static_cast<int>(std::floor((high[p] - low[p]) / step + 1e-9));
            const auto tryStep = [&](int i) {
                shares[p] = std::min(high[p], low[p] + i * step);
                const double candidate = objective(shares);
                if (candidate > best + 1e-9) {
                    best = candidate;
                    bestShare = shares[p];
                }
            };
            for (int i = 0; i <= steps; i += kCoarse)
                tryStep(i);
            if (steps % kCoarse != 0)
                tryStep(steps);
            const int around = static_cast<int>(std::lround((bestShare - low[p]) / step));
            for (int i = std::max(0, around - kCoarse + 1); i <= std::min(steps, around + kCoarse - 1); ++i)
                if (i % kCoarse != 0)
                    tryStep(i);
            shares[p] = bestShare;
            moved |= bestShare != original;
        }
        if (!moved)
            break;
    }
    return shares;
}

using text::Arg;

text::Message describeMove(const PhaseSuggestion &phase, double target, double recommended, double low, double high,
                           double power, const ModelParameters &parameters)
{
    const double weakBelow = parameters.brand.weakBelow;
    const double strongFrom = parameters.brand.strongFrom;
    const Arg name = Arg::plain(phase.name);
    const Arg from = Arg::percent(phase.planned);
    const Arg to = Arg::percent(target);
    // A plan beyond the model's least or most share is moved inside them
    // whatever the brand: that is the reason, not reach.
    const auto &r = parameters.recommendation;
    if (phase.planned > r.maxShare + 1e-9 && target < phase.planned)
        return text::message(MP_TR("suggestion", "'%1': from %2 down to %3 account-driven, within the model's most "
                                                 "(%4): even the strongest brand keeps some content that travels "
                                                 "beyond its followers."),
                             {name, from, to, Arg::percent(r.maxShare)});
    if (phase.planned < r.minShare - 1e-9 && target > phase.planned)
        return text::message(MP_TR("suggestion", "'%1': from %2 up to %3 account-driven, within the model's least "
                                                 "(%4): even content-led work needs some account work, such as "
                                                 "replies and a profile that turns visitors into followers."),
                             {name, from, to, Arg::percent(r.minShare)});
    if (std::fabs(target - phase.planned) < 0.005) {
        // Only a share inside the recommended band suits the brand's power;
        // outside it the score's findings say move, and so does this.
        if (phase.planned >= low - 1e-9 && phase.planned <= high + 1e-9)
            return text::message(MP_TR("suggestion", "'%1': keep it at %2, which suits the brand's power there (%3)."),
                                 {name, from, Arg::decimal(power, 0)});
        return text::message(MP_TR("suggestion", "'%1': %2 is outside the recommended %3 to %4 for the brand's "
                                                 "power there (%5), but no move within the limits projects better "
                                                 "at the same cost; move it toward %6 by hand if the findings' "
                                                 "reasons apply."),
                             {name, from, Arg::percent(low), Arg::percent(high), Arg::decimal(power, 0),
                              Arg::percent(recommended)});
    }
    // Moving away from the phase's own recommendation happens only for the
    // path between phases (the trajectory): say so rather than give a reason
    // about this phase alone.
    if (std::fabs(target - recommended) > std::fabs(phase.planned - recommended) + 1e-9)
        return text::message(MP_TR("suggestion", "'%1': from %2 to %3 account-driven, so that the change between "
                                                 "this phase and its neighbours is gentler; on its own this phase "
                                                 "would be recommended %4."),
                             {name, from, to, Arg::percent(recommended)});
    if (target < phase.planned) {
        return power < weakBelow
                   ? text::message(MP_TR("suggestion", "'%1': from %2 down to %3 account-driven. Few people follow "
                                                       "or know the brand yet, so content aimed at interest clusters "
                                                       "reaches more of them and brings the followers later phases "
                                                       "need."),
                                   {name, from, to})
                   : text::message(MP_TR("suggestion", "'%1': from %2 down to %3 account-driven. Content reaches "
                                                       "more new people here than the account can for the same "
                                                       "money."),
                                   {name, from, to});
    }
    return power >= strongFrom
               ? text::message(MP_TR("suggestion", "'%1': from %2 up to %3 account-driven. People already listen "
                                                   "to the brand, so its account carries ordinary posts far."),
                               {name, from, to})
               : text::message(MP_TR("suggestion", "'%1': from %2 up to %3 account-driven. The following grown "
                                                   "so far makes the account worth more here (recommended %4)."),
                               {name, from, to, Arg::percent(recommended)});
}

// +20.8%, as the suggestion states a change of projected value.
Arg gain(double ratio)
{
    return Arg::nested(ratio >= 0 ? text::message(MP_TR("units", "+%1%"), {Arg::decimal(ratio * 100, 1)})
                                  : text::message(MP_TR("units", "%1%"), {Arg::decimal(ratio * 100, 1)}));
}

// Why Apply stops short of a phase's target, in the marketer's terms: the
// side the money should go to (activities whose share is beyond the target)
// has no budget in the phase, or the money
// that could move is already down to what Apply keeps of each budget (or is
// held by phases it shares activities with).
text::Message applyNote(const Plan &plan, const PlanCosts &costs, std::size_t phase, double achieved, double target,
                        const ModelParameters &parameters)
{
    const bool wantsMoreAccount = target > achieved;
    bool receivingBudget = false;
    for (const PlanCosts::Slice &slice : costs.phaseSlices[phase]) {
        const Activity &activity = plan.activities[slice.activity];
        if (activity.budget > 0 && (wantsMoreAccount ? activity.accountShare > target : activity.accountShare < target))
            receivingBudget = true;
    }
    const Arg reached = Arg::percent(achieved);
    if (!receivingBudget && wantsMoreAccount)
        return text::message(MP_TR("suggestion", "Apply reaches only %1 here: no account-driven activity in this "
                                                 "phase has a budget to take more money (hours stay as planned). "
                                                 "Give one a budget, or raise account shares by hand."),
                             {reached});
    if (!receivingBudget)
        return text::message(MP_TR("suggestion", "Apply reaches only %1 here: no content-driven activity in this "
                                                 "phase has a budget to take the money (hours stay as planned). Add "
                                                 "content aimed at the phase's clusters, or lower account shares "
                                                 "by hand."),
                             {reached});
    return text::message(MP_TR("suggestion", "Apply reaches only %1 here: it keeps each phase's cost and every "
                                             "budget between %2 and %3 times itself, and the budgets that could "
                                             "move are at those limits or shared with phases that pull the other "
                                             "way. Change budgets or account shares by hand."),
                         {reached, Arg::percent(parameters.suggestion.minBudgetKept),
                          Arg::decimal(parameters.suggestion.maxBudgetGrowth, 0)});
}

} // namespace

std::vector<double> MixSuggestion::boundedShares() const
{
    std::vector<double> shares;
    for (const auto &phase : phases)
        shares.push_back(phase.bounded);
    return shares;
}

std::vector<double> MixSuggestion::unboundedShares() const
{
    std::vector<double> shares;
    for (const auto &phase : phases)
        shares.push_back(phase.unbounded);
    return shares;
}

MixSuggestion suggestMix(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
{
    MixSuggestion suggestion;
    const Objective objective(plan, catalogue, parameters);
    const auto &inputs = objective.inputs();
    const std::size_t count = inputs.phases.size();
    // No suggestion goes below the model's least or above its most account
    // share (recommendation.minShare, maxShare): a plan outside them is moved
    // inside, never told to stay.
    const double least = parameters.recommendation.minShare;
    const double most = parameters.recommendation.maxShare;
    std::vector<double> planned(count), lowBound(count), highBound(count), start(count);
    std::vector<double> leastShare(count, least), mostShare(count, most);
    for (std::size_t p = 0; p < count; ++p) {
        planned[p] = inputs.phases[p].accountShare;
        lowBound[p] = std::clamp(planned[p] - parameters.suggestion.boundPoints, least, most);
        highBound[p] = std::clamp(planned[p] + parameters.suggestion.boundPoints, least, most);
        // Outside the recommended band the bounded suggestion moves toward
        // it, never further away, whatever the projection would prefer.
        const Band &band = objective.bands()[p];
        if (planned[p] < band.low)
            lowBound[p] = std::max(lowBound[p], std::min(planned[p], highBound[p]));
        else if (planned[p] > band.high)
            highBound[p] = std::min(highBound[p], std::max(planned[p], lowBound[p]));
        start[p] = std::clamp(planned[p], lowBound[p], highBound[p]);
    }
    const double step = parameters.suggestion.step;
    std::vector<double> unboundedStart = planned;
    for (double &share : unboundedStart)
        share = std::clamp(share, least, most);
    const std::vector<double> unbounded = optimise(objective, unboundedStart, leastShare, mostShare, step);
    std::vector<double> bounded = optimise(objective, start, lowBound, highBound, step);
    // A move smaller than the model can tell apart is no suggestion.
    for (std::size_t p = 0; p < count; ++p)
        if (std::fabs(bounded[p] - planned[p]) < parameters.suggestion.minMove && planned[p] >= least - 1e-9
            && planned[p] <= most + 1e-9)
            bounded[p] = planned[p];

    const auto evaluate = [&](const std::vector<double> &shares, double *score) {
        const Plan applied = applyAccountShares(plan, shares, parameters);
        *score = scorePlan(applied, catalogue, parameters).total;
        return projectPlan(applied, catalogue, parameters).value;
    };
    suggestion.planScore = scorePlan(plan, catalogue, parameters).total;
    // The objective's inputs are the plan's own: projecting them is projecting the plan.
    const double planProjected = project(inputs, parameters).value;
    suggestion.planValue = planProjected;

    // The bounded suggestion must never make the plan worse by either measure
    // once applied; if it would, it moves less, down to not at all.
    const int steps = static_cast<int>(std::lround(parameters.suggestion.backOffSteps));
    for (int k = steps; k >= 0; --k) {
        const double fraction = static_cast<double>(k) / steps;
        std::vector<double> shares(count);
        for (std::size_t p = 0; p < count; ++p)
            shares[p] = planned[p] + fraction * (bounded[p] - planned[p]);
        double score = suggestion.planScore;
        const double value = fraction > 0 ? evaluate(shares, &score) : planProjected;
        if (fraction == 0 || (score >= suggestion.planScore - 1e-9 && value >= planProjected - 1e-9)) {
            bounded = shares;
            suggestion.appliedBoundedValue = value;
            suggestion.appliedBoundedScore = score;
            break;
        }
    }
    suggestion.boundedValue = objective.value(bounded);
    suggestion.unboundedValue = objective.value(unbounded);
    suggestion.appliedUnboundedValue = evaluate(unbounded, &suggestion.appliedUnboundedScore);

    const PlanCosts achieved = computePlanCosts(applyAccountShares(plan, bounded, parameters));
    const PlanCosts costs = computePlanCosts(plan);
    // The largest move Apply really makes, and whether some phase's move is
    // out of Apply's reach.
    std::size_t biggest = count;
    double biggestMove = 0.005;
    bool unreachable = false;
    for (std::size_t p = 0; p < count; ++p) {
        PhaseSuggestion phase;
        phase.id = inputs.phases[p].id;
        phase.name = inputs.phases[p].name;
        phase.costed = inputs.phases[p].costed;
        phase.planned = planned[p];
        phase.bounded = bounded[p];
        phase.unbounded = unbounded[p];
        if (phase.costed) {
            const Band &band = objective.bands()[p];
            phase.reason = describeMove(phase, bounded[p], band.recommended, band.low, band.high, band.power,
                                        parameters);
            phase.achieved = achieved.plannedShare(p);
            phase.applicable = std::fabs(phase.achieved - bounded[p]) < parameters.suggestion.applyTolerance;
            if (!phase.applicable) {
                unreachable = true;
                phase.applyNote = applyNote(plan, costs, p, phase.achieved, bounded[p], parameters);
            }
            if (std::fabs(phase.achieved - planned[p]) >= biggestMove) {
                biggestMove = std::fabs(phase.achieved - planned[p]);
                biggest = p;
            }
        } else {
            phase.reason = text::message(MP_TR("suggestion", "'%1' has no costed work, so there is nothing to shift."),
                                         {Arg::plain(phase.name)});
        }
        suggestion.phases.push_back(std::move(phase));
    }
    const Arg bound = Arg::decimal(parameters.suggestion.boundPoints * 100, 0);
    if (biggest == count && unreachable) {
        suggestion.summary = text::message(
            MP_TR("suggestion", "Apply cannot move this plan's money toward the suggested mix (see the phases "
                                "below); it changes nothing. Change budgets or account shares by hand; without "
                                "limits, Apply would change the projected value by %1."),
            {gain(suggestion.unboundedGain())});
    } else if (biggest == count) {
        suggestion.summary = text::message(
            MP_TR("suggestion", "The plan's mix is already the best MixPlanner finds within %1 points of it; the "
                                "unbounded optimum, applied, changes the projected value by %2."),
            {bound, gain(suggestion.unboundedGain())});
    } else if (std::round(suggestion.appliedBoundedScore * 10) == std::round(suggestion.planScore * 10)) {
        // Equal as shown (one decimal): "78.2 (now 78.2)" would read as a contradiction.
        suggestion.summary = text::message(
            MP_TR("suggestion", "The largest move: %1 Apply changes the projected value by %2 at the same cost, "
                                "and leaves the score at %3; without limits %4."),
            {Arg::nested(suggestion.phases[biggest].reason), gain(suggestion.boundedGain()),
             Arg::decimal(suggestion.planScore, 1), gain(suggestion.unboundedGain())});
    } else {
        suggestion.summary = text::message(
            MP_TR("suggestion", "The largest move: %1 Projected value %2 at the same cost; without limits %3. "
                                "After Apply the score is %4 (now %5)."),
            {Arg::nested(suggestion.phases[biggest].reason), gain(suggestion.boundedGain()),
             gain(suggestion.unboundedGain()), Arg::decimal(suggestion.appliedBoundedScore, 1),
             Arg::decimal(suggestion.planScore, 1)});
    }
    return suggestion;
}

} // namespace mixplanner::core
