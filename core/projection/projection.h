#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/projection/activityfacts.h"
#include "core/scoring/plancosts.h"
#include "core/scoring/modelparameters.h"

#include <cstdint>
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
    std::vector<std::uint32_t> pools;   // the audience pools (ProjectionInputs::pools) those people are in
    double targeting = 0;         // 0..1, how well its content is targeted
    double accountEngagement = 0; // engagements per person the account reaches (fraction)
    double contentEngagement = 0; // engagements per person content reaches (fraction)
    bool costed = false;
};

struct ProjectionInputs {
    std::vector<PhaseDrivers> phases;
    // Groups of people content can reach: the clusters aimed at by the same
    // phases form one pool, so a person reached in one phase is not counted
    // as new when a later phase aims at the same clusters.
    std::vector<double> pools;
    double sharePool = 0;          // people shares of the account's posts can reach (the brand's audience)
    int firstWeek = 1;
    int lastWeek = 0;
    double startFollowers = 0;
    double favorability = 0;       // %
    double brandStrength = 0;      // today, 0..100 (as the score computes it)
    double followerPowerWeight = 0;   // how much of brand strength the following makes up
    double followerScoreToday = 0;    // the follower part's score (0..100) with today's following
    double awarenessPowerWeight = 0;  // and awareness
    double awareness = 0;          // %, today
    double audienceSize = 0;
    double reachValue = 1;         // purpose weights of the outcomes
    double engagementValue = 1;
    double followerValue = 1;
    bool currencyKnown = true;     // false: amounts were taken as US dollars
};

struct ProjectedWeek {
    int week = 0;
    int phase = -1;                // index into the plan's phases, -1 between phases
    double contentReach = 0;       // people reached through interest distribution
    double accountReach = 0;       // people reached through the account: its followers and their shares
    double newPeople = 0;          // of those, reached for the first time in the plan
    double engagements = 0;
    double newFollowers = 0;       // gained this week
    double lostFollowers = 0;      // lost this week (unfollows and accounts gone quiet)
    double followers = 0;          // at the end of the week
    double brandPower = 0;         // at the start of the week, with the following grown so far
    double value = 0;              // purpose-weighted, in reach-equivalents
};

struct Projection {
    std::vector<ProjectedWeek> weeks;
    double startFollowers = 0;
    double endFollowers = 0;
    double contentReach = 0;       // totals over the horizon
    double accountReach = 0;
    double uniqueReach = 0;        // different people reached at least once
    double engagements = 0;
    double value = 0;
    bool currencyKnown = true;

    // Followers at the end of `week` (today's before the first week).
    double followersAfter(int week) const;
    // Mean brand power over the weeks of a phase (today's strength without weeks).
    double phasePower(int phase, double fallback) const;
};

ProjectionInputs projectionInputs(const Plan &plan, const Catalogue &catalogue = Catalogue::builtin(),
                                  const ModelParameters &parameters = ModelParameters::builtin());
// The same from costs (with their phase slices) and activity facts already
// gathered, as the score has them.
ProjectionInputs projectionInputs(const Plan &plan, const PlanCosts &costs, const ActivityFacts &facts,
                                  const Catalogue &catalogue, const ModelParameters &parameters);

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

// The brand's power with `followers` and `awareness` (%) instead of today's:
// today's strength plus what those parts of it gain (never more followers or
// awareness, less power).
double brandPowerWith(const ProjectionInputs &inputs, double followers, double awareness,
                      const ModelParameters &parameters);

} // namespace mixplanner::core
