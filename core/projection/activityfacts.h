#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/idindex.h"
#include "core/model/plan.h"
#include "core/scoring/modelparameters.h"

#include <cstdint>
#include <vector>

namespace mixplanner::core {

// What the projection and the score need of each activity, looked up once:
// its channel, the clusters it aims at, whether its targeting carries
// information, and whether its influencer flag counts. The score gathers
// these in its cost pass and hands them on, so a score with its projection
// walks the plan's activities once.
struct ActivityFact {
    double accountShare = 0;
    std::int32_t channel = -1;          // index into plan.channels, -1 when the id names none
    std::uint32_t firstCluster = 0;     // its clusters' positions in ActivityFacts::clusterPositions
    std::uint32_t clusterCount = 0;
    bool peopleInClusters = false;      // aims at a cluster with people in it
    bool hasTags = false;               // a tag that is not filler
    bool hasFormats = false;            // a format that is not filler
    bool influencer = false;            // the flag counts (creators or paid support)
    double engagement = 0;              // per person reached on its platform, when the brand gives no rate
    double readinessWeight = 0;         // the targeting weights it earns (as the score's content readiness)
};

// Sums over the activities' slices of one phase, as the projection needs them.
struct PhaseSums {
    double accountCost = 0;
    double influencerCost = 0;      // the part of accountCost that is influencer work
    double contentCost = 0;
    double readiness = 0;           // content cost x readiness weight
    double accountEngagement = 0;   // account cost x engagement rate
    double contentEngagement = 0;   // content cost x engagement rate
};

// Fed by computePlanCosts: visit() with each activity, slice() with each of
// its phase slices.
class ActivityFacts
{
public:
    ActivityFacts(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters);
    void visit(std::size_t index, const Activity &activity);
    void slice(std::size_t activity, std::size_t phase, double cost);

    const std::vector<ActivityFact> &facts() const { return m_facts; }
    const std::vector<PhaseSums> &phaseSums() const { return m_phaseSums; }
    // For each cluster, the phases whose content aims at it (sorted, once each).
    std::vector<std::vector<std::uint32_t>> clusterPhases() const;

private:
    const Plan &m_plan;
    const Catalogue &m_catalogue;
    const ModelParameters &m_parameters;
    IdIndex m_channelIndex;
    IdIndex m_clusterIndex;
    std::vector<double> m_channelEngagement;
    std::vector<ActivityFact> m_facts;
    std::vector<std::uint32_t> m_clusterPositions;
    std::vector<PhaseSums> m_phaseSums;
    std::vector<unsigned char> m_clusterInPhase;   // cluster x phase: content aims there
};

// Engagements per person reached on a platform when the brand gives no rate
// of its own: the published median where one exists, a prior otherwise.
double platformEngagement(const std::string &platform, const ModelParameters &parameters);

} // namespace mixplanner::core
