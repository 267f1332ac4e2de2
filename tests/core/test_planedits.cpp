// The rules of changing a plan (core/edit/planedits): what a new row holds,
// how copies are made, what removing a row takes with it, and how a change
// of type moves a default share. The editor's tests drive the same rules
// through undo commands.
#include "testsupport.h"

#include "core/edit/planedits.h"
#include "core/model/planlimits.h"

#include <algorithm>

#include <catch2/catch.hpp>

using namespace mixplanner;

namespace {

const core::Catalogue &catalogue()
{
    return core::Catalogue::builtin();
}

} // namespace

TEST_CASE("new rows get free ids and the defaults a marketer starts from", "[edits]")
{
    const core::Plan plan = test::samplePlan();
    auto channel = core::newItem(plan, core::PlanList::Channels, "New", catalogue());
    REQUIRE(channel.value);
    const auto &made = std::get<core::Channel>(*channel.value);
    CHECK(!plan.findChannel(made.id));
    CHECK(catalogue().platform(made.platform));

    auto phase = core::newItem(plan, core::PlanList::Phases, "Next", catalogue());
    REQUIRE(phase.value);
    const auto &next = std::get<core::Phase>(*phase.value);
    CHECK(next.startWeek == plan.phases.back().endWeek() + 1);
    CHECK(next.followerMilestone == plan.phases.back().followerMilestone);

    auto activity = core::newItem(plan, core::PlanList::Activities, "Work", catalogue());
    REQUIRE(activity.value);
    const auto &work = std::get<core::Activity>(*activity.value);
    CHECK(work.channel == plan.channels.front().id);
    CHECK(work.phases == std::vector<std::string>{plan.phases.front().id});
    CHECK(work.accountShare == catalogue().activityType(work.type)->defaultAccountShare);
    CHECK(!plan.findActivity(work.id));
}

TEST_CASE("a new row is refused when it has nowhere to go", "[edits]")
{
    core::Plan plan = test::samplePlan();
    plan.channels.clear();
    auto activity = core::newItem(plan, core::PlanList::Activities, "Work", catalogue());
    CHECK(!activity.value);
    CHECK(test::english(activity.refusal).find("channel") != std::string::npos);

    plan.phases.back().weeks = core::limits::kMaxWeek - plan.phases.back().startWeek + 1;
    auto phase = core::newItem(plan, core::PlanList::Phases, "Next", catalogue());
    CHECK(!phase.value);
    CHECK(test::english(phase.refusal).find(std::to_string(core::limits::kMaxWeek)) != std::string::npos);
    auto copy = core::duplicateItem(plan, core::PlanList::Phases, 0, "copy");
    CHECK(!copy.value);
}

TEST_CASE("a copy has a fresh id and goes where the list allows", "[edits]")
{
    const core::Plan plan = test::samplePlan();
    auto activity = core::duplicateItem(plan, core::PlanList::Activities, 2, "Copy");
    REQUIRE(activity.value);
    CHECK(activity.value->at == 3);
    const auto &copied = std::get<core::Activity>(activity.value->item);
    CHECK(copied.name == "Copy");
    CHECK(!plan.findActivity(copied.id));
    CHECK(copied.budget == plan.activities[2].budget);

    auto phase = core::duplicateItem(plan, core::PlanList::Phases, 0, "Again");
    REQUIRE(phase.value);
    CHECK(phase.value->at == plan.phases.size());   // phases follow one another
    CHECK(std::get<core::Phase>(phase.value->item).startWeek == plan.phases.back().endWeek() + 1);
}

TEST_CASE("removing a phase or cluster names the activities that lose the reference", "[edits]")
{
    const core::Plan plan = test::samplePlan();
    for (const auto list : {core::PlanList::Phases, core::PlanList::Clusters}) {
        const bool phases = list == core::PlanList::Phases;
        const std::string id = phases ? plan.phases[0].id : plan.clusters[0].id;
        std::size_t users = 0;
        for (const auto &a : plan.activities) {
            const auto &refs = phases ? a.phases : a.clusters;
            users += std::count(refs.begin(), refs.end(), id) > 0 ? 1 : 0;
        }
        const auto edits = core::referencesTo(plan, list, 0);
        REQUIRE(users > 0);
        CHECK(edits.size() == users);
        for (const auto &edit : edits) {
            const auto &before = phases ? plan.activities[edit.activity].phases : plan.activities[edit.activity].clusters;
            CHECK(edit.remaining.size() == before.size() - 1);
            CHECK(std::find(edit.remaining.begin(), edit.remaining.end(), id) == edit.remaining.end());
        }
        CHECK(core::removalRefusal(plan, list, 0).empty());
    }
    // A channel with activities on it stays.
    CHECK(!core::removalRefusal(plan, core::PlanList::Channels, 0).empty());
    CHECK(core::referencesTo(plan, core::PlanList::Channels, 0).empty());
}

TEST_CASE("a type change moves a share only while it is the old type's default", "[edits]")
{
    core::Activity activity;
    activity.type = "short_video";
    activity.accountShare = catalogue().activityType("short_video")->defaultAccountShare;
    const auto moved = core::shareAfterTypeChange(activity, "account_posts", catalogue());
    REQUIRE(moved);
    CHECK(*moved == catalogue().activityType("account_posts")->defaultAccountShare);
    activity.accountShare = 0.33;   // chosen by the marketer
    CHECK(!core::shareAfterTypeChange(activity, "account_posts", catalogue()));
    activity.accountShare = catalogue().activityType("short_video")->defaultAccountShare;
    CHECK(!core::shareAfterTypeChange(activity, "no_such_type", catalogue()));
}
