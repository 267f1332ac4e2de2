#include "core/io/objectreader.h"

#include "core/io/jsonlimits.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mixplanner::core {

namespace {

using text::Arg;

text::Source typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return MP_TR("loader", "null");
    case Json::value_t::boolean: return MP_TR("loader", "true/false");
    case Json::value_t::string: return MP_TR("loader", "text");
    case Json::value_t::object: return MP_TR("loader", "an object");
    case Json::value_t::array: return MP_TR("loader", "a list");
    default: return MP_TR("loader", "a number");
    }
}

Arg term(text::Source source)
{
    return Arg::term(source.context, source.text);
}

} // namespace

// "text "hello"", or just "an object" for containers: what was found.
Arg describeFound(const Json &value)
{
    if (value.is_structured())
        return term(typeName(value));
    return Arg::nested(text::message(MP_TR("loader", "%1 %2"), {term(typeName(value)), Arg::plain(describeJsonValue(value))}));
}

namespace {

std::string formatNumber(double value)
{
    std::ostringstream out;
    out.precision(15);
    out << value;
    return out.str();
}

} // namespace

ObjectReader::ObjectReader(const Json &object, std::string pointer, Diagnostics &diagnostics)
    : m_object(object)
    , m_pointer(std::move(pointer))
    , m_diagnostics(diagnostics)
{
}

std::string ObjectReader::pointerOf(std::string_view key) const
{
    return m_pointer + "/" + escapePointerToken(std::string(key));
}

void ObjectReader::error(std::string pointer, std::string message)
{
    m_diagnostics.push_back(Diagnostic{std::move(pointer), std::move(message), 0, 0});
}

void ObjectReader::error(std::string pointer, text::Message message)
{
    m_diagnostics.push_back(Diagnostic::of(std::move(pointer), std::move(message)));
}

const Json *ObjectReader::rawMember(std::string_view key) const
{
    const auto it = m_object.find(std::string(key));
    return it == m_object.end() ? nullptr : &*it;
}

const Json *ObjectReader::member(std::string_view key, Presence presence)
{
    m_read.emplace_back(key);
    const auto it = m_object.find(std::string(key));
    if (it == m_object.end()) {
        if (presence == Presence::Required)
            error(pointerOf(key), text::message(MP_TR("loader", "is missing; it is required here")));
        return nullptr;
    }
    return &*it;
}

void ObjectReader::wrongType(std::string_view key, text::Message expected, const Json &got)
{
    error(pointerOf(key), text::message(MP_TR("loader", "must be %1, got %2"), {Arg::nested(std::move(expected)), describeFound(got)}));
}

std::string ObjectReader::text(std::string_view key, Presence presence, std::string fallback)
{
    const Json *value = member(key, presence);
    if (!value)
        return fallback;
    if (!value->is_string()) {
        wrongType(key, text::message(MP_TR("loader", "text")), *value);
        return fallback;
    }
    auto result = value->get<std::string>();
    if (presence == Presence::Required && result.empty())
        error(pointerOf(key), text::message(MP_TR("loader", "must not be empty")));
    return result;
}

std::string ObjectReader::identifier(std::string_view key, Presence presence)
{
    const Json *value = member(key, presence);
    if (!value)
        return {};
    if (!value->is_string()) {
        wrongType(key, text::message(MP_TR("loader", "an id (text)")), *value);
        return {};
    }
    auto id = value->get<std::string>();
    if (id.empty())
        error(pointerOf(key), text::message(MP_TR("loader", "must not be empty")));
    else if (id.size() > limits::kMaxIdBytes)
        error(pointerOf(key), text::message(MP_TR("loader", "is longer than %1 bytes; ids are short names"),
                                            {Arg::plain(std::to_string(limits::kMaxIdBytes))}));
    return id;
}

double ObjectReader::number(std::string_view key, Presence presence, double fallback, double min,
                            double max, text::Source kind)
{
    return numberOf(key, presence, fallback, min, max, text::message(kind));
}

double ObjectReader::numberOf(std::string_view key, Presence presence, double fallback, double min, double max,
                              const text::Message &kind)
{
    const Json *value = member(key, presence);
    if (!value)
        return fallback;
    if (!value->is_number()) {
        wrongType(key, kind, *value);
        return fallback;
    }
    const double number = value->get<double>();
    if (!std::isfinite(number) || number < min || number > max) {
        error(pointerOf(key), text::message(MP_TR("loader", "must be %1 (%2 to %3), got %4"),
                                            {Arg::nested(kind), Arg::plain(formatNumber(min)),
                                             Arg::plain(formatNumber(max)), Arg::plain(describeJsonValue(*value))}));
        return fallback;
    }
    return number;
}

std::int64_t ObjectReader::wholeNumber(std::string_view key, Presence presence,
                                       std::int64_t fallback, std::int64_t min, std::int64_t max,
                                       text::Source kind)
{
    const Json *value = member(key, presence);
    if (!value)
        return fallback;
    if (!value->is_number()) {
        wrongType(key, text::message(kind), *value);
        return fallback;
    }
    const auto outOfRange = [&] {
        error(pointerOf(key), text::message(MP_TR("loader", "must be %1 (%2 to %3), got %4"),
                                            {term(kind), Arg::plain(std::to_string(min)),
                                             Arg::plain(std::to_string(max)), Arg::plain(describeJsonValue(*value))}));
        return fallback;
    };
    if (value->is_number_unsigned()) {
        const auto number = value->get<std::uint64_t>();
        if (number > static_cast<std::uint64_t>(max)
            || static_cast<std::int64_t>(number) < min)
            return outOfRange();
        return static_cast<std::int64_t>(number);
    }
    if (value->is_number_integer()) {
        const auto number = value->get<std::int64_t>();
        if (number < min || number > max)
            return outOfRange();
        return number;
    }
    const double number = value->get<double>();
    if (!std::isfinite(number) || number < static_cast<double>(min)
        || number > static_cast<double>(max))
        return outOfRange();
    if (std::floor(number) != number) {
        error(pointerOf(key), text::message(MP_TR("loader", "must be a whole number, got %1"),
                                            {Arg::plain(describeJsonValue(*value))}));
        return fallback;
    }
    return static_cast<std::int64_t>(number);
}

bool ObjectReader::boolean(std::string_view key, Presence presence, bool fallback)
{
    const Json *value = member(key, presence);
    if (!value)
        return fallback;
    if (!value->is_boolean()) {
        wrongType(key, text::message(MP_TR("loader", "true or false")), *value);
        return fallback;
    }
    return value->get<bool>();
}

const Json *ObjectReader::list(std::string_view key, Presence presence, std::size_t maxItems)
{
    const Json *value = member(key, presence);
    if (!value)
        return nullptr;
    if (!value->is_array()) {
        wrongType(key, text::message(MP_TR("loader", "a list")), *value);
        return nullptr;
    }
    if (value->size() > maxItems) {
        error(pointerOf(key), text::message(MP_TR("loader", "has %1 items; at most %2 are allowed"),
                                            {Arg::plain(std::to_string(value->size())),
                                             Arg::plain(std::to_string(maxItems))}));
        return nullptr;
    }
    return value;
}

const Json *ObjectReader::object(std::string_view key, Presence presence)
{
    const Json *value = member(key, presence);
    if (!value)
        return nullptr;
    if (!value->is_object()) {
        wrongType(key, text::message(MP_TR("loader", "an object")), *value);
        return nullptr;
    }
    return value;
}

UnknownFields ObjectReader::unknownFields() const
{
    UnknownFields unknown;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (std::find(m_read.begin(), m_read.end(), it.key()) != m_read.end())
            continue;
        unknown.push_back(UnknownField{it.key(), it.value().dump(-1, ' ', false,
                                                                 Json::error_handler_t::replace)});
    }
    return unknown;
}

bool expectObject(const Json &value, const std::string &pointer, text::Source what, Diagnostics &diagnostics)
{
    if (value.is_object())
        return true;
    diagnostics.push_back(Diagnostic::of(
        pointer, text::message(MP_TR("loader", "must be %1 (an object), got %2"), {term(what), describeFound(value)})));
    return false;
}

} // namespace mixplanner::core
