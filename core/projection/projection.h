#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/scoring/modelparameters.h"

#include <string>
#include <vector>

namespace mixplanner::core {

// What drives the projection in one phase, gathered once from the plan so
// that the suggestion can vary the account share cheaply.
struct PhaseDrivers {
    std::string id;
    std::string name;
    int startWeek = 1;
    int weeks = 1;
    double costUsd = 0;           // phase cost in US dollars (exchange-rate prior)
    double accountShare = 0;      // cost-weighted, as the score computes it
    double influencerShare = 0;   // part of the account-driven cost that is influencer work
    double contentAudience = 0;   // people in the clusters its content aims at
    double targeting = 0;         // 0..1, how well its content is targeted
    bool costed = false;
};

struct ProjectionInputs {
    std::vector<PhaseDrivers> phases;
    int firstWeek = 1;
    int lastWeek = 0;
    double startFollowers = 0;
    double favorability = 0;       // %
    double engagementRate = 0;     // %
    double reachValue = 1;         // purpose weights of the outcomes
    double engagementValue = 1;
    double followerValue = 1;
    bool currencyKnown = true;     // false: amounts were taken as US dollars
};

struct ProjectedWeek {
    int week = 0;
    int phase = -1;                // index into the plan's phases, -1 between phases
    double contentReach = 0;       // people reached through interest distribution
    double accountReach = 0;       // people reached through the account's followers
    double engagements = 0;
    double newFollowers = 0;       // gained this week, before churn
    double followers = 0;          // at the end of the week
    double value = 0;              // purpose-weighted, in reach-equivalents
};

struct Projection {
    std::vector<ProjectedWeek> weeks;
    double startFollowers = 0;
    double endFollowers = 0;
    double contentReach = 0;       // totals over the horizon
    double accountReach = 0;
    double engagements = 0;
    double value = 0;
    bool currencyKnown = true;
};

ProjectionInputs projectionInputs(const Plan &plan, const Catalogue &catalogue = Catalogue::builtin(),
                                  const ModelParameters &parameters = ModelParameters::builtin());

// Week by week from the first to the last week of the plan. `accountShares`,
// when given, replaces each phase's planned account share (the suggestion
// uses this); phase costs stay as planned. Deterministic; every number finite.
Projection project(const ProjectionInputs &inputs, const ModelParameters &parameters,
                   const std::vector<double> *accountShares = nullptr);

Projection projectPlan(const Plan &plan, const Catalogue &catalogue = Catalogue::builtin(),
                       const ModelParameters &parameters = ModelParameters::builtin());

// x^s / (x^s + h^s): diminishing returns of spend.
double hill(double x, double half, double shape);

// Share of followers one post reaches, falling as the following grows.
double organicReachRate(double followers, const ModelParameters &parameters);

} // namespace mixplanner::core
