#pragma once

#include "core/model/plan.h"
#include "core/text/message.h"

#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

// One table of every field of a plan: its JSON member, what kind of value it
// holds, its range, the words that name it, and how to get and set it. The
// file reader and writer loop over it, the editor reads and writes through
// it, and core/model/planvalidation checks values against it, so a new field
// is one row here plus its meaning where it is used (docs/architecture.md).
namespace mixplanner::core::schema {

// The object a field belongs to. Plan fields sit at the top of the file;
// Brand and Purpose are objects of their own; the rest are list rows.
enum class Owner { Plan, Brand, Purpose, Channel, Cluster, Phase, Activity };

template<typename Object> constexpr Owner ownerOf();
template<> constexpr Owner ownerOf<Plan>() { return Owner::Plan; }
template<> constexpr Owner ownerOf<Brand>() { return Owner::Brand; }
template<> constexpr Owner ownerOf<Purpose>() { return Owner::Purpose; }
template<> constexpr Owner ownerOf<Channel>() { return Owner::Channel; }
template<> constexpr Owner ownerOf<Cluster>() { return Owner::Cluster; }
template<> constexpr Owner ownerOf<Phase>() { return Owner::Phase; }
template<> constexpr Owner ownerOf<Activity>() { return Owner::Activity; }

// Every field, in the order of the file. Edits name a field (and a row for
// list items), so one undo command serves them all.
enum class FieldId {
    None,   // no field: a row inserted, removed or moved; a computed column
    Title, Owner, Currency, HourlyRate, BudgetCap, StartDate, Notes,
    BrandStrengthOverride, BrandAwareness, BrandFavorability, BrandFollowers,
    BrandAudienceSize, BrandEngagementRate,
    PurposePrimary, PurposeSecondary, PurposeSecondaryWeight,
    ChannelId, ChannelPlatform, ChannelName, ChannelHasAccount, ChannelFollowers,
    ClusterId, ClusterName, ClusterSize, ClusterKeywords,
    PhaseId, PhaseName, PhaseStartWeek, PhaseWeeks, PhaseFollowerMilestone,
    ActivityId, ActivityName, ActivityChannel, ActivityType, ActivityAccountShare, ActivityBudget,
    ActivityHours, ActivityPhases, ActivityClusters, ActivityTags, ActivityFormats,
    ActivityInfluencer, ActivityPaidSupport, ActivityNotes,
};

enum class Kind {
    Text,         // any text; a required one must not be blank
    Identifier,   // a short non-empty id of a row
    Currency,     // an ISO 4217 code: three capital letters
    Date,         // an ISO 8601 calendar date, YYYY-MM-DD
    Choice,       // an id from `choices`
    Number,       // a finite number within [min, max]
    WholeNumber,  // a whole number within [min, max]
    Flag,         // true or false
    TextList,     // a list of texts
    References,   // a list of ids from `choices`, each at most once
};

// Where the ids of a Choice or References field come from.
enum class Choices { None, Purposes, Platforms, ActivityTypes, Channels, Phases, Clusters };

enum class Presence { Required, Optional };

// A field's value: nothing (an unset strength override, no secondary
// purpose), text, a number, a whole number, a flag or a list of texts.
using FieldValue = std::variant<std::monostate, std::string, double, std::int64_t, bool, std::vector<std::string>>;
// The same without copying text and lists, for the writer and the checks
// that pass over every row of a plan. Valid while the object is unchanged.
using FieldView = std::variant<std::monostate, const std::string *, double, std::int64_t, bool,
                               const std::vector<std::string> *>;
FieldValue toValue(const FieldView &view);
FieldView viewOf(const FieldValue &value);

struct Field {
    FieldId id = FieldId::None;
    Owner owner = Owner::Plan;
    const char *key = "";          // the JSON member
    Kind kind = Kind::Text;
    Presence presence = Presence::Optional;   // must the file have it?
    bool nullable = false;         // may be null in the file (written as null when unset)
    bool omitWhenUnset = false;    // unset, left out of the file (fields newer than the format's first version)
    double min = 0;                // Number and WholeNumber
    double max = 0;
    bool share = false;            // a share 0..1, which the editor shows as a percentage
    Choices choices = Choices::None;
    text::Source expectation;      // "a percentage between 0 and 100", for messages
    text::Source label;            // "budget": the field as the user knows it
    FieldView (*view)(const void *object) = nullptr;   // object: the Owner's struct
    void (*set)(void *object, FieldValue value) = nullptr;
};

// Every field, in file order.
std::span<const Field> fields();
// The fields of one object, in file order.
std::span<const Field> fieldsOf(Owner owner);
const Field &field(FieldId id);

// The JSON members of an object that the table does not list but the format
// has: "format" and "version", and the nested objects and lists of the plan.
std::span<const char *const> structuralKeys(Owner owner);
// Whether `key` is a member MixPlanner reads for `owner` (a table key or a
// structural one); any other member is kept as unknown.
bool isKnownKey(Owner owner, std::string_view key);

// The value of a field of `plan` (row: its place in the list for list rows).
// The row must exist.
FieldValue get(const Plan &plan, FieldId id, std::size_t row = 0);
// Sets a field; the value must be of the field's kind (see validate()).
void set(Plan &plan, FieldId id, std::size_t row, FieldValue value);

// The same on an object of the field's owner, for the reader and writer.
template<typename Object>
FieldView viewOf(const Object &object, const Field &f) { return f.view(&object); }
template<typename Object>
void setOn(Object &object, const Field &f, FieldValue value) { f.set(&object, std::move(value)); }

// The number of rows of a list owner (1 for Plan, Brand and Purpose).
std::size_t rowCount(const Plan &plan, Owner owner);

} // namespace mixplanner::core::schema
