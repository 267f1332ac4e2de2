#pragma once

#include "core/io/diagnostic.h"
#include "core/io/jsondocument.h"
#include "core/model/plan.h"
#include "core/model/planschema.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

using Presence = schema::Presence;

// Reads the members of one JSON object, checks each against what the schema
// expects and records a Diagnostic (with the member's pointer) for every
// mismatch instead of throwing. It remembers which members it read, so the
// rest can be kept as unknown fields.
class ObjectReader
{
public:
    ObjectReader(const Json &object, std::string pointer, Diagnostics &diagnostics);

    const std::string &pointer() const { return m_pointer; }
    std::string pointerOf(std::string_view key) const;

    // A non-empty string (Required) or any string (Optional, default "").
    std::string text(std::string_view key, Presence presence, std::string fallback = {});
    // An identifier: a non-empty string of at most limits::kMaxIdBytes bytes.
    std::string identifier(std::string_view key, Presence presence);
    // A finite number within [min, max]; `kind` names what is expected, as in
    // "a non-negative amount of money".
    double number(std::string_view key, Presence presence, double fallback, double min,
                  double max, text::Source kind);
    // A whole number within [min, max].
    std::int64_t wholeNumber(std::string_view key, Presence presence, std::int64_t fallback,
                             std::int64_t min, std::int64_t max, text::Source kind);
    bool boolean(std::string_view key, Presence presence, bool fallback);
    // The member when it is a list (empty list pointer when absent and optional).
    const Json *list(std::string_view key, Presence presence, std::size_t maxItems);
    // The member when it is an object; nullptr (and a diagnostic) otherwise.
    const Json *object(std::string_view key, Presence presence);

    // The member, marked read; nullptr (and a diagnostic when Required) if absent.
    const Json *member(std::string_view key, Presence presence);
    // Records "must be <expected>, got <what was found>" at the member.
    void wrongType(std::string_view key, text::Message expected, const Json &got);

    // The member as it is, without checking or marking it read; nullptr if absent.
    const Json *rawMember(std::string_view key) const;
    // Marks a member as handled by the caller, so it is not kept as unknown.
    void markRead(std::string_view key) { m_read.emplace_back(key); }

    // Members not read through this reader, in file order.
    UnknownFields unknownFields() const;

    void error(std::string pointer, std::string message);
    void error(std::string pointer, text::Message message);

private:
    double numberOf(std::string_view key, Presence presence, double fallback, double min, double max,
                    const text::Message &kind);

    const Json &m_object;
    std::string m_pointer;
    Diagnostics &m_diagnostics;
    std::vector<std::string> m_read;
};

// What was found, for "must be X, got Y": text "hello", a number 12, or just
// "an object" for containers.
text::Arg describeFound(const Json &value);

// Checks that a value is an object, recording a diagnostic when it is not.
bool expectObject(const Json &value, const std::string &pointer, text::Source what,
                  Diagnostics &diagnostics);

} // namespace mixplanner::core
