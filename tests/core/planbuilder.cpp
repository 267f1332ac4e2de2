#include "planbuilder.h"

namespace mixplanner::test {

PlanBuilder::PlanBuilder(std::string purpose)
{
    m_plan.title = "Test plan";
    m_plan.currency = "JPY";
    m_plan.hourlyRate = 0;
    m_plan.purpose.primary = std::move(purpose);
    m_plan.brand.awareness = 20;
    m_plan.brand.favorability = 40;
    m_plan.brand.followers = 1000;
    m_plan.brand.audienceSize = 1'000'000;
    m_plan.brand.engagementRate = 1.5;
    m_plan.channels.push_back(core::Channel{"ch-ig", "instagram", "@brand", true, 5000, {}});
    m_plan.clusters.push_back(core::Cluster{"cl-1", "Fans", 100000, {"#fans"}, {}});
}

PlanBuilder &PlanBuilder::strength(double override)
{
    m_plan.brand.strengthOverride = override;
    return *this;
}

PlanBuilder &PlanBuilder::followers(std::int64_t brandFollowers)
{
    m_plan.brand.followers = brandFollowers;
    return *this;
}

PlanBuilder &PlanBuilder::channel(std::string id, std::string platform, bool hasAccount,
                                  std::int64_t followers)
{
    m_plan.channels.push_back(core::Channel{std::move(id), std::move(platform), "", hasAccount, followers, {}});
    return *this;
}

PlanBuilder &PlanBuilder::phase(std::string id, int weeks, std::int64_t milestone)
{
    const int start = m_plan.phases.empty() ? 1 : m_plan.phases.back().endWeek() + 1;
    m_plan.phases.push_back(core::Phase{std::move(id), "Phase " + std::to_string(m_plan.phases.size() + 1),
                                        start, weeks, milestone, {}});
    return *this;
}

PlanBuilder &PlanBuilder::activity(std::string id, double accountShare, double budget,
                                   std::vector<std::string> phases, std::string channel,
                                   std::string type)
{
    core::Activity activity;
    activity.id = id;
    activity.name = "Activity " + id;
    activity.channel = std::move(channel);
    activity.type = std::move(type);
    activity.accountShare = accountShare;
    activity.budget = budget;
    activity.phases = std::move(phases);
    activity.clusters = {"cl-1"};
    activity.tags = {"#tag"};
    activity.formats = {"video"};
    m_plan.activities.push_back(std::move(activity));
    return *this;
}

PlanBuilder &PlanBuilder::untargeted(const std::string &activityId)
{
    for (core::Activity &activity : m_plan.activities) {
        if (activity.id == activityId) {
            activity.clusters.clear();
            activity.tags.clear();
            activity.formats.clear();
        }
    }
    return *this;
}

} // namespace mixplanner::test
