#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mixplanner::core {

// A field this version of MixPlanner does not know, kept so that opening and
// saving a plan written by a newer tool (or by hand) loses nothing. The value
// is stored as compact JSON text; the io layer parses it back on save.
struct UnknownField {
    std::string key;
    std::string json;
    bool operator==(const UnknownField &) const = default;
};
using UnknownFields = std::vector<UnknownField>;

// What the brand brings to the plan. Percentages are 0..100.
struct Brand {
    std::optional<double> strengthOverride;   // 0..100; set when the marketer knows better
    double awareness = 0;                      // % of the target audience who know the brand
    double favorability = 0;                   // % of those who like it
    std::int64_t followers = 0;                // whole owned following, all accounts
    std::int64_t audienceSize = 0;             // people in the target audience
    double engagementRate = 0;                 // % of reached people who interact
    UnknownFields unknown;
    bool operator==(const Brand &) const = default;
};

struct Purpose {
    std::string primary;           // purpose catalogue id, e.g. "awareness"
    std::string secondary;         // empty when the plan has a single purpose
    double secondaryWeight = 0;    // 0..1, how much the secondary purpose counts
    UnknownFields unknown;
    bool operator==(const Purpose &) const = default;
};

// An account or outlet the plan uses on one platform.
struct Channel {
    std::string id;
    std::string platform;          // platform catalogue id
    std::string name;
    bool hasAccount = false;
    std::int64_t followers = 0;    // this account's followers
    UnknownFields unknown;
    bool operator==(const Channel &) const = default;
};

// An interest cluster content-driven work aims at through tags and keywords.
struct Cluster {
    std::string id;
    std::string name;
    std::int64_t size = 0;         // people estimated in the cluster
    std::vector<std::string> keywords;
    UnknownFields unknown;
    bool operator==(const Cluster &) const = default;
};

struct Phase {
    std::string id;
    std::string name;
    int startWeek = 1;                    // 1-based week of the plan
    int weeks = 1;
    std::int64_t followerMilestone = 0;   // whole following expected when the phase starts
    UnknownFields unknown;

    int endWeek() const { return startWeek + weeks - 1; }
    bool operator==(const Phase &) const = default;
};

// The fields scoring reads of every activity on every score come first, so
// they share three cache lines; the record is aligned to a cache line so
// they stay three. On plans of 100,000 activities scoring is bound by how
// much memory it touches (docs/performance.md).
struct alignas(64) Activity {
    std::string id;
    std::string channel;           // id of a Channel
    double accountShare = 0.5;     // 0..1: 1 = wholly account-driven, 0 = wholly content-driven
    double budget = 0;             // money in the plan's currency
    double hours = 0;              // team hours, costed at the plan's hourly rate
    bool influencer = false;
    bool paidSupport = false;
    std::vector<std::string> phases;     // ids of Phases
    std::vector<std::string> clusters;   // ids of Clusters
    std::vector<std::string> tags;
    std::vector<std::string> formats;
    std::string name;
    std::string type;              // activity type catalogue id
    std::string notes;
    UnknownFields unknown;
    bool operator==(const Activity &) const = default;
};

struct Plan {
    std::string title;
    std::string owner;
    std::string currency = "JPY";   // ISO 4217 code
    double hourlyRate = 0;
    std::optional<double> budgetCap;   // the most the plan may cost; unset: no cap
    std::string startDate;             // ISO 8601 date of week 1's first day; empty: weeks only
    std::string notes;
    Brand brand;
    Purpose purpose;
    std::vector<Channel> channels;
    std::vector<Cluster> clusters;
    std::vector<Phase> phases;
    std::vector<Activity> activities;
    UnknownFields unknown;
    bool operator==(const Plan &) const = default;

    const Channel *findChannel(const std::string &id) const;
    const Cluster *findCluster(const std::string &id) const;
    const Phase *findPhase(const std::string &id) const;
    const Activity *findActivity(const std::string &id) const;
};

} // namespace mixplanner::core
