#include "core/io/jsontextwriter.h"

#include "core/io/jsondocument.h"
#include "core/text/utf8.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace mixplanner::core {

namespace {

void appendEscaped(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

} // namespace

void JsonTextWriter::newline()
{
    m_out += '\n';
    m_out.append(static_cast<std::size_t>(m_depth) * 2, ' ');
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first)
            m_out += ',';
        newline();
    }
    m_first = false;
}

void JsonTextWriter::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    ++m_depth;
    m_first = true;
}

void JsonTextWriter::close(char bracket)
{
    --m_depth;
    if (!m_first)   // an empty container stays on one line: {} or []
        newline();
    m_out += bracket;
    m_first = false;
}

void JsonTextWriter::beginObject()
{
    open('{');
}

void JsonTextWriter::endObject()
{
    close('}');
}

void JsonTextWriter::beginArray()
{
    open('[');
}

void JsonTextWriter::endArray()
{
    close(']');
}

void JsonTextWriter::key(std::string_view name)
{
    if (!m_first)
        m_out += ',';
    newline();
    m_first = false;
    appendEscaped(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonTextWriter::value(std::string_view text)
{
    beforeValue();
    if (text::isValidUtf8(text))
        appendEscaped(m_out, text);
    else   // only a caller bypassing the reader can hand over broken UTF-8
        m_out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void JsonTextWriter::value(std::int64_t number)
{
    beforeValue();
    m_out += std::to_string(number);
}

void JsonTextWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonTextWriter::number(double value)
{
    // Whole amounts stay integers in the file ("300000", not "300000.0").
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15) {
        this->value(static_cast<std::int64_t>(value));
        return;
    }
    beforeValue();
    m_out += nlohmann::json(value).dump();
}

void JsonTextWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonTextWriter::rawValue(std::string_view json)
{
    beforeValue();
    const JsonParseResult parsed = parseJsonDocument(json);
    std::string text = parsed.value
                           ? parsed.value->dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                           : nlohmann::json(std::string(json)).dump(-1, ' ', false,
                                                                     nlohmann::json::error_handler_t::replace);
    const std::string indent(static_cast<std::size_t>(m_depth) * 2, ' ');
    for (const char c : text) {
        m_out += c;
        if (c == '\n')
            m_out += indent;
    }
}

std::string JsonTextWriter::take()
{
    return std::move(m_out);
}

} // namespace mixplanner::core
