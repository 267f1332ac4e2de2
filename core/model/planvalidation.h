#pragma once

#include "core/catalogue/catalogue.h"
#include "core/model/idindex.h"
#include "core/model/planschema.h"
#include "core/text/message.h"

#include <cstddef>
#include <optional>
#include <string_view>

// What may be stored in a field of a plan. The file reader and the editor
// both ask here, so a value one accepts the other accepts too, and both say
// the same words about one they refuse (tests/core/test_planvalidation.cpp
// holds them to it).
namespace mixplanner::core {

// Why a value cannot be stored, as a sentence to follow the field's name or
// place ("must be a share between 0 and 1 (0 to 1), got 1.5"). Empty when it
// can. For a list, `item` is the entry the problem is about.
struct Problem {
    static constexpr std::size_t kWholeValue = static_cast<std::size_t>(-1);
    text::Message message;
    std::size_t item = kWholeValue;

    explicit operator bool() const { return !message.empty(); }
};

// The ids a Choice or References field may name: the catalogue's purposes,
// platforms and activity types, and the plan's channels, phases and clusters.
// Without a plan, every plan id is taken as known (the file reader checks
// references once all lists are read).
class KnownIds
{
public:
    explicit KnownIds(const Catalogue &catalogue, const Plan *plan = nullptr);

    bool has(schema::Choices choices, std::string_view id) const;
    bool checksPlanIds() const { return m_plan != nullptr; }
    // "awareness, sales, ..." for a catalogue list.
    std::string listed(schema::Choices choices) const;

private:
    const Catalogue &m_catalogue;
    const Plan *m_plan;
    std::optional<IdIndex> m_channels;
    std::optional<IdIndex> m_phases;
    std::optional<IdIndex> m_clusters;
};

// Whether `value` fits `field` on its own: its kind, range, text and choices.
Problem checkValue(const schema::Field &field, const schema::FieldView &value, const KnownIds &ids);
inline Problem checkValue(const schema::Field &field, const schema::FieldValue &value, const KnownIds &ids)
{
    return checkValue(field, schema::viewOf(value), ids);
}

// Every entry of a References list that names no row of the plan, or one
// named before in the list (checkValue() stops at the first).
std::vector<Problem> referenceProblems(const schema::Field &field, const std::vector<std::string> &items,
                                       const KnownIds &ids);

// Whether a list of `count` entries is short enough for any list field.
Problem checkListLength(std::size_t count);

// Whether phase `row` may run `weeks` weeks from `startWeek`: within the
// plan's span and after the phase before it; with `againstNext`, also
// ending before the phase after it starts (the file reader reports that
// overlap at the later phase instead).
Problem checkPhaseWeeks(const Plan &plan, std::size_t row, std::int64_t startWeek, std::int64_t weeks,
                        bool againstNext);

// Everything the editor must know before setting `field` of row `row` to
// `value`: checkValue against the plan's ids and the catalogue, and the
// phase order for a phase's weeks.
Problem validate(const Plan &plan, const Catalogue &catalogue, schema::FieldId field, std::size_t row,
                 const schema::FieldValue &value);

// The value as a message shows what was found: text "abc", 12.5, true, a list.
text::Arg describeValue(const schema::FieldView &value);

} // namespace mixplanner::core
