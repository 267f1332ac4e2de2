#pragma once

#include "core/text/message.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// One input of brand strength and what it contributed.
struct BrandStrengthPart {
    std::string id;          // "awareness", "favorability", "followerReach", "engagement"
    double input = 0;        // the plan's value (%, or followers for followerReach)
    double score = 0;        // 0..100
    double weight = 0;
    double contribution = 0; // weight * score
};

struct BrandStrength {
    double value = 0;                      // B, 0..100
    std::optional<double> override;        // set when the plan states B directly
    std::vector<BrandStrengthPart> parts;  // the derivation (also shown when overridden)
};

// What the plan does and what the model recommends in one phase.
struct PhaseMix {
    std::string id;
    std::string name;
    int weeks = 0;
    double cost = 0;                 // budget + hours x rate, split by phase weeks
    std::optional<double> planned;   // cost-weighted account share; none without costed work
    double brandPower = 0;           // B with the following the projection grows by then (mean over the phase)
    double projectedFollowers = 0;   // at the phase's end, as projected
    double recommended = 0;          // R_p
    double low = 0;                  // tolerance band
    double high = 0;
    double fit = 0;                  // 0..100, this phase's mix fit
};

enum class Severity { Info, Warning, Error };

// What a finding is about. Large plans give findings tens of thousands of
// references, so the kind is a small enum rather than a string.
enum class RefKind { Plan, Phase, Activity, Channel, Cluster };

struct FindingRef {
    RefKind kind = RefKind::Plan;
    std::string id;   // empty for the plan itself
    bool operator==(const FindingRef &) const = default;
};

// "plan", "phase", "activity", "channel", "cluster": the kind as written in
// JSON output.
std::string_view refKindId(RefKind kind);

// A point of criticism with the score points it costs. The points of all
// findings add up to 100 - total.
struct Finding {
    std::string code;        // stable identifier, e.g. "WEAK_BRAND_ACCOUNT_HEAVY"
    Severity severity = Severity::Warning;
    std::string component;   // the component whose points it carries ("" for the cap)
    double points = 0;
    text::Message message;     // what is wrong, in plain words, naming the phase or activity
    text::Message suggestion;  // what to change, and by how much
    std::vector<FindingRef> refs;
};

struct ComponentScore {
    std::string id;      // mixFit, trajectory, channelFit, contentReadiness, accountReadiness
    double weight = 0;
    double score = 0;    // 0..100
};

// The plan's money against its cap: every activity counts, in a phase or
// not, with its hours at the plan's hourly rate.
struct BudgetUse {
    double money = 0;       // budgets
    double hours = 0;
    double hoursCost = 0;   // hours x hourly rate
    std::optional<double> cap;
    double committed() const { return money + hoursCost; }
    // Negative when the plan is over its cap; only meaningful with a cap.
    double remaining() const { return cap ? *cap - committed() : 0.0; }
    bool overCap() const { return cap && committed() > *cap; }
};

struct ScoreReport {
    double total = 0;               // 0..100
    double rawTotal = 0;            // weighted components before the suitability cap
    BrandStrength brandStrength;
    double suitability = 0;         // 0..1, blended over primary and secondary purpose
    double suitabilityCap = 100;    // the total cannot exceed this
    std::vector<ComponentScore> components;
    std::vector<PhaseMix> phases;
    double totalCost = 0;                   // what the phases cost (activities in no phase are left out)
    BudgetUse budget;
    std::optional<double> overallPlanned;   // cost-weighted account share of the whole plan
    std::vector<Finding> findings;          // most points first
};

std::string severityId(Severity severity);
// "info", "warning", "error" in words for people, translatable.
text::Source severityName(Severity severity);

} // namespace mixplanner::core
