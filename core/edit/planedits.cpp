#include "core/edit/planedits.h"

#include "core/model/planlimits.h"

#include <algorithm>

namespace mixplanner::core {

namespace {

const char *prefixOf(PlanList list)
{
    switch (list) {
    case PlanList::Channels: return "ch-";
    case PlanList::Clusters: return "cl-";
    case PlanList::Phases: return "ph-";
    case PlanList::Activities: break;
    }
    return "a-";
}

bool idTaken(const Plan &plan, PlanList list, const std::string &id)
{
    switch (list) {
    case PlanList::Channels: return plan.findChannel(id) != nullptr;
    case PlanList::Clusters: return plan.findCluster(id) != nullptr;
    case PlanList::Phases: return plan.findPhase(id) != nullptr;
    case PlanList::Activities: break;
    }
    return plan.findActivity(id) != nullptr;
}

template<typename T>
EditResult<T> refused(text::Message why)
{
    return {std::nullopt, std::move(why)};
}

} // namespace

std::size_t itemCount(const Plan &plan, PlanList list)
{
    switch (list) {
    case PlanList::Channels: return plan.channels.size();
    case PlanList::Clusters: return plan.clusters.size();
    case PlanList::Phases: return plan.phases.size();
    case PlanList::Activities: break;
    }
    return plan.activities.size();
}

PlanItem itemAt(const Plan &plan, PlanList list, std::size_t row)
{
    switch (list) {
    case PlanList::Channels: return plan.channels.at(row);
    case PlanList::Clusters: return plan.clusters.at(row);
    case PlanList::Phases: return plan.phases.at(row);
    case PlanList::Activities: break;
    }
    return plan.activities.at(row);
}

std::string uniqueId(const Plan &plan, PlanList list)
{
    for (std::size_t n = itemCount(plan, list) + 1;; ++n) {
        std::string id = prefixOf(list) + std::to_string(n);
        if (!idTaken(plan, list, id))
            return id;
    }
}

EditResult<PlanItem> newItem(const Plan &plan, PlanList list, std::string name, const Catalogue &catalogue)
{
    const std::string id = uniqueId(plan, list);
    switch (list) {
    case PlanList::Channels:
        return {Channel{id, "instagram", std::move(name), true, 0, {}}, {}};
    case PlanList::Clusters:
        return {Cluster{id, std::move(name), 0, {}, {}}, {}};
    case PlanList::Phases: {
        const Phase *last = plan.phases.empty() ? nullptr : &plan.phases.back();
        const int start = last ? last->endWeek() + 1 : 1;
        constexpr int kWeeks = 4;
        if (start + kWeeks - 1 > limits::kMaxWeek)
            return refused<PlanItem>(
                text::message(MP_TR("edits", "The plan already runs to week %1; there is no room for another phase."),
                              {text::Arg::plain(std::to_string(start - 1))}));
        return {Phase{id, std::move(name), start, kWeeks, last ? last->followerMilestone : plan.brand.followers, {}},
                {}};
    }
    case PlanList::Activities: break;
    }
    if (plan.channels.empty())
        return refused<PlanItem>(
            text::message(MP_TR("edits", "Add a channel first: every activity runs on one of the plan's channels.")));
    Activity activity;
    activity.id = id;
    activity.name = std::move(name);
    activity.channel = plan.channels.front().id;
    activity.type = "content_series";
    if (const auto *type = catalogue.activityType(activity.type))
        activity.accountShare = type->defaultAccountShare;
    if (!plan.phases.empty())
        activity.phases = {plan.phases.front().id};
    return {std::move(activity), {}};
}

EditResult<ItemCopy> duplicateItem(const Plan &plan, PlanList list, std::size_t row, std::string name)
{
    ItemCopy copy{itemAt(plan, list, row), row + 1};
    const std::string id = uniqueId(plan, list);
    std::visit([&](auto &item) {
        item.id = id;
        item.name = name;
    }, copy.item);
    if (auto *phase = std::get_if<Phase>(&copy.item)) {
        // Phases follow one another, so the copy goes after the last one.
        phase->startWeek = plan.phases.back().endWeek() + 1;
        if (phase->endWeek() > limits::kMaxWeek)
            return refused<ItemCopy>(
                text::message(MP_TR("edits", "There is no room after the last phase for a copy of '%1'."),
                              {text::Arg::plain(plan.phases.at(row).name)}));
        copy.at = plan.phases.size();
    }
    return {std::move(copy), {}};
}

std::vector<ReferenceEdit> referencesTo(const Plan &plan, PlanList list, std::size_t row)
{
    std::vector<ReferenceEdit> edits;
    if (list != PlanList::Phases && list != PlanList::Clusters)
        return edits;
    const bool phases = list == PlanList::Phases;
    const std::string &id = phases ? plan.phases.at(row).id : plan.clusters.at(row).id;
    for (std::size_t a = 0; a < plan.activities.size(); ++a) {
        const auto &refs = phases ? plan.activities[a].phases : plan.activities[a].clusters;
        if (std::find(refs.begin(), refs.end(), id) == refs.end())
            continue;
        ReferenceEdit edit{a, {}};
        std::copy_if(refs.begin(), refs.end(), std::back_inserter(edit.remaining),
                     [&id](const std::string &ref) { return ref != id; });
        edits.push_back(std::move(edit));
    }
    return edits;
}

text::Message removalRefusal(const Plan &plan, PlanList list, std::size_t row)
{
    if (list != PlanList::Channels)
        return {};
    const Channel &channel = plan.channels.at(row);
    const auto users = std::count_if(plan.activities.begin(), plan.activities.end(),
                                     [&channel](const Activity &a) { return a.channel == channel.id; });
    const text::Arg name = text::Arg::plain(channel.name.empty() ? channel.id : channel.name);
    if (users == 0)
        return {};
    if (users == 1)
        return text::message(MP_TR("edits", "'%1' is used by an activity. Move it to another channel or delete it first."),
                             {name});
    return text::message(MP_TR("edits", "'%1' is used by %2 activities. Move them to another channel or delete them first."),
                         {name, text::Arg::count(static_cast<double>(users))});
}

std::optional<double> shareAfterTypeChange(const Activity &activity, const std::string &newType,
                                           const Catalogue &catalogue)
{
    const auto *oldInfo = catalogue.activityType(activity.type);
    const auto *newInfo = catalogue.activityType(newType);
    if (!oldInfo || !newInfo || activity.accountShare != oldInfo->defaultAccountShare
        || newInfo->defaultAccountShare == activity.accountShare)
        return std::nullopt;
    return newInfo->defaultAccountShare;
}

EditResult<std::vector<PhaseMove>> roomForPhase(const Plan &plan, std::size_t row, std::int64_t startWeek,
                                                std::int64_t weeks)
{
    EditResult<std::vector<PhaseMove>> result;
    result.value.emplace();
    if (row + 1 >= plan.phases.size())
        return result;
    const std::int64_t overlap = startWeek + weeks - plan.phases[row + 1].startWeek;
    if (overlap <= 0)
        return result;
    for (std::size_t p = row + 1; p < plan.phases.size(); ++p) {
        const Phase &phase = plan.phases[p];
        const std::int64_t start = phase.startWeek + overlap;
        if (start + phase.weeks - 1 > limits::kMaxWeek) {
            result.value.reset();
            result.refusal = text::message(
                MP_TR("edits", "moving the later phases %1 weeks later would end \"%2\" in week %3, after the "
                              "plan's last week, %4"),
                {text::Arg::count(static_cast<double>(overlap)), text::Arg::plain(phase.name),
                 text::Arg::count(static_cast<double>(start + phase.weeks - 1)), text::Arg::count(limits::kMaxWeek)});
            return result;
        }
        result.value->push_back({p, static_cast<int>(start)});
    }
    return result;
}

} // namespace mixplanner::core
