#include "core/model/plan.h"

#include <algorithm>

namespace mixplanner::core {

namespace {
template<typename Item>
const Item *findById(const std::vector<Item> &items, const std::string &id)
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&id](const Item &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Channel *Plan::findChannel(const std::string &id) const { return findById(channels, id); }
const Cluster *Plan::findCluster(const std::string &id) const { return findById(clusters, id); }
const Phase *Plan::findPhase(const std::string &id) const { return findById(phases, id); }
const Activity *Plan::findActivity(const std::string &id) const { return findById(activities, id); }

} // namespace mixplanner::core
