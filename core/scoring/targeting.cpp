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
    // Spaces and the marks that only decorate a tag do not count.
    std::string core;
    bool nonAscii = false;
    for (const char c : label) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80) {
            nonAscii = true;
            core += c;
        } else if (std::isalnum(byte)) {
            core += static_cast<char>(std::tolower(byte));
        } else if (c == '/' && !core.empty()) {
            core += c;   // "n/a"
        }
    }
    if (core.empty())
        return false;
    if (nonAscii)
        return true;
    if (core.size() < 2)
        return false;
    // "aaaa", "1111": one character repeated says nothing either.
    if (std::all_of(core.begin(), core.end(), [&](char c) { return c == core.front(); }))
        return false;
    return std::find(kPlaceholders.begin(), kPlaceholders.end(), std::string_view(core)) == kPlaceholders.end();
}

bool anyInformativeLabel(const std::vector<std::string> &labels)
{
    return std::any_of(labels.begin(), labels.end(), [](const std::string &label) { return isInformativeLabel(label); });
}

} // namespace mixplanner::core
