#include "core/model/planvalidation.h"

#include "core/io/jsonlimits.h"
#include "core/model/calendardate.h"
#include "core/model/planlimits.h"
#include "core/text/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <unordered_set>

namespace mixplanner::core {

namespace {

using schema::Choices;
using schema::Field;
using schema::FieldValue;
using schema::FieldView;
using schema::Kind;
using text::Arg;

Arg term(text::Source source) { return Arg::term(source.context, source.text); }

// Values quoted in a message are cut as the file reader's diagnostics cut
// them, so a pasted essay stays short and both say the same.
Problem problem(text::Source pattern, std::vector<Arg> args = {}, std::size_t item = Problem::kWholeValue)
{
    text::Message message = text::message(pattern, std::move(args));
    text::shortenQuotes(message);
    return Problem{std::move(message), item};
}

std::string formatNumber(double value)
{
    std::ostringstream out;
    out.precision(15);
    out << value;
    return out.str();
}

// Text as a message quotes it: in double quotes, escaped as JSON escapes it.
std::string quoted(std::string_view text)
{
    std::string shown = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            shown += '\\';
            shown += c;
        } else if (byte < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", byte);
            shown += escape;
        } else {
            shown += c;
        }
    }
    shown += '"';
    return shown;
}

// Blank: nothing but spaces, tabs, line breaks and ideographic spaces.
bool isBlank(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else if (text.substr(i, 3) == "\xE3\x80\x80") {   // U+3000
            i += 3;
        } else {
            return false;
        }
    }
    return true;
}

text::Source choiceTerm(Choices choices)
{
    switch (choices) {
    case Choices::Channels: return MP_TR("loader", "channel");
    case Choices::Phases: return MP_TR("loader", "phase");
    case Choices::Clusters: return MP_TR("loader", "cluster");
    case Choices::Purposes: return MP_TR("loader", "purpose");
    case Choices::Platforms: return MP_TR("loader", "platform");
    case Choices::ActivityTypes: return MP_TR("loader", "activity type");
    case Choices::None: break;
    }
    return MP_TR("loader", "entry");
}

bool isPlanList(Choices choices)
{
    return choices == Choices::Channels || choices == Choices::Phases || choices == Choices::Clusters;
}

Problem wrongKind(const Field &field, const FieldView &value)
{
    return problem(MP_TR("loader", "must be %1, got %2"), {term(field.expectation), describeValue(value)});
}

Problem checkText(const Field &field, const std::string &text, const KnownIds &ids)
{
    switch (field.kind) {
    case Kind::Text:
        if (field.presence == schema::Presence::Required && isBlank(text))
            return problem(MP_TR("loader", "must not be empty"));
        return {};
    case Kind::Identifier:
        if (text.empty())
            return problem(MP_TR("loader", "must not be empty"));
        if (text.size() > limits::kMaxIdBytes)
            return problem(MP_TR("loader", "is longer than %1 bytes; ids are short names"),
                           {Arg::count(static_cast<double>(limits::kMaxIdBytes))});
        return {};
    case Kind::Currency: {
        const bool looksLikeCode = text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) {
                                       return c >= 'A' && c <= 'Z';
                                   });
        if (!looksLikeCode)
            return problem(MP_TR("loader", "must be a three-letter currency code such as JPY or USD, got %1"),
                           {Arg::plain(quoted(text))});
        return {};
    }
    case Kind::Date:
        // Empty is no date, as null is.
        if (text.empty() || parseIsoDate(text))
            return {};
        return problem(MP_TR("loader", "must be a date written as YYYY-MM-DD, such as 2027-03-01, got %1"),
                       {Arg::plain(quoted(text))});
    case Kind::Choice:
        if (text.empty())
            return field.presence == schema::Presence::Required ? problem(MP_TR("loader", "must not be empty"))
                                                                 : Problem{};
        if (ids.has(field.choices, text))
            return {};
        if (isPlanList(field.choices))
            return problem(MP_TR("loader", "refers to %1 %2, which the plan does not have"),
                           {term(choiceTerm(field.choices)), Arg::plain(quoted(text))});
        return problem(MP_TR("loader", "must be one of %1, got %2"),
                       {Arg::plain(ids.listed(field.choices)), Arg::plain(quoted(text))});
    default:
        return {};
    }
}

Problem checkNumber(const Field &field, double number, bool whole)
{
    if (!std::isfinite(number) || number < field.min || number > field.max) {
        // A share is typed as a percentage in the editor and stored as 0..1 in
        // the file: the message names both, so either reader knows the value.
        Arg got = field.share && std::isfinite(number)
                      ? Arg::nested(text::message(MP_TR("loader", "%1 (%2)"),
                                                  {Arg::plain(formatNumber(number)), Arg::percent(number)}))
                      : Arg::plain(formatNumber(number));
        return problem(MP_TR("loader", "must be %1 (%2 to %3), got %4"),
                       {term(field.expectation), Arg::count(field.min), Arg::count(field.max), std::move(got)});
    }
    if (whole && std::floor(number) != number)
        return problem(MP_TR("loader", "must be a whole number, got %1"), {Arg::plain(formatNumber(number))});
    return {};
}

// The entries of a References list that name no row, or one named before;
// all of them when `all` is given, else only the first.
Problem checkEntries(const Field &field, const std::vector<std::string> &items, const KnownIds &ids,
                     std::vector<Problem> *all)
{
    // Lists are short in practice, and looking back beats building a set for
    // each; a long list gets a set, so a hostile file cannot make this
    // quadratic.
    constexpr std::size_t kLookBackUpTo = 16;
    std::unordered_set<std::string_view> seen;
    if (items.size() > kLookBackUpTo)
        seen.reserve(items.size());
    for (std::size_t j = 0; j < items.size(); ++j) {
        const auto before = items.begin() + static_cast<std::ptrdiff_t>(j);
        const bool twice = items.size() > kLookBackUpTo ? !seen.insert(items[j]).second
                                                        : std::find(items.begin(), before, items[j]) != before;
        Problem found;
        if (!ids.has(field.choices, items[j]))
            found = problem(MP_TR("loader", "refers to %1 %2, which the plan does not have"),
                            {term(choiceTerm(field.choices)), Arg::plain(quoted(items[j]))}, j);
        else if (twice)
            found = problem(MP_TR("loader", "lists %1 %2 twice"),
                            {term(choiceTerm(field.choices)), Arg::plain(quoted(items[j]))}, j);
        if (!found)
            continue;
        if (!all)
            return found;
        all->push_back(std::move(found));
    }
    return {};
}

Problem checkList(const Field &field, const std::vector<std::string> &items, const KnownIds &ids)
{
    if (Problem tooLong = checkListLength(items.size()))
        return tooLong;
    if (field.kind != Kind::References || (isPlanList(field.choices) && !ids.checksPlanIds()))
        return {};
    return checkEntries(field, items, ids, nullptr);
}

} // namespace

KnownIds::KnownIds(const Catalogue &catalogue, const Plan *plan)
    : m_catalogue(catalogue)
    , m_plan(plan)
{
    if (plan) {
        m_channels.emplace(plan->channels);
        m_phases.emplace(plan->phases);
        m_clusters.emplace(plan->clusters);
    }
}

bool KnownIds::has(Choices choices, std::string_view id) const
{
    switch (choices) {
    case Choices::Purposes: return m_catalogue.purpose(id) != nullptr;
    case Choices::Platforms: return m_catalogue.platform(id) != nullptr;
    case Choices::ActivityTypes: return m_catalogue.activityType(id) != nullptr;
    case Choices::Channels: return !m_plan || m_channels->find(id) != IdIndex::kNotFound;
    case Choices::Phases: return !m_plan || m_phases->find(id) != IdIndex::kNotFound;
    case Choices::Clusters: return !m_plan || m_clusters->find(id) != IdIndex::kNotFound;
    case Choices::None: break;
    }
    return false;
}

std::string KnownIds::listed(Choices choices) const
{
    std::string result;
    const auto add = [&result](const auto &items) {
        for (const auto &item : items) {
            if (!result.empty())
                result += ", ";
            result += item.id;
        }
    };
    switch (choices) {
    case Choices::Purposes: add(m_catalogue.purposes); break;
    case Choices::Platforms: add(m_catalogue.platforms); break;
    case Choices::ActivityTypes: add(m_catalogue.activityTypes); break;
    case Choices::Channels: if (m_plan) add(m_plan->channels); break;
    case Choices::Phases: if (m_plan) add(m_plan->phases); break;
    case Choices::Clusters: if (m_plan) add(m_plan->clusters); break;
    case Choices::None: break;
    }
    return result;
}

text::Arg describeValue(const FieldView &value)
{
    if (const auto *s = std::get_if<const std::string *>(&value))
        return Arg::nested(text::message(MP_TR("loader", "%1 %2"), {term(MP_TR("loader", "text")), Arg::plain(quoted(**s))}));
    if (const auto *d = std::get_if<double>(&value))
        return Arg::nested(text::message(MP_TR("loader", "%1 %2"), {term(MP_TR("loader", "a number")),
                                                                   Arg::plain(formatNumber(*d))}));
    if (const auto *i = std::get_if<std::int64_t>(&value))
        return Arg::nested(text::message(MP_TR("loader", "%1 %2"), {term(MP_TR("loader", "a number")),
                                                                   Arg::plain(std::to_string(*i))}));
    if (const auto *b = std::get_if<bool>(&value))
        return Arg::nested(text::message(MP_TR("loader", "%1 %2"), {term(MP_TR("loader", "true/false")),
                                                                   Arg::plain(*b ? "true" : "false")}));
    if (std::holds_alternative<const std::vector<std::string> *>(value))
        return term(MP_TR("loader", "a list"));
    return term(MP_TR("loader", "null"));
}

Problem checkValue(const Field &field, const FieldView &value, const KnownIds &ids)
{
    switch (field.kind) {
    case Kind::Text: case Kind::Identifier: case Kind::Currency: case Kind::Date: case Kind::Choice:
        if (std::holds_alternative<std::monostate>(value) && field.nullable)
            return {};
        if (const auto *text = std::get_if<const std::string *>(&value))
            return checkText(field, **text, ids);
        return wrongKind(field, value);
    case Kind::Number: case Kind::WholeNumber: {
        const bool whole = field.kind == Kind::WholeNumber;
        if (std::holds_alternative<std::monostate>(value) && field.nullable)
            return {};
        if (const auto *number = std::get_if<double>(&value))
            return checkNumber(field, *number, whole);
        if (const auto *count = std::get_if<std::int64_t>(&value)) {
            if (*count < field.min || *count > field.max)
                return problem(MP_TR("loader", "must be %1 (%2 to %3), got %4"),
                               {term(field.expectation), Arg::count(field.min), Arg::count(field.max),
                                Arg::plain(std::to_string(*count))});
            return {};
        }
        return wrongKind(field, value);
    }
    case Kind::Flag:
        return std::holds_alternative<bool>(value) ? Problem{} : wrongKind(field, value);
    case Kind::TextList: case Kind::References:
        if (const auto *items = std::get_if<const std::vector<std::string> *>(&value))
            return checkList(field, **items, ids);
        return wrongKind(field, value);
    }
    return {};
}

std::vector<Problem> referenceProblems(const Field &field, const std::vector<std::string> &items,
                                       const KnownIds &ids)
{
    std::vector<Problem> all;
    checkEntries(field, items, ids, &all);
    return all;
}

Problem checkListLength(std::size_t count)
{
    if (count > limits::kMaxListItems)
        return problem(MP_TR("loader", "has %1 items; at most %2 are allowed"),
                       {Arg::count(static_cast<double>(count)), Arg::count(static_cast<double>(limits::kMaxListItems))});
    return {};
}

Problem checkPhaseWeeks(const Plan &plan, std::size_t row, std::int64_t startWeek, std::int64_t weeks,
                        bool againstNext)
{
    const std::int64_t end = startWeek + weeks - 1;
    if (row > 0 && row - 1 < plan.phases.size()) {
        const Phase &previous = plan.phases[row - 1];
        if (startWeek <= previous.endWeek())
            return problem(MP_TR("loader", "starts in week %1, but the phase before it, %2, runs until week %3; "
                                           "phases must be in order and must not overlap"),
                           {Arg::count(static_cast<double>(startWeek)), Arg::plain(quoted(previous.name)),
                            Arg::count(previous.endWeek())});
    }
    if (end > limits::kMaxWeek)
        return problem(MP_TR("loader", "ends in week %1; a plan may span at most %2 weeks"),
                       {Arg::count(static_cast<double>(end)), Arg::count(limits::kMaxWeek)});
    if (againstNext && row + 1 < plan.phases.size()) {
        const Phase &next = plan.phases[row + 1];
        if (end >= next.startWeek)
            return problem(MP_TR("loader", "would run into %1, which starts in week %2; move or shorten %1 first"),
                           {Arg::plain(quoted(next.name)), Arg::count(next.startWeek)});
    }
    return {};
}

Problem validate(const Plan &plan, const Catalogue &catalogue, schema::FieldId id, std::size_t row,
                 const FieldValue &value)
{
    if (id == schema::FieldId::None)
        return {};
    const Field &field = schema::field(id);
    const KnownIds ids(catalogue, &plan);
    if (Problem found = checkValue(field, value, ids))
        return found;
    if ((id == schema::FieldId::PhaseStartWeek || id == schema::FieldId::PhaseWeeks) && row < plan.phases.size()) {
        const Phase &phase = plan.phases[row];
        const auto asWhole = [&value] {
            if (const auto *number = std::get_if<double>(&value))
                return static_cast<std::int64_t>(*number);
            return std::get<std::int64_t>(value);
        };
        return id == schema::FieldId::PhaseStartWeek ? checkPhaseWeeks(plan, row, asWhole(), phase.weeks, true)
                                                     : checkPhaseWeeks(plan, row, phase.startWeek, asWhole(), true);
    }
    return {};
}

} // namespace mixplanner::core
