#include "core/io/jsondocument.h"

#include "core/io/jsonlimits.h"
#include "core/text/message.h"
#include "core/text/utf8.h"

#include <string>
#include <vector>

namespace mixplanner::core {

namespace {

// Builds the document like nlohmann's own DOM parser, but keeps the path of
// the value being read so that every error can name a JSON pointer, and
// enforces the limits before a hostile file can allocate much.
class TrackingSaxBuilder
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    Json root;
    std::optional<Diagnostic> error;
    std::size_t errorPosition = 0;   // byte offset for syntax errors, 0 otherwise

    bool null() { return addValue(Json(nullptr)); }
    bool boolean(bool value) { return addValue(Json(value)); }
    bool number_integer(number_integer_t value) { return addValue(Json(value)); }
    bool number_unsigned(number_unsigned_t value) { return addValue(Json(value)); }
    bool number_float(number_float_t value, const string_t &) { return addValue(Json(value)); }
    bool binary(binary_t &) { return fail(text::message(MP_TR("loader", "binary values are not JSON"))); }

    bool string(string_t &value)
    {
        if (!checkText(value))
            return false;
        return addValue(Json(std::move(value)));
    }

    bool start_object(std::size_t)
    {
        if (!checkDepth() || !addValue(Json::object()))
            return false;
        m_frames.push_back(Frame{m_lastAdded, {}, false});
        return true;
    }

    bool key(string_t &name)
    {
        Frame &frame = m_frames.back();
        if (!checkText(name)) {
            frame.hasKey = false;   // the object is the place: the key is the problem
            return false;
        }
        if (frame.container->contains(name)) {
            frame.pendingKey = name;
            frame.hasKey = true;
            return fail(text::message(MP_TR("loader", "the key \"%1\" appears twice in the same object"),
                                      {text::Arg::plain(name)}));
        }
        if (frame.container->size() >= limits::kMaxObjectMembers)
            return fail(text::message(MP_TR("loader", "an object with more than %1 members"),
                                      {text::Arg::plain(std::to_string(limits::kMaxObjectMembers))}));
        frame.pendingKey = std::move(name);
        frame.hasKey = true;
        return true;
    }

    bool end_object()
    {
        m_frames.pop_back();
        return true;
    }

    bool start_array(std::size_t)
    {
        if (!checkDepth() || !addValue(Json::array()))
            return false;
        m_frames.push_back(Frame{m_lastAdded, {}, false});
        return true;
    }

    bool end_array()
    {
        m_frames.pop_back();
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        errorPosition = position;
        error = Diagnostic::of(currentPointer(), text::message(MP_TR("loader", "not valid JSON: %1"),
                                                               {text::Arg::plain(syntaxDetail(ex.what()))}));
        return false;
    }

private:
    struct Frame {
        Json *container;
        std::string pendingKey;
        bool hasKey = false;
    };

    // Keys and values alike: at most the text limit, and no U+0000, which
    // JSON can escape but which C strings, file names, terminals and most
    // export formats read as the end of the text.
    bool checkText(const string_t &value)
    {
        if (value.size() > limits::kMaxStringBytes)
            return fail(text::message(MP_TR("loader", "text longer than %1 bytes"),
                                      {text::Arg::plain(std::to_string(limits::kMaxStringBytes))}));
        if (value.find('\0') != string_t::npos)
            return fail(text::message(MP_TR("loader", "text holds the character U+0000 (\\u0000), which "
                                                      "MixPlanner does not accept")));
        return true;
    }

    bool checkDepth()
    {
        if (static_cast<int>(m_frames.size()) >= limits::kMaxNestingDepth)
            return fail(text::message(MP_TR("loader", "values nested deeper than %1 levels"),
                                      {text::Arg::plain(std::to_string(limits::kMaxNestingDepth))}));
        return true;
    }

    bool addValue(Json &&value)
    {
        if (m_frames.empty()) {
            root = std::move(value);
            m_lastAdded = &root;
            return true;
        }
        Frame &frame = m_frames.back();
        if (frame.container->is_array()) {
            if (frame.container->size() >= limits::kMaxArrayElements)
                return fail(text::message(MP_TR("loader", "a list with more than %1 items"),
                                          {text::Arg::plain(std::to_string(limits::kMaxArrayElements))}));
            frame.container->push_back(std::move(value));
            m_lastAdded = &frame.container->back();
        } else {
            Json &slot = (*frame.container)[frame.pendingKey];
            slot = std::move(value);
            m_lastAdded = &slot;
            frame.hasKey = false;
        }
        return true;
    }

    bool fail(text::Message message)
    {
        error = Diagnostic::of(currentPointer(), std::move(message));
        return false;
    }

    // The pointer of the value about to be read: the enclosing containers, then
    // the pending key (objects) or the next index (arrays).
    std::string currentPointer() const
    {
        std::string pointer;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame &frame = m_frames[i];
            std::string token;
            if (frame.container->is_array()) {
                // A finished child is the last element; the one being read is next.
                const bool childOpen = i + 1 < m_frames.size();
                const std::size_t size = frame.container->size();
                token = std::to_string(childOpen && size > 0 ? size - 1 : size);
            } else {
                // Between members of the innermost object no value is being
                // read: the object itself is the place of the error.
                if (!frame.hasKey && i + 1 == m_frames.size())
                    break;
                token = escapePointerToken(frame.pendingKey);
            }
            pointer += '/';
            pointer += token;
        }
        return pointer;
    }

    // nlohmann's messages start with "[json.exception.parse_error.101] parse
    // error at line 1, column 5: "; we report the place ourselves.
    // nlohmann's own words about the syntax error (not translated).
    static std::string syntaxDetail(const std::string &what)
    {
        std::string message = what;
        if (const auto bracket = message.find("] "); bracket != std::string::npos)
            message = message.substr(bracket + 2);
        if (message.rfind("parse error", 0) == 0) {
            if (const auto colon = message.find(": "); colon != std::string::npos)
                message = message.substr(colon + 2);
        }
        // The "last read" excerpt may hold the very bytes that are not UTF-8
        // (keep the message valid text), and all of a 20 MB string (keep it short).
        std::string clean = Json(message).dump(-1, ' ', false, Json::error_handler_t::replace);
        return text::excerpt(clean.substr(1, clean.size() - 2), 160);
    }

    std::vector<Frame> m_frames;
    Json *m_lastAdded = nullptr;
};

void setLineAndColumn(Diagnostic &diagnostic, std::string_view text, std::size_t position)
{
    int line = 1;
    int column = 1;
    const std::size_t end = std::min(position > 0 ? position - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;   // count characters, not UTF-8 continuation bytes
        }
    }
    diagnostic.line = line;
    diagnostic.column = column;
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

JsonParseResult parseJsonDocument(std::string_view text)
{
    JsonParseResult result;
    if (isBlank(text)) {
        result.error = Diagnostic::of("", text::message(MP_TR("loader", "the file is empty; a plan is a JSON object")));
        return result;
    }
    if (text.size() > limits::kMaxFileBytes) {
        result.error = Diagnostic::of("", text::message(MP_TR("loader", "the file is larger than %1 MiB, the most MixPlanner reads"),
                                                        {text::Arg::plain(std::to_string(limits::kMaxFileBytes / (1024 * 1024)))}));
        return result;
    }

    // nlohmann reads a NUL byte as the end of the input, so a plan followed
    // by a NUL and anything at all would pass. No JSON text holds one.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        result.error = Diagnostic::of("", text::message(MP_TR("loader", "not valid JSON: a NUL byte (binary "
                                                                        "data) where text was expected")));
        setLineAndColumn(*result.error, text, nul + 1);
        return result;
    }

    TrackingSaxBuilder builder;
    bool ok = false;
    try {
        ok = Json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const std::exception &ex) {
        // The SAX parser reports errors through parse_error(); this only
        // catches allocation failures and similar, which must not escape.
        builder.error = Diagnostic::of("", text::message(MP_TR("loader", "could not read the document: %1"),
                                                         {text::Arg::plain(ex.what())}));
    }
    if (ok && !builder.error) {
        result.value = std::move(builder.root);
        return result;
    }
    if (!builder.error)
        builder.error = Diagnostic::of("", text::message(MP_TR("loader", "not valid JSON")));
    if (builder.errorPosition > 0)
        setLineAndColumn(*builder.error, text, builder.errorPosition);
    result.error = std::move(builder.error);
    return result;
}

std::string describeJsonValue(const Json &value)
{
    constexpr std::size_t kMaxShown = 40;
    std::string shown;
    if (value.is_object())
        shown = "an object";
    else if (value.is_array())
        shown = "a list";
    else
        shown = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (shown.size() > kMaxShown) {
        std::size_t cut = kMaxShown;
        while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80)
            --cut;   // do not split a UTF-8 sequence
        shown = shown.substr(0, cut) + "...";
    }
    return shown;
}

} // namespace mixplanner::core
