#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/projection/projection.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/scorereport.h"

#include <optional>
#include <string>
#include <vector>

namespace mixplanner::core {

// Everything a plan summary shows, gathered once from the plan and its score
// so that every export format (Markdown, HTML, CSV, JSON, PDF) tells the same
// story with the same numbers.
struct PlanReport {
    struct ActivityRow {
        std::string id;
        std::string name;
        std::string channel;        // channel name (or id)
        std::string platform;       // platform name
        std::string type;           // activity type name
        std::string typeId;
        double accountShare = 0;
        double budget = 0;
        double hours = 0;
        double cost = 0;            // whole cost
        double phaseCost = 0;       // the part that falls in the phase it is listed under
        std::vector<std::string> phases;     // phase names
        std::vector<std::string> clusters;   // cluster names
        std::vector<std::string> tags;
        std::vector<std::string> formats;
        bool influencer = false;
        bool paidSupport = false;
        std::string notes;
    };
    struct PhaseSection {
        PhaseMix mix;
        int startWeek = 0;
        int endWeek = 0;
        std::int64_t followerMilestone = 0;
        std::vector<ActivityRow> activities;
    };
    struct ChannelRow {
        std::string name;
        std::string platform;
        std::string graph;
        bool hasAccount = false;
        std::int64_t followers = 0;
        int activities = 0;
    };
    struct ClusterRow {
        std::string name;
        std::int64_t size = 0;
        std::vector<std::string> keywords;
        int activities = 0;
    };

    std::string title;
    std::string owner;
    std::string notes;
    std::string currency;
    double hourlyRate = 0;
    std::string purpose;             // names
    std::string secondaryPurpose;
    double secondaryWeight = 0;
    std::string purposeReason;
    ScoreReport score;
    Projection projection;
    std::vector<PhaseSection> phases;
    std::vector<ActivityRow> unscheduled;   // activities in no phase
    std::vector<ActivityRow> activities;    // every activity once, in plan order
    std::vector<ChannelRow> channels;
    std::vector<ClusterRow> clusters;
    std::vector<ParameterEntry> parameters;
    std::string generator;                  // "MixPlanner 0.1.0"
};

PlanReport buildPlanReport(const Plan &plan, const ScoreReport &score,
                           const Catalogue &catalogue = Catalogue::builtin(),
                           const ModelParameters &parameters = ModelParameters::builtin());

// Names used in every export for the components and brand strength inputs.
std::string componentName(const std::string &id);
std::string brandPartName(const std::string &id);

} // namespace mixplanner::core
