#include "plangenerator.h"

#include "core/catalogue/catalogue.h"

#include <random>

namespace mixplanner::test {

namespace {

// std::uniform_*_distribution differ between standard libraries; this keeps
// generated plans identical everywhere.
class Random
{
public:
    explicit Random(std::uint32_t seed) : m_engine(seed) {}
    double unit() { return static_cast<double>(m_engine() >> 5) / static_cast<double>(1u << 27); }
    double between(double low, double high) { return low + (high - low) * unit(); }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(m_engine() % n); }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937 m_engine;
};

} // namespace

core::Plan generatePlan(std::uint32_t seed, const GeneratorShape &shape)
{
    const core::Catalogue &catalogue = core::Catalogue::builtin();
    Random random(seed);
    core::Plan plan;
    plan.title = "Generated plan " + std::to_string(seed);
    plan.currency = random.chance(0.5) ? "JPY" : "USD";
    plan.hourlyRate = random.chance(0.2) ? 0 : random.between(20, 8000);

    plan.brand.awareness = random.between(0, 100);
    plan.brand.favorability = random.between(0, 100);
    plan.brand.followers = static_cast<std::int64_t>(random.between(0, 1) * random.between(0, 1) * 500000);
    plan.brand.audienceSize = random.chance(0.1) ? 0 : static_cast<std::int64_t>(random.between(1000, 5e7));
    plan.brand.engagementRate = random.between(0, 12);
    if (random.chance(0.3))
        plan.brand.strengthOverride = random.between(0, 100);

    plan.purpose.primary = catalogue.purposes[random.below(catalogue.purposes.size())].id;
    if (random.chance(0.5)) {
        plan.purpose.secondary = catalogue.purposes[random.below(catalogue.purposes.size())].id;
        plan.purpose.secondaryWeight = random.between(0, 1);
    }

    for (std::size_t i = 0; i < shape.channels; ++i) {
        const bool hasAccount = random.chance(0.85);
        plan.channels.push_back(core::Channel{
            "ch-" + std::to_string(i), catalogue.platforms[random.below(catalogue.platforms.size())].id,
            "Channel " + std::to_string(i), hasAccount,
            hasAccount && random.chance(0.8) ? static_cast<std::int64_t>(random.between(0, 200000)) : 0, {}});
    }
    for (std::size_t i = 0; i < shape.clusters; ++i)
        plan.clusters.push_back(core::Cluster{"cl-" + std::to_string(i), "Cluster " + std::to_string(i),
                                              static_cast<std::int64_t>(random.between(1000, 2e6)),
                                              {"#k" + std::to_string(i)}, {}});
    int week = 1;
    std::int64_t milestone = plan.brand.followers;
    for (std::size_t i = 0; i < shape.phases; ++i) {
        const int weeks = 1 + static_cast<int>(random.below(12));
        week += random.chance(0.2) ? static_cast<int>(random.below(4)) : 0;   // gaps are allowed
        milestone = static_cast<std::int64_t>(static_cast<double>(milestone) * random.between(0.9, 4.0)) + 10;
        plan.phases.push_back(core::Phase{"ph-" + std::to_string(i), "Phase " + std::to_string(i), week, weeks,
                                          milestone, {}});
        week += weeks;
    }
    for (std::size_t i = 0; i < shape.activities; ++i) {
        core::Activity activity;
        activity.id = "a-" + std::to_string(i);
        activity.name = "Activity " + std::to_string(i);
        activity.channel = plan.channels.empty() ? std::string() : plan.channels[random.below(plan.channels.size())].id;
        const auto &type = catalogue.activityTypes[random.below(catalogue.activityTypes.size())];
        activity.type = type.id;
        activity.accountShare = random.chance(0.7) ? type.defaultAccountShare : random.between(0, 1);
        activity.budget = random.chance(0.15) ? 0 : random.between(0, 1) * random.between(0, 2e6);
        activity.hours = random.chance(0.3) ? 0 : random.between(0, 300);
        if (!random.chance(0.05)) {   // a few activities stay unscheduled
            for (const auto &phase : plan.phases)
                if (random.chance(1.5 / static_cast<double>(shape.phases)))
                    activity.phases.push_back(phase.id);
        }
        for (const auto &cluster : plan.clusters)
            if (random.chance(0.2))
                activity.clusters.push_back(cluster.id);
        if (random.chance(0.7))
            activity.tags.push_back("#t" + std::to_string(i));
        if (random.chance(0.7))
            activity.formats.push_back(random.chance(0.5) ? "video" : "photo");
        activity.influencer = random.chance(0.1);
        activity.paidSupport = random.chance(0.2);
        plan.activities.push_back(std::move(activity));
    }
    return plan;
}

} // namespace mixplanner::test
