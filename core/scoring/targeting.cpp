#include "core/scoring/targeting.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace mixplanner::core {

namespace {

// Lower-case ASCII words people type for "not decided yet".
constexpr std::array kPlaceholders = {
    std::string_view("tbd"), std::string_view("tba"), std::string_view("tbc"),  std::string_view("todo"),
    std::string_view("n/a"), std::string_view("na"),  std::string_view("none"), std::string_view("null"),
    std::string_view("xxx"), std::string_view("xx"),  std::string_view("test"), std::string_view("placeholder"),
    std::string_view("etc"), std::string_view("asdf"), std::string_view("qwerty"),
};

} // namespace

bool isInformativeLabel(std::string_view label)
{
    // Spaces and the marks that only decorate a tag do not count. What is
    // left is kept only as far as the longest placeholder: every tag of
    // every activity passes here on each score, so no allocation and no
    // locale calls (ASCII is all that is compared).
    constexpr std::size_t kLongest = 11;   // "placeholder"
    std::array<char, kLongest + 1> kept{};
    std::size_t length = 0;
    bool nonAscii = false;
    bool oneCharacter = true;
    char first = 0;
    for (const char c : label) {
        const auto byte = static_cast<unsigned char>(c);
        char lower = 0;
        if (byte >= 0x80) {
            nonAscii = true;
            lower = c;
        } else if ((byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z')) {
            lower = c;
        } else if (byte >= 'A' && byte <= 'Z') {
            lower = static_cast<char>(byte - 'A' + 'a');
        } else if (c == '/' && length > 0) {
            lower = c;   // "n/a"
        } else {
            continue;
        }
        if (length == 0)
            first = lower;
        else if (lower != first)
            oneCharacter = false;
        if (length < kept.size())
            kept[length] = lower;
        ++length;
    }
    if (length == 0)
        return false;
    if (nonAscii)
        return true;
    // A single letter, or "aaaa" and "1111": one character repeated says nothing.
    if (length < 2 || oneCharacter)
        return false;
    if (length > kLongest)
        return true;
    const std::string_view core(kept.data(), length);
    return std::find(kPlaceholders.begin(), kPlaceholders.end(), core) == kPlaceholders.end();
}

bool anyInformativeLabel(const std::vector<std::string> &labels)
{
    return std::any_of(labels.begin(), labels.end(), [](const std::string &label) { return isInformativeLabel(label); });
}

} // namespace mixplanner::core
