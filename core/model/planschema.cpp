#include "core/model/planschema.h"

#include "core/model/planlimits.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <type_traits>

namespace mixplanner::core::schema {

namespace {

template<typename Pointer> struct MemberOf;
template<typename Object_, typename Value_>
struct MemberOf<Value_ Object_::*> {
    using Object = Object_;
    using Value = Value_;
};

// Getting and setting one member through the table. The object pointer is
// the Owner's struct: `withMember` records the owner from the member's
// class, so a row cannot name a member of another object.
template<auto Member>
struct Access {
    using Object = typename MemberOf<decltype(Member)>::Object;
    using Value = typename MemberOf<decltype(Member)>::Value;

    static FieldView view(const void *object)
    {
        const Value &value = static_cast<const Object *>(object)->*Member;
        if constexpr (std::is_same_v<Value, std::optional<double>>)
            return value ? FieldView(*value) : FieldView();
        else if constexpr (std::is_same_v<Value, int>)
            return FieldView(static_cast<std::int64_t>(value));
        else if constexpr (std::is_same_v<Value, std::string> || std::is_same_v<Value, std::vector<std::string>>)
            return FieldView(&value);
        else
            return FieldView(value);
    }

    static void set(void *object, FieldValue value)
    {
        Value &target = static_cast<Object *>(object)->*Member;
        if constexpr (std::is_same_v<Value, std::optional<double>>) {
            if (const auto *whole = std::get_if<std::int64_t>(&value))
                target = static_cast<double>(*whole);
            else if (const auto *number = std::get_if<double>(&value))
                target = *number;
            else
                target = std::nullopt;
        } else if constexpr (std::is_same_v<Value, int> || std::is_same_v<Value, std::int64_t>) {
            // Whole numbers may arrive as a double without a fraction (a spin
            // box, "3.0" in a file); validate() has checked that.
            if (const auto *number = std::get_if<double>(&value))
                target = static_cast<Value>(*number);
            else
                target = static_cast<Value>(std::get<std::int64_t>(value));
        } else if constexpr (std::is_same_v<Value, double>) {
            if (const auto *whole = std::get_if<std::int64_t>(&value))
                target = static_cast<double>(*whole);
            else
                target = std::get<double>(value);
        } else if constexpr (std::is_same_v<Value, std::string>) {
            // An unset nullable text (no secondary purpose) is stored as "".
            if (std::holds_alternative<std::monostate>(value))
                target.clear();
            else
                target = std::get<std::string>(std::move(value));
        } else {
            target = std::get<Value>(std::move(value));
        }
    }
};

template<auto Member>
constexpr Field withMember(Field row)
{
    row.owner = ownerOf<typename Access<Member>::Object>();
    row.view = &Access<Member>::view;
    row.set = &Access<Member>::set;
    return row;
}

constexpr double kPeople = static_cast<double>(limits::kMaxPeople);
constexpr double kWeek = limits::kMaxWeek;

constexpr text::Source kText = MP_TR("loader", "text");
constexpr text::Source kId = MP_TR("loader", "an id (text)");
constexpr text::Source kFlag = MP_TR("loader", "true or false");
constexpr text::Source kList = MP_TR("loader", "a list");
constexpr text::Source kPercent = MP_TR("loader", "a percentage between 0 and 100");
constexpr text::Source kShare = MP_TR("loader", "a share between 0 and 1");
constexpr text::Source kMoney = MP_TR("loader", "a non-negative amount of money");
constexpr text::Source kPeopleCount = MP_TR("loader", "a non-negative whole number of people");

using K = Kind;
using P = Presence;

// The rows, in the order of the file and of FieldId. Labels are filed under
// "PlanField" for translators, expectations under "loader".
constexpr Field kFields[] = {
    withMember<&Plan::title>({.id = FieldId::Title, .key = "title", .kind = K::Text, .expectation = kText,
                              .label = MP_TR("PlanField", "title")}),
    withMember<&Plan::owner>({.id = FieldId::Owner, .key = "owner", .kind = K::Text, .expectation = kText,
                              .label = MP_TR("PlanField", "owner")}),
    withMember<&Plan::currency>({.id = FieldId::Currency, .key = "currency", .kind = K::Currency,
                                 .expectation = kText, .label = MP_TR("PlanField", "currency")}),
    withMember<&Plan::hourlyRate>({.id = FieldId::HourlyRate, .key = "hourlyRate", .kind = K::Number, .max = limits::kMaxMoney,
                                   .expectation = kMoney, .label = MP_TR("PlanField", "hourly rate")}),
    withMember<&Plan::budgetCap>({.id = FieldId::BudgetCap, .key = "budgetCap", .kind = K::Number, .nullable = true,
                                  .omitWhenUnset = true, .max = limits::kMaxMoney, .expectation = kMoney,
                                  .label = MP_TR("PlanField", "budget cap")}),
    withMember<&Plan::startDate>({.id = FieldId::StartDate, .key = "startDate", .kind = K::Date, .nullable = true,
                                  .omitWhenUnset = true,
                                  .expectation = MP_TR("loader", "a date written as YYYY-MM-DD"),
                                  .label = MP_TR("PlanField", "start date")}),
    withMember<&Plan::notes>({.id = FieldId::Notes, .key = "notes", .kind = K::Text, .expectation = kText,
                              .label = MP_TR("PlanField", "notes")}),

    withMember<&Brand::strengthOverride>({.id = FieldId::BrandStrengthOverride, .key = "strengthOverride",
                                          .kind = K::Number, .nullable = true, .max = 100, .expectation = kPercent,
                                          .label = MP_TR("PlanField", "brand strength")}),
    withMember<&Brand::awareness>({.id = FieldId::BrandAwareness, .key = "awareness", .kind = K::Number, .max = 100,
                                   .expectation = kPercent, .label = MP_TR("PlanField", "awareness")}),
    withMember<&Brand::favorability>({.id = FieldId::BrandFavorability, .key = "favorability", .kind = K::Number,
                                      .max = 100, .expectation = kPercent, .label = MP_TR("PlanField", "favourability")}),
    withMember<&Brand::followers>({.id = FieldId::BrandFollowers, .key = "followers", .kind = K::WholeNumber,
                                   .max = kPeople, .expectation = kPeopleCount, .label = MP_TR("PlanField", "followers")}),
    withMember<&Brand::audienceSize>({.id = FieldId::BrandAudienceSize, .key = "audienceSize", .kind = K::WholeNumber,
                                      .max = kPeople, .expectation = kPeopleCount,
                                      .label = MP_TR("PlanField", "audience size")}),
    withMember<&Brand::engagementRate>({.id = FieldId::BrandEngagementRate, .key = "engagementRate", .kind = K::Number,
                                        .max = 100, .expectation = kPercent,
                                        .label = MP_TR("PlanField", "engagement rate")}),

    withMember<&Purpose::primary>({.id = FieldId::PurposePrimary, .key = "primary", .kind = K::Choice,
                                   .presence = P::Required, .choices = Choices::Purposes, .expectation = kText,
                                   .label = MP_TR("PlanField", "purpose")}),
    withMember<&Purpose::secondary>({.id = FieldId::PurposeSecondary, .key = "secondary", .kind = K::Choice,
                                     .nullable = true, .choices = Choices::Purposes, .expectation = kText,
                                     .label = MP_TR("PlanField", "secondary purpose")}),
    withMember<&Purpose::secondaryWeight>({.id = FieldId::PurposeSecondaryWeight, .key = "secondaryWeight",
                                           .kind = K::Number, .max = 1, .share = true, .expectation = kShare,
                                           .label = MP_TR("PlanField", "secondary purpose weight")}),

    withMember<&Channel::id>({.id = FieldId::ChannelId, .key = "id", .kind = K::Identifier, .presence = P::Required,
                              .expectation = kId, .label = MP_TR("PlanField", "id")}),
    withMember<&Channel::platform>({.id = FieldId::ChannelPlatform, .key = "platform", .kind = K::Choice,
                                    .presence = P::Required, .choices = Choices::Platforms, .expectation = kText,
                                    .label = MP_TR("PlanField", "platform")}),
    withMember<&Channel::name>({.id = FieldId::ChannelName, .key = "name", .kind = K::Text, .expectation = kText,
                                .label = MP_TR("PlanField", "name")}),
    withMember<&Channel::hasAccount>({.id = FieldId::ChannelHasAccount, .key = "hasAccount", .kind = K::Flag,
                                      .expectation = kFlag, .label = MP_TR("PlanField", "account")}),
    withMember<&Channel::followers>({.id = FieldId::ChannelFollowers, .key = "followers", .kind = K::WholeNumber,
                                     .max = kPeople, .expectation = kPeopleCount,
                                     .label = MP_TR("PlanField", "followers")}),

    withMember<&Cluster::id>({.id = FieldId::ClusterId, .key = "id", .kind = K::Identifier, .presence = P::Required,
                              .expectation = kId, .label = MP_TR("PlanField", "id")}),
    withMember<&Cluster::name>({.id = FieldId::ClusterName, .key = "name", .kind = K::Text, .presence = P::Required,
                                .expectation = kText, .label = MP_TR("PlanField", "name")}),
    withMember<&Cluster::size>({.id = FieldId::ClusterSize, .key = "size", .kind = K::WholeNumber, .max = kPeople,
                                .expectation = kPeopleCount, .label = MP_TR("PlanField", "size")}),
    withMember<&Cluster::keywords>({.id = FieldId::ClusterKeywords, .key = "keywords", .kind = K::TextList,
                                    .expectation = kList, .label = MP_TR("PlanField", "keywords")}),

    withMember<&Phase::id>({.id = FieldId::PhaseId, .key = "id", .kind = K::Identifier, .presence = P::Required,
                            .expectation = kId, .label = MP_TR("PlanField", "id")}),
    withMember<&Phase::name>({.id = FieldId::PhaseName, .key = "name", .kind = K::Text, .presence = P::Required,
                              .expectation = kText, .label = MP_TR("PlanField", "name")}),
    withMember<&Phase::startWeek>({.id = FieldId::PhaseStartWeek, .key = "startWeek", .kind = K::WholeNumber,
                                   .presence = P::Required, .min = 1, .max = kWeek,
                                   .expectation = MP_TR("loader", "a week number"),
                                   .label = MP_TR("PlanField", "start week")}),
    withMember<&Phase::weeks>({.id = FieldId::PhaseWeeks, .key = "weeks", .kind = K::WholeNumber,
                               .presence = P::Required, .min = 1, .max = kWeek,
                               .expectation = MP_TR("loader", "a number of weeks"),
                               .label = MP_TR("PlanField", "weeks")}),
    withMember<&Phase::followerMilestone>({.id = FieldId::PhaseFollowerMilestone, .key = "followerMilestone",
                                           .kind = K::WholeNumber, .max = kPeople, .expectation = kPeopleCount,
                                           .label = MP_TR("PlanField", "follower milestone")}),

    withMember<&Activity::id>({.id = FieldId::ActivityId, .key = "id", .kind = K::Identifier, .presence = P::Required,
                               .expectation = kId, .label = MP_TR("PlanField", "id")}),
    withMember<&Activity::name>({.id = FieldId::ActivityName, .key = "name", .kind = K::Text, .presence = P::Required,
                                 .expectation = kText, .label = MP_TR("PlanField", "name")}),
    withMember<&Activity::channel>({.id = FieldId::ActivityChannel, .key = "channel", .kind = K::Choice,
                                    .presence = P::Required, .choices = Choices::Channels, .expectation = kId,
                                    .label = MP_TR("PlanField", "channel")}),
    withMember<&Activity::type>({.id = FieldId::ActivityType, .key = "type", .kind = K::Choice,
                                 .presence = P::Required, .choices = Choices::ActivityTypes, .expectation = kText,
                                 .label = MP_TR("PlanField", "type")}),
    // Absent, the share is the type's default (as for a new row in the editor).
    withMember<&Activity::accountShare>({.id = FieldId::ActivityAccountShare, .key = "accountShare",
                                         .kind = K::Number, .max = 1, .share = true, .expectation = kShare,
                                         .label = MP_TR("PlanField", "account share")}),
    withMember<&Activity::budget>({.id = FieldId::ActivityBudget, .key = "budget", .kind = K::Number,
                                   .max = limits::kMaxMoney, .expectation = kMoney,
                                   .label = MP_TR("PlanField", "budget")}),
    withMember<&Activity::hours>({.id = FieldId::ActivityHours, .key = "hours", .kind = K::Number,
                                  .max = limits::kMaxHours,
                                  .expectation = MP_TR("loader", "a non-negative number of hours"),
                                  .label = MP_TR("PlanField", "hours")}),
    withMember<&Activity::phases>({.id = FieldId::ActivityPhases, .key = "phases", .kind = K::References,
                                   .choices = Choices::Phases, .expectation = kList,
                                   .label = MP_TR("PlanField", "phases")}),
    withMember<&Activity::clusters>({.id = FieldId::ActivityClusters, .key = "clusters", .kind = K::References,
                                     .choices = Choices::Clusters, .expectation = kList,
                                     .label = MP_TR("PlanField", "clusters")}),
    withMember<&Activity::tags>({.id = FieldId::ActivityTags, .key = "tags", .kind = K::TextList,
                                 .expectation = kList, .label = MP_TR("PlanField", "tags")}),
    withMember<&Activity::formats>({.id = FieldId::ActivityFormats, .key = "formats", .kind = K::TextList,
                                    .expectation = kList, .label = MP_TR("PlanField", "formats")}),
    withMember<&Activity::influencer>({.id = FieldId::ActivityInfluencer, .key = "influencer", .kind = K::Flag,
                                       .expectation = kFlag, .label = MP_TR("PlanField", "influencer")}),
    withMember<&Activity::paidSupport>({.id = FieldId::ActivityPaidSupport, .key = "paidSupport", .kind = K::Flag,
                                        .expectation = kFlag, .label = MP_TR("PlanField", "paid support")}),
    withMember<&Activity::notes>({.id = FieldId::ActivityNotes, .key = "notes", .kind = K::Text,
                                  .expectation = kText, .label = MP_TR("PlanField", "notes")}),
};

// field(id) indexes the table by id, so the rows must follow FieldId.
constexpr bool rowsFollowIds()
{
    for (std::size_t i = 0; i < std::size(kFields); ++i)
        if (static_cast<std::size_t>(kFields[i].id) != i + 1)
            return false;
    return static_cast<std::size_t>(FieldId::ActivityNotes) == std::size(kFields);
}
static_assert(rowsFollowIds(), "kFields must list every FieldId once, in the enum's order");

// Owners appear in one block each, in file order, so fieldsOf() is a span.
constexpr bool ownersInBlocks()
{
    for (std::size_t i = 1; i < std::size(kFields); ++i)
        if (kFields[i].owner < kFields[i - 1].owner)
            return false;
    return true;
}
static_assert(ownersInBlocks(), "kFields must group rows by owner, in the order of Owner");

constexpr const char *kPlanStructure[] = {"format", "version", "brand", "purpose",
                                          "channels", "clusters", "phases", "activities"};

template<typename Object>
Object &rowOf(std::vector<Object> &items, std::size_t row)
{
    assert(row < items.size());
    return items[row];
}

template<typename Object>
const Object &rowOf(const std::vector<Object> &items, std::size_t row)
{
    assert(row < items.size());
    return items[row];
}

const void *objectOf(const Plan &plan, Owner owner, std::size_t row)
{
    switch (owner) {
    case Owner::Plan: return &plan;
    case Owner::Brand: return &plan.brand;
    case Owner::Purpose: return &plan.purpose;
    case Owner::Channel: return &rowOf(plan.channels, row);
    case Owner::Cluster: return &rowOf(plan.clusters, row);
    case Owner::Phase: return &rowOf(plan.phases, row);
    case Owner::Activity: return &rowOf(plan.activities, row);
    }
    return nullptr;
}

} // namespace

std::span<const Field> fields() { return kFields; }

std::span<const Field> fieldsOf(Owner owner)
{
    const auto first = std::find_if(std::begin(kFields), std::end(kFields),
                                    [owner](const Field &f) { return f.owner == owner; });
    const auto last = std::find_if(first, std::end(kFields), [owner](const Field &f) { return f.owner != owner; });
    return {first, last};
}

const Field &field(FieldId id)
{
    assert(id != FieldId::None);
    return kFields[static_cast<std::size_t>(id) - 1];
}

std::span<const char *const> structuralKeys(Owner owner)
{
    if (owner == Owner::Plan)
        return kPlanStructure;
    return {};
}

bool isKnownKey(Owner owner, std::string_view key)
{
    const auto table = fieldsOf(owner);
    if (std::any_of(table.begin(), table.end(), [key](const Field &f) { return key == f.key; }))
        return true;
    const auto structure = structuralKeys(owner);
    return std::any_of(structure.begin(), structure.end(), [key](const char *k) { return key == k; });
}

FieldValue toValue(const FieldView &view)
{
    return std::visit([](const auto &held) -> FieldValue {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_pointer_v<Held>)
            return FieldValue(*held);
        else
            return FieldValue(held);
    }, view);
}

FieldView viewOf(const FieldValue &value)
{
    return std::visit([](const auto &held) -> FieldView {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::string> || std::is_same_v<Held, std::vector<std::string>>)
            return FieldView(&held);
        else
            return FieldView(held);
    }, value);
}

FieldValue get(const Plan &plan, FieldId id, std::size_t row)
{
    const Field &f = field(id);
    return toValue(f.view(objectOf(plan, f.owner, row)));
}

void set(Plan &plan, FieldId id, std::size_t row, FieldValue value)
{
    const Field &f = field(id);
    f.set(const_cast<void *>(objectOf(plan, f.owner, row)), std::move(value));
}

std::size_t rowCount(const Plan &plan, Owner owner)
{
    switch (owner) {
    case Owner::Channel: return plan.channels.size();
    case Owner::Cluster: return plan.clusters.size();
    case Owner::Phase: return plan.phases.size();
    case Owner::Activity: return plan.activities.size();
    case Owner::Plan: case Owner::Brand: case Owner::Purpose: break;
    }
    return 1;
}

} // namespace mixplanner::core::schema
