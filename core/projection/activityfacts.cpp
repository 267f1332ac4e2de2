#include "core/projection/activityfacts.h"

#include "core/scoring/creatorwork.h"
#include "core/scoring/targeting.h"


namespace mixplanner::core {

double platformEngagement(const std::string &platform, const ModelParameters &parameters)
{
    const auto &e = parameters.platformEngagement;
    if (platform == "tiktok") return e.tiktok;
    if (platform == "instagram") return e.instagram;
    if (platform == "facebook") return e.facebook;
    if (platform == "x") return e.x;
    return e.other;
}

ActivityFacts::ActivityFacts(const Plan &plan, const Catalogue &catalogue, const ModelParameters &parameters)
    : m_plan(plan)
    , m_catalogue(catalogue)
    , m_parameters(parameters)
    , m_channelIndex(plan.channels)
    , m_clusterIndex(plan.clusters)
    , m_facts(plan.activities.size())
    , m_phaseSums(plan.phases.size())
    , m_clusterInPhase(plan.clusters.size() * plan.phases.size(), 0)
{
    m_channelEngagement.reserve(plan.channels.size());
    for (const Channel &channel : plan.channels)
        m_channelEngagement.push_back(platformEngagement(channel.platform, parameters));
}

void ActivityFacts::visit(std::size_t index, const Activity &activity)
{
    ActivityFact &fact = m_facts[index];
    fact.accountShare = activity.accountShare;
    fact.engagement = m_parameters.platformEngagement.other;
    if (const std::size_t c = m_channelIndex.find(activity.channel); c != IdIndex::kNotFound) {
        fact.channel = static_cast<std::int32_t>(c);
        fact.engagement = m_channelEngagement[c];
    }
    fact.firstCluster = static_cast<std::uint32_t>(m_clusterPositions.size());
    for (const std::string &id : activity.clusters)
        if (const std::size_t found = m_clusterIndex.find(id); found != IdIndex::kNotFound) {
            m_clusterPositions.push_back(static_cast<std::uint32_t>(found));   // unknown ids reach nobody
            fact.peopleInClusters |= m_plan.clusters[found].size > 0;
        }
    fact.clusterCount = static_cast<std::uint32_t>(m_clusterPositions.size()) - fact.firstCluster;
    // Targeting counts only when it carries information: a cluster with
    // people in it, a tag or format that is not filler.
    fact.hasTags = anyInformativeLabel(activity.tags);
    fact.hasFormats = anyInformativeLabel(activity.formats);
    fact.influencer = reachesThroughCreators(activity, m_catalogue);
    const auto &cr = m_parameters.contentReadiness;
    fact.readinessWeight = (fact.peopleInClusters ? cr.clustersWeight : 0) + (fact.hasTags ? cr.tagsWeight : 0)
                           + (fact.hasFormats ? cr.formatsWeight : 0);
}

void ActivityFacts::slice(std::size_t activity, std::size_t phase, double cost)
{
    const ActivityFact &fact = m_facts[activity];
    PhaseSums &sums = m_phaseSums[phase];
    const double account = cost * fact.accountShare;
    const double content = cost - account;
    sums.accountCost += account;
    if (fact.influencer)
        sums.influencerCost += account;
    sums.contentCost += content;
    sums.readiness += content * fact.readinessWeight;
    sums.accountEngagement += account * fact.engagement;
    sums.contentEngagement += content * fact.engagement;
    if (content > 0) {
        const std::size_t phases = m_phaseSums.size();
        for (std::uint32_t k = 0; k < fact.clusterCount; ++k)
            m_clusterInPhase[m_clusterPositions[fact.firstCluster + k] * phases + phase] = 1;
    }
}

std::vector<std::vector<std::uint32_t>> ActivityFacts::clusterPhases() const
{
    const std::size_t phases = m_phaseSums.size();
    std::vector<std::vector<std::uint32_t>> result(m_plan.clusters.size());
    for (std::size_t c = 0; c < result.size(); ++c)
        for (std::size_t p = 0; p < phases; ++p)
            if (m_clusterInPhase[c * phases + p])
                result[c].push_back(static_cast<std::uint32_t>(p));
    return result;
}

} // namespace mixplanner::core
