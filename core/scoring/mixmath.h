#pragma once

#include "core/scoring/modelparameters.h"

#include <vector>

namespace mixplanner::core {

// The two judgements of the mix that the scorer and the suggestion share.

// 0..100: full inside [low, high], falling linearly with the distance outside.
double phaseMixFit(double planned, double low, double high, const ModelParameters &parameters);

// What one phase counts for in mix fit: mixFit.timeWeight by its share of the
// plan's weeks, the rest by its share of the plan's cost (0 when nothing is
// costed). The weights of all phases add up to 1.
double phaseWeight(double weeks, double cost, double totalWeeks, double totalCost, const ModelParameters &parameters);

// 0..1: how fully a phase's fit counts, by its spend per week against the
// plan's average; 1 from mixFit.minSpendIntensity of the average up, falling
// in proportion to 0 at no spend, so the fit of a nearly empty phase cannot
// jump from nothing to full when a single yen is added.
double spendFactor(double weeks, double cost, double totalWeeks, double totalCost, const ModelParameters &parameters);

// 0..100 for the whole plan: do the planned shares move from phase to phase
// as the recommended ones move? The differences between planned and
// recommended shifts are added over all consecutive pairs, and the tolerance
// is taken once from the sum, so splitting a phase, or a jump into small
// steps, changes nothing. `excess` (optional) receives each pair's part of
// what is lost, in points of the component, adding up to 100 - the score.
double trajectoryScore(const std::vector<double> &plannedMoves, const std::vector<double> &recommendedMoves,
                       const ModelParameters &parameters, std::vector<double> *pairPoints = nullptr);

} // namespace mixplanner::core
