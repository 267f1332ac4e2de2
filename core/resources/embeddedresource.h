#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// Files from resources/ compiled into the program (catalogues, model
// parameters, templates, the sample plan), so the CLI and the app need no
// install step to find them. Names are paths relative to resources/, such as
// "catalogue/purposes.json".
struct EmbeddedResource {
    const char *name;
    const unsigned char *bytes;
    std::size_t size;
};

std::optional<std::string_view> embeddedResource(std::string_view name);
// Names of the embedded resources under a folder ("templates/"), sorted.
std::vector<std::string> embeddedResourceNames(std::string_view folder);

namespace detail {
extern const EmbeddedResource kEmbeddedResources[];
extern const std::size_t kEmbeddedResourceCount;
} // namespace detail

} // namespace mixplanner::core
