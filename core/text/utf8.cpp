#include "core/text/utf8.h"

namespace mixplanner::core::text {

bool isValidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c >> 5) == 0x6 && c >= 0xC2)
            extra = 1;
        else if ((c >> 4) == 0xE)
            extra = 2;
        else if ((c >> 3) == 0x1E && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (extra > 0 && i + extra >= text.size())
            return false;
        for (std::size_t k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        // Overlong three- and four-byte forms, surrogates and values past
        // U+10FFFF are not UTF-8 either.
        if (extra == 2) {
            const auto c1 = static_cast<unsigned char>(text[i + 1]);
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))
                return false;
        } else if (extra == 3) {
            const auto c1 = static_cast<unsigned char>(text[i + 1]);
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
                return false;
        }
        i += extra + 1;
    }
    return true;
}

std::string excerpt(std::string_view text, std::size_t maxCharacters)
{
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // A character starts at every byte that is not a UTF-8 continuation byte.
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && characters++ == maxCharacters)
            return std::string(text.substr(0, i)) + "...";
    }
    return std::string(text);
}

void shortenQuotes(Message &message, std::size_t maxCharacters)
{
    for (Arg &arg : message.args) {
        if (arg.kind == Arg::Kind::Text)
            arg.text = excerpt(arg.text, maxCharacters);
        for (Message &inner : arg.phrase)
            shortenQuotes(inner, maxCharacters);
    }
}

} // namespace mixplanner::core::text
