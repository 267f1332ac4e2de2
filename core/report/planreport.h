#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/calendardate.h"
#include "core/model/plan.h"
#include "core/projection/projection.h"
#include "core/report/costbreakdown.h"
#include "core/scoring/modelparameters.h"
#include "core/scoring/scorereport.h"
#include "core/text/language.h"

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
        int firstWeek = 0;          // first week of its earliest phase; 0 in no phase
        int lastWeek = 0;           // last week of its latest phase
    };
    struct PhaseSection {
        PhaseMix mix;
        int startWeek = 0;
        int endWeek = 0;
        std::int64_t followerMilestone = 0;
        std::vector<ActivityRow> activities;
        // Left out of a printed summary (condenseForPrint): how many, and their cost.
        std::size_t omittedActivities = 0;
        double omittedCost = 0;
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
    std::optional<CalendarDate> startDate;   // week 1's first day, when the plan has one
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
    // Budgets and hours by phase and by channel (channels named with their
    // platform, as the activities table names them).
    CostBreakdown costs;
    std::vector<ParameterEntry> parameters;
    // Left out of a printed summary (condenseForPrint); zero in every other export.
    std::size_t omittedUnscheduled = 0;
    double omittedUnscheduledCost = 0;
    std::size_t omittedChannels = 0;
    std::size_t omittedClusters = 0;
    std::size_t omittedFindings = 0;
    double omittedFindingPoints = 0;
    std::string generator;                  // "MixPlanner 0.1.0"
    std::string date;                       // when the summary was made, as the reader's
                                            // locale writes it; "" leaves it out
    // The language every writer renders words and numbers in; catalogue
    // names above are already in it. Outlives the report (languages are
    // application-wide objects).
    const text::Language *language = &text::Language::english();
};

// "Runs from 1 Mar 2027 to 27 Jun 2027 (17 weeks)", or nothing without a
// start date or phases.
text::Message scheduleLine(const PlanReport &report);
// "Budget cap ¥2,500,000: ¥2,360,000 committed, ¥140,000 left" (or "over"),
// or nothing without a cap.
text::Message budgetLine(const PlanReport &report);

PlanReport buildPlanReport(const Plan &plan, const ScoreReport &score,
                           const Catalogue &catalogue = Catalogue::builtin(),
                           const ModelParameters &parameters = ModelParameters::builtin(),
                           const text::Language &language = text::Language::english());

// Names used in every export (and the app) for the components, the brand
// strength inputs and the kinds of social graph, in English.
text::Source componentName(const std::string &id);
text::Source brandPartName(const std::string &id);
text::Source socialGraphName(SocialGraph graph);

} // namespace mixplanner::core
