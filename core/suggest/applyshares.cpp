// Apply: moves the plan's money toward target account shares per phase by
// rescaling activity budgets, all phases at once, keeping every phase's
// cost. Activities that span phases move with all of their phases in view,
// so a phase whose money sits in shared activities is not stuck.
#include "core/suggest/suggestion.h"

#include "core/scoring/plancosts.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mixplanner::core {

namespace {

// Solves M x = r in place by Gaussian elimination with partial pivoting.
// Rows that turn out to depend on earlier ones (a phase whose activities all
// have the same share cannot change its share) are dropped: `dropped[i]` is
// set and x[i] = 0.
std::vector<double> solveDroppingDependent(std::vector<std::vector<double>> m, std::vector<double> r,
                                           std::vector<bool> &dropped)
{
    const std::size_t n = r.size();
    dropped.assign(n, false);
    double scale = 0;
    for (std::size_t i = 0; i < n; ++i)
        scale = std::max(scale, std::fabs(m[i][i]));
    const double tiny = std::max(scale, 1e-300) * 1e-10;
    std::vector<std::size_t> pivotRow(n, n);
    std::vector<bool> used(n, false);
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t best = n;
        for (std::size_t row = 0; row < n; ++row)
            if (!used[row] && (best == n || std::fabs(m[row][col]) > std::fabs(m[best][col])))
                best = row;
        if (best == n || std::fabs(m[best][col]) <= tiny) {
            dropped[col] = true;
            continue;
        }
        used[best] = true;
        pivotRow[col] = best;
        for (std::size_t row = 0; row < n; ++row) {
            if (row == best || m[row][col] == 0)
                continue;
            const double factor = m[row][col] / m[best][col];
            for (std::size_t k = col; k < n; ++k)
                m[row][k] -= factor * m[best][k];
            r[row] -= factor * r[best];
        }
    }
    std::vector<double> x(n, 0.0);
    for (std::size_t col = 0; col < n; ++col)
        if (!dropped[col])
            x[col] = r[pivotRow[col]] / m[pivotRow[col]][col];
    return x;
}

} // namespace

Plan applyAccountShares(const Plan &plan, const std::vector<double> &targetShares, const ModelParameters &parameters)
{
    Plan result = plan;
    const PlanCosts costs = computePlanCosts(plan);
    const std::size_t phaseCount = std::min(plan.phases.size(), targetShares.size());

    // The budgets that move: activities with a budget in some costed phase.
    // Each keeps at least a part of its budget (suggestion.minBudgetKept), so
    // Apply never wipes out work the plan has.
    std::vector<std::size_t> moving;
    std::vector<int> position(plan.activities.size(), -1);
    std::vector<std::vector<std::pair<std::size_t, double>>> phasesOf(plan.activities.size());   // (phase, part of cost)
    for (std::size_t p = 0; p < phaseCount; ++p)
        for (const PlanCosts::Slice &slice : costs.phaseSlices[p]) {
            const double whole = costs.activityCost[slice.activity];
            if (whole > 0)
                phasesOf[slice.activity].emplace_back(p, slice.cost / whole);
        }
    for (std::size_t a = 0; a < plan.activities.size(); ++a)
        if (plan.activities[a].budget > 0 && !phasesOf[a].empty()) {
            position[a] = static_cast<int>(moving.size());
            moving.push_back(a);
        }
    if (moving.empty())
        return result;

    // Two conditions per phase: its cost stays, and its account cost becomes
    // target x cost. Rows: 2p for cost, 2p + 1 for the account part.
    std::vector<double> wanted(2 * phaseCount, 0.0);
    std::vector<bool> active(2 * phaseCount, false);
    for (std::size_t p = 0; p < phaseCount; ++p) {
        if (costs.phaseCost[p] <= 0)
            continue;
        active[2 * p] = true;
        active[2 * p + 1] = true;
        wanted[2 * p] = costs.phaseCost[p];
        wanted[2 * p + 1] = std::clamp(targetShares[p], 0.0, 1.0) * costs.phaseCost[p];
        // A phase already at its target keeps its share exactly (no drift
        // from rounding in the arithmetic).
        if (std::fabs(wanted[2 * p + 1] - costs.phaseAccountCost[p]) <= 1e-9 * costs.phaseCost[p])
            wanted[2 * p + 1] = costs.phaseAccountCost[p];
    }
    bool anyMove = false;
    for (std::size_t p = 0; p < phaseCount; ++p)
        anyMove |= active[2 * p + 1] && wanted[2 * p + 1] != costs.phaseAccountCost[p];
    if (!anyMove)
        return result;
    const double kept = parameters.suggestion.minBudgetKept;
    // Nearest budgets (each change counted relative to the budget) that meet
    // the conditions: b = b0 + D A^T l with (A D A^T) l = wanted - A b0.
    // Budgets held at a bound (`held`, as a budget; negative when free) do not
    // move in the solve.
    const auto solve = [&](const std::vector<bool> &rows, const std::vector<double> &goal,
                           const std::vector<double> &held) {
        std::vector<double> achieved(2 * phaseCount, 0.0);
        for (std::size_t a = 0; a < plan.activities.size(); ++a)
            for (const auto &[p, part] : phasesOf[a]) {
                const double b = position[a] >= 0 && held[position[a]] >= 0 ? held[position[a]] : plan.activities[a].budget;
                const double cost = b + plan.activities[a].hours * plan.hourlyRate;
                achieved[2 * p] += part * cost;
                achieved[2 * p + 1] += part * cost * plan.activities[a].accountShare;
            }
        const std::size_t n = 2 * phaseCount;
        std::vector<std::vector<double>> m(n, std::vector<double>(n, 0.0));
        std::vector<double> r(n, 0.0);
        for (std::size_t row = 0; row < n; ++row)
            r[row] = rows[row] ? goal[row] - achieved[row] : 0.0;
        for (const std::size_t a : moving) {
            if (held[position[a]] >= 0)
                continue;
            const Activity &activity = plan.activities[a];
            const auto &parts = phasesOf[a];
            for (const auto &[p, part] : parts)
                for (const auto &[q, other] : parts) {
                    const double rowP[2] = {part, part * activity.accountShare};
                    const double rowQ[2] = {other, other * activity.accountShare};
                    for (int u = 0; u < 2; ++u)
                        for (int v = 0; v < 2; ++v)
                            m[2 * p + u][2 * q + v] += activity.budget * rowP[u] * rowQ[v];
                }
        }
        for (std::size_t row = 0; row < n; ++row)
            if (!rows[row]) {
                std::fill(m[row].begin(), m[row].end(), 0.0);
                for (std::size_t k = 0; k < n; ++k)
                    m[k][row] = 0.0;
            }
        std::vector<bool> dropped;
        const std::vector<double> lambda = solveDroppingDependent(m, r, dropped);
        std::vector<double> budget(moving.size());
        for (std::size_t i = 0; i < moving.size(); ++i) {
            const Activity &activity = plan.activities[moving[i]];
            if (held[i] >= 0) {
                budget[i] = held[i];
                continue;
            }
            double change = 0;
            for (const auto &[p, part] : phasesOf[moving[i]])
                change += part * (lambda[2 * p] + activity.accountShare * lambda[2 * p + 1]);
            budget[i] = activity.budget * (1 + change);
        }
        return budget;
    };

    // Elimination may leave a phase's cost condition unmet when its rows
    // depend on each other; its share is then given up (the cost never is)
    // and the rest solved again.
    const auto solveKeepingCosts = [&](std::vector<bool> rows, const std::vector<double> &goal,
                                       const std::vector<double> &held) {
        std::vector<double> budget;
        for (std::size_t attempt = 0; attempt <= phaseCount; ++attempt) {
            budget = solve(rows, goal, held);
            std::vector<double> phaseCostNow(phaseCount, 0.0);
            for (std::size_t a = 0; a < plan.activities.size(); ++a)
                for (const auto &[p, part] : phasesOf[a]) {
                    const double b = position[a] >= 0 ? budget[position[a]] : plan.activities[a].budget;
                    phaseCostNow[p] += part * (b + plan.activities[a].hours * plan.hourlyRate);
                }
            bool broken = false;
            for (std::size_t p = 0; p < phaseCount; ++p)
                if (rows[2 * p + 1]
                    && std::fabs(phaseCostNow[p] - costs.phaseCost[p]) > 1e-6 * std::max(1.0, costs.phaseCost[p])) {
                    rows[2 * p + 1] = false;
                    broken = true;
                }
            if (!broken)
                break;
        }
        return budget;
    };

    // No budget falls below suggestion.minBudgetKept of itself or grows
    // beyond suggestion.maxBudgetGrowth times. A budget that would is held at
    // that bound and the rest solved again; a phase that still cannot get
    // there goes part of the way (halving, down to not at all), while phases
    // not tied to it by shared activities still move all the way.
    const double growth = parameters.suggestion.maxBudgetGrowth;
    std::vector<double> way(phaseCount, 1.0);
    std::vector<double> budget;
    for (int round = 0; round < 16; ++round) {
        std::vector<double> goal = wanted;
        for (std::size_t p = 0; p < phaseCount; ++p)
            goal[2 * p + 1] = costs.phaseAccountCost[p] + way[p] * (wanted[2 * p + 1] - costs.phaseAccountCost[p]);
        std::vector<double> held(moving.size(), -1.0);
        bool outside = false;
        for (std::size_t hold = 0; hold <= moving.size(); ++hold) {
            budget = solveKeepingCosts(active, goal, held);
            outside = false;
            for (std::size_t i = 0; i < moving.size(); ++i) {
                const double original = plan.activities[moving[i]].budget;
                if (held[i] >= 0)
                    continue;
                if (budget[i] < kept * original - 1e-9) {
                    held[i] = kept * original;
                    outside = true;
                } else if (budget[i] > growth * original + 1e-9) {
                    held[i] = growth * original;
                    outside = true;
                }
            }
            if (!outside)
                break;
        }
        // Holding budgets can leave a phase unable to keep its cost and
        // share together; then that phase moves less.
        std::vector<double> phaseCostNow(phaseCount, 0.0), phaseAccountNow(phaseCount, 0.0);
        for (std::size_t a = 0; a < plan.activities.size(); ++a)
            for (const auto &[p, part] : phasesOf[a]) {
                const double b = position[a] >= 0 ? budget[position[a]] : plan.activities[a].budget;
                const double cost = b + plan.activities[a].hours * plan.hourlyRate;
                phaseCostNow[p] += part * cost;
                phaseAccountNow[p] += part * cost * plan.activities[a].accountShare;
            }
        bool missed = false;
        for (std::size_t p = 0; p < phaseCount; ++p) {
            if (!active[2 * p])
                continue;
            const double scale = std::max(1.0, costs.phaseCost[p]);
            const bool costKept = std::fabs(phaseCostNow[p] - costs.phaseCost[p]) <= 1e-6 * scale;
            const bool shareMet = std::fabs(phaseAccountNow[p] - goal[2 * p + 1]) <= 1e-6 * scale;
            if (!costKept || (!shareMet && way[p] > 0)) {
                way[p] = round < 14 ? way[p] / 2 : 0.0;
                missed |= !costKept;
            }
        }
        if (!missed)
            break;
    }

    // Round to money steps a person would type: two significant figures
    // (¥459,000, ¥73,000, ¥16,000), whole amounts below 100. Where each phase can keep its
    // exact cost with round amounts (its largest budget of its own takes what
    // rounding left over, and that stays round), it does; otherwise, when
    // activities run over several phases, amounts stay round and the plan's
    // total is kept to within its finest step.
    std::vector<double> original, steps, rounded = budget;
    for (std::size_t i = 0; i < moving.size(); ++i) {
        original.push_back(plan.activities[moving[i]].budget);
        // Rounded inside the budget's bounds: a finer step where the bounds
        // are closer together than one step.
        const double low = kept * original[i], high = growth * original[i];
        double step = budget[i] >= 100 ? std::pow(10.0, std::floor(std::log10(budget[i])) - 1) : 1.0;
        double amount = std::round(budget[i] / step) * step;
        while (step > 1 && (amount < low - 1e-6 || amount > high + 1e-6)) {
            amount = amount < low ? std::ceil(low / step) * step : std::floor(high / step) * step;
            if (amount >= low - 1e-6 && amount <= high + 1e-6)
                break;
            step /= 10;
            amount = std::round(budget[i] / step) * step;
        }
        if (amount < low - 1e-6 || amount > high + 1e-6)
            amount = budget[i];   // no whole amount fits: the exact one stays
        steps.push_back(step);
        rounded[i] = amount;
    }
    const auto isRound = [](double amount, double step) { return std::fabs(std::remainder(amount, step)) < 1e-6; };
    std::vector<double> balanced = rounded;
    bool exact = true;
    for (std::size_t p = 0; p < phaseCount && exact; ++p) {
        double drift = 0;
        int own = -1;
        for (const PlanCosts::Slice &slice : costs.phaseSlices[p]) {
            const int i = position[slice.activity];
            if (i < 0)
                continue;
            for (const auto &[q, part] : phasesOf[slice.activity])
                if (q == p)
                    drift += part * (rounded[i] - budget[i]);
            if (phasesOf[slice.activity].size() == 1 && (own < 0 || rounded[i] > rounded[own]))
                own = i;
        }
        if (std::fabs(drift) < 1e-6)
            continue;
        const double fixed = own < 0 ? -1 : std::round((rounded[own] - drift) * 100) / 100;
        if (own < 0 || fixed < 0 || !isRound(fixed, steps[own]))
            exact = false;
        else
            balanced[own] = fixed;
    }
    if (!exact) {
        // Largest remainder: step back the budgets rounded furthest in the
        // direction of the total's drift until it is under half a step.
        balanced = rounded;
        const double finest = *std::min_element(steps.begin(), steps.end());
        // Each pass moves one budget one step; a budget may move several.
        for (std::size_t pass = 0; pass < 20 * moving.size(); ++pass) {
            double drift = 0;
            for (std::size_t i = 0; i < moving.size(); ++i)
                drift += balanced[i] - budget[i];
            if (std::fabs(drift) < finest / 2 + 1e-6)
                break;
            std::size_t pick = moving.size();
            double furthest = -std::numeric_limits<double>::infinity();
            for (std::size_t i = 0; i < moving.size(); ++i) {
                const double moved = (balanced[i] - budget[i]) * (drift > 0 ? 1 : -1);
                const double next = balanced[i] + (drift > 0 ? -steps[i] : steps[i]);
                // The bounds of the solve hold here too.
                const bool withinBounds = next >= kept * original[i] - 1e-6 && next <= growth * original[i] + 1e-6;
                if (steps[i] <= std::fabs(drift) + 1e-6 && moved > furthest && withinBounds) {
                    furthest = moved;
                    pick = i;
                }
            }
            if (pick == moving.size())
                break;
            balanced[pick] -= drift > 0 ? steps[pick] : -steps[pick];
        }
    }
    for (std::size_t i = 0; i < moving.size(); ++i)
        result.activities[moving[i]].budget = std::max(0.0, balanced[i]);
    return result;
}

} // namespace mixplanner::core
