#include "core/edit/plantemplates.h"

#include "core/io/planjson.h"
#include "core/resources/embeddedresource.h"

namespace mixplanner::core {

namespace {

constexpr std::string_view kEnding = ".mixplan";

// "templates/x.mixplan" -> "templates/x.ja.mixplan"
std::string inLanguage(const std::string &resource, std::string_view language)
{
    return resource.substr(0, resource.size() - kEnding.size()) + "." + std::string(language) + std::string(kEnding);
}

bool isTranslation(const std::string &resource, std::string_view folder)
{
    // A language's copy has a second dot: "templates/x.ja.mixplan".
    return resource.find('.', folder.size()) != resource.size() - kEnding.size();
}

std::string localised(const std::string &resource, std::string_view language)
{
    if (language.empty() || language == "en")
        return resource;
    const std::string local = inLanguage(resource, language);
    return embeddedResource(local) ? local : resource;
}

} // namespace

Plan blankPlan(std::string title)
{
    Plan plan;
    plan.title = std::move(title);
    plan.purpose.primary = "awareness";
    plan.hourlyRate = 5000;
    return plan;
}

std::vector<std::string> templateResources(std::string_view language)
{
    constexpr std::string_view folder = "templates/";
    std::vector<std::string> resources;
    for (const std::string &name : embeddedResourceNames(std::string(folder))) {
        if (name.size() <= folder.size() + kEnding.size() || name.compare(name.size() - kEnding.size(), kEnding.size(), kEnding) != 0
            || isTranslation(name, folder))
            continue;
        resources.push_back(localised(name, language));
    }
    return resources;
}

std::string sampleResource(std::string_view language)
{
    return localised("samples/spring-launch.mixplan", language);
}

std::optional<Plan> bundledPlan(const std::string &resource)
{
    const auto text = embeddedResource(resource);
    if (!text)
        return std::nullopt;
    return readPlan(*text).plan;
}

} // namespace mixplanner::core
