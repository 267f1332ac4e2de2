#include "core/io/objectreader.h"

#include "core/io/jsonlimits.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace mixplanner::core {

namespace {

std::string typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::string: return "text";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "a list";
    default: return "a number";
    }
}

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
            error(pointerOf(key), "is missing; it is required here");
        return nullptr;
    }
    return &*it;
}

void ObjectReader::wrongType(std::string_view key, std::string_view expected, const Json &got)
{
    error(pointerOf(key), "must be " + std::string(expected) + ", got " + typeName(got)
                              + (got.is_structured() ? "" : " " + describeJsonValue(got)));
}

std::string ObjectReader::text(std::string_view key, Presence presence, std::string fallback)
{
    const Json *value = member(key, presence);
    if (!value)
        return fallback;
    if (!value->is_string()) {
        wrongType(key, "text", *value);
        return fallback;
    }
    auto result = value->get<std::string>();
    if (presence == Presence::Required && result.empty())
        error(pointerOf(key), "must not be empty");
    return result;
}

std::string ObjectReader::identifier(std::string_view key, Presence presence)
{
    const Json *value = member(key, presence);
    if (!value)
        return {};
    if (!value->is_string()) {
        wrongType(key, "an id (text)", *value);
        return {};
    }
    auto id = value->get<std::string>();
    if (id.empty())
        error(pointerOf(key), "must not be empty");
    else if (id.size() > limits::kMaxIdBytes)
        error(pointerOf(key), "is longer than " + std::to_string(limits::kMaxIdBytes)
                                  + " bytes; ids are short names");
    return id;
}

double ObjectReader::number(std::string_view key, Presence presence, double fallback, double min,
                            double max, std::string_view kind)
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
        error(pointerOf(key), "must be " + std::string(kind) + " (" + formatNumber(min) + " to "
                                  + formatNumber(max) + "), got " + describeJsonValue(*value));
        return fallback;
    }
    return number;
}

std::optional<double> ObjectReader::nullableNumber(std::string_view key, double min, double max,
                                                   std::string_view kind)
{
    const Json *value = member(key, Presence::Optional);
    if (!value || value->is_null())
        return std::nullopt;
    m_read.pop_back();   // number() records the key again
    const double result = number(key, Presence::Required, min - 1, min, max,
                                 std::string(kind) + " or null");
    if (result < min)
        return std::nullopt;
    return result;
}

std::int64_t ObjectReader::wholeNumber(std::string_view key, Presence presence,
                                       std::int64_t fallback, std::int64_t min, std::int64_t max,
                                       std::string_view kind)
{
    const Json *value = member(key, presence);
    if (!value)
        return fallback;
    if (!value->is_number()) {
        wrongType(key, kind, *value);
        return fallback;
    }
    const auto outOfRange = [&] {
        error(pointerOf(key), "must be " + std::string(kind) + " (" + std::to_string(min) + " to "
                                  + std::to_string(max) + "), got " + describeJsonValue(*value));
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
        error(pointerOf(key), "must be a whole number, got " + describeJsonValue(*value));
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
        wrongType(key, "true or false", *value);
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
        wrongType(key, "a list", *value);
        return nullptr;
    }
    if (value->size() > maxItems) {
        error(pointerOf(key), "has " + std::to_string(value->size()) + " items; at most "
                                  + std::to_string(maxItems) + " are allowed");
        return nullptr;
    }
    return value;
}

std::vector<std::string> ObjectReader::textList(std::string_view key, Presence presence,
                                                std::size_t maxItems)
{
    std::vector<std::string> result;
    const Json *values = list(key, presence, maxItems);
    if (!values)
        return result;
    const std::string base = pointerOf(key);
    for (std::size_t i = 0; i < values->size(); ++i) {
        const Json &item = (*values)[i];
        if (!item.is_string()) {
            error(base + "/" + std::to_string(i), "must be text, got " + typeName(item)
                                                      + (item.is_structured() ? "" : " " + describeJsonValue(item)));
            continue;
        }
        result.push_back(item.get<std::string>());
    }
    return result;
}

const Json *ObjectReader::object(std::string_view key, Presence presence)
{
    const Json *value = member(key, presence);
    if (!value)
        return nullptr;
    if (!value->is_object()) {
        wrongType(key, "an object", *value);
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

bool expectObject(const Json &value, const std::string &pointer, std::string_view what,
                  Diagnostics &diagnostics)
{
    if (value.is_object())
        return true;
    diagnostics.push_back(Diagnostic{pointer, "must be " + std::string(what) + " (an object), got "
                                                  + typeName(value)
                                                  + (value.is_structured() ? "" : " " + describeJsonValue(value)),
                                     0, 0});
    return false;
}

} // namespace mixplanner::core
