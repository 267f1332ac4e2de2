#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/plan.h"
#include "core/text/message.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace mixplanner::core {

// The rules of changing a plan that do not depend on how it is shown: what a
// new row holds, how a copy is made, what removing a row takes with it, and
// what a change of activity type does to the share. The editor applies them
// as undo commands; anything else that edits plans uses the same rules.

enum class PlanList { Channels, Clusters, Phases, Activities };
using PlanItem = std::variant<Channel, Cluster, Phase, Activity>;

// An edit that could not be made says why (rendered in the reader's language).
template<typename T>
struct EditResult {
    std::optional<T> value;
    text::Message refusal;
};

// "ch-3": the first free id with this list's prefix, counting from the row
// after the last.
std::string uniqueId(const Plan &plan, PlanList list);

std::size_t itemCount(const Plan &plan, PlanList list);
PlanItem itemAt(const Plan &plan, PlanList list, std::size_t row);

// A new row at the end of `list`, named `name`: an Instagram account; an
// empty cluster; four weeks after the last phase, expecting the following
// it ended with; a content series on the first channel in the first phase,
// at its type's default share. Refused when there is no room for a phase or
// no channel for an activity.
EditResult<PlanItem> newItem(const Plan &plan, PlanList list, std::string name, const Catalogue &catalogue);

// A copy of a row with a fresh id, named `name` ("Reels (copy)"); a phase's
// copy goes after the last phase. `at` is where it goes in the list.
struct ItemCopy {
    PlanItem item;
    std::size_t at = 0;
};
EditResult<ItemCopy> duplicateItem(const Plan &plan, PlanList list, std::size_t row, std::string name);

// Activities that name a phase or cluster about to be removed, each with the
// list it keeps without it (removing the row and these is one undo step).
struct ReferenceEdit {
    std::size_t activity = 0;
    std::vector<std::string> remaining;
};
std::vector<ReferenceEdit> referencesTo(const Plan &plan, PlanList list, std::size_t row);
// Why a row cannot be removed: a channel that activities still run on.
// Empty when it can.
text::Message removalRefusal(const Plan &plan, PlanList list, std::size_t row);

// An activity still at its old type's default share takes the new type's
// default; a share the marketer set stays (nothing returned).
std::optional<double> shareAfterTypeChange(const Activity &activity, const std::string &newType,
                                           const Catalogue &catalogue);

// Room for phase `row` to run `weeks` weeks from `startWeek` when it would
// run into the phases after it: each later phase moved later by the weeks of
// overlap, keeping their gaps. Empty when no room is needed; refused when a
// moved phase would end after the plan's last week.
struct PhaseMove {
    std::size_t phase = 0;
    int startWeek = 1;
};
EditResult<std::vector<PhaseMove>> roomForPhase(const Plan &plan, std::size_t row, std::int64_t startWeek,
                                                std::int64_t weeks);

} // namespace mixplanner::core
