#include "core/resources/embeddedresource.h"

#include <algorithm>

namespace mixplanner::core {

std::optional<std::string_view> embeddedResource(std::string_view name)
{
    for (std::size_t i = 0; i < detail::kEmbeddedResourceCount; ++i) {
        const EmbeddedResource &resource = detail::kEmbeddedResources[i];
        if (name == resource.name)
            return std::string_view(reinterpret_cast<const char *>(resource.bytes), resource.size);
    }
    return std::nullopt;
}

std::vector<std::string> embeddedResourceNames(std::string_view folder)
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < detail::kEmbeddedResourceCount; ++i) {
        const std::string_view name = detail::kEmbeddedResources[i].name;
        if (name.substr(0, folder.size()) == folder)
            names.emplace_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace mixplanner::core
