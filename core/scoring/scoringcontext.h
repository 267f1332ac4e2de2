#pragma once

// Shared by the files that compute the score components; not part of the API.

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/model/idindex.h"
#include "core/projection/activityfacts.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/plancosts.h"
#include "core/scoring/scorereport.h"

#include <functional>

namespace mixplanner::core::scoring {

// A finding about one activity before its words are written: the points it
// costs, the activity, and which wording applies.
struct ActivityCandidate {
    double points = 0;
    std::size_t activity = 0;
    int variant = 0;
    double rank = -1;   // orders the candidates when not their points (< 0: by points)
};

struct ExplainedFinding {
    text::Message message;
    text::Message suggestion;
    std::vector<FindingRef> refs;
};


struct Context {
    const Plan &plan;
    const Catalogue &catalogue;
    const ModelParameters &parameters;
    const PlanCosts &costs;
    ScoreReport &report;
    // What the components need of each activity, gathered in one pass into
    // a compact array: walking 10,000 large Activity records once per
    // component cost more in memory traffic than the arithmetic.
    struct ActivityFacts {
        const Channel *channel = nullptr;        // null when the id names none
        const PlatformInfo *platform = nullptr;  // "other" when unknown
        double accountShare = 0;
        bool hasClusters = false;
        bool hasTags = false;
        bool hasFormats = false;
        bool influencer = false;
    };
    std::vector<ActivityFacts> facts;

    // Findings about many activities name them all; their references are
    // written in one pass over the plan at the end (resolveActivityRefs), as
    // each such finding walking the activities for their ids made a
    // 100,000-activity plan stream through memory once per finding.
    struct PendingActivityRefs {
        std::size_t finding;                 // index in report.findings
        std::vector<std::size_t> activities; // in plan order
    };
    std::vector<PendingActivityRefs> pendingActivityRefs;

    text::Arg money(double amount) const;
    // Adds a finding that refers to the given activities (in plan order);
    // their ids join `refs` when resolveActivityRefs runs.
    void addFindingAboutActivities(const char *code, Severity severity, const char *component, double points,
                                   text::Message message, text::Message suggestion,
                                   std::vector<std::size_t> activities);
    void resolveActivityRefs();
    void addFinding(const char *code, Severity severity, const char *component, double points,
                    text::Message message, text::Message suggestion, std::vector<FindingRef> refs);
    // The costliest candidates become findings worded by `explain`; the rest,
    // beyond findings.listedPerCode (a list of thousands helps nobody, and
    // writing it would cost more than the score on large plans), become one
    // finding of the same code carrying their points; no score changes.
    // `rest` words the folded finding (how many, and their points) when the
    // generic wording does not fit the code.
    void addActivityFindings(const std::vector<ActivityCandidate> &candidates, const char *code, Severity severity,
                             const char *component,
                             const std::function<ExplainedFinding(const ActivityCandidate &)> &explain,
                             const std::function<ExplainedFinding(std::size_t count, double points)> &rest = {});
};

// The components' facts, from the facts the cost pass gathered (shared
// with the projection).
std::vector<Context::ActivityFacts> componentFacts(const Plan &plan, const Catalogue &catalogue,
                                                   const ActivityFacts &facts);

// Each returns the component's score 0..100 and adds findings carrying
// weight x (100 - score) points between them.
double scoreMixFit(Context &context, double weight);
double scoreTrajectory(Context &context, double weight);
double scoreChannelFit(Context &context, double weight);
double scoreContentReadiness(Context &context, double weight);
double scoreAccountReadiness(Context &context, double weight);

} // namespace mixplanner::core::scoring
