#include "core/catalogue/catalogue.h"

#include "core/io/jsondocument.h"
#include "core/io/objectreader.h"
#include "core/resources/embeddedresource.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>

namespace mixplanner::core {

namespace {

template<typename Item>
const Item *findById(const std::vector<Item> &items, std::string_view id)
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [id](const Item &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

// Reads one catalogue file: {"format": ..., "version": 1, "<listKey>": [...]}.
template<typename Item>
std::vector<Item> readCatalogueFile(std::string_view text, std::string_view format,
                                    std::string_view listKey,
                                    const std::function<Item(ObjectReader &)> &readItem,
                                    Diagnostics &errors)
{
    std::vector<Item> items;
    JsonParseResult parsed = parseJsonDocument(text);
    if (parsed.error) {
        errors.push_back(*parsed.error);
        return items;
    }
    const Json &root = *parsed.value;
    if (!expectObject(root, "", MP_TR("loader", "a catalogue"), errors))
        return items;
    ObjectReader reader(root, "", errors);
    const std::string actualFormat = reader.text("format", Presence::Required);
    if (!actualFormat.empty() && actualFormat != format) {
        reader.error("/format", "must be \"" + std::string(format) + "\", got \"" + actualFormat + "\"");
        return items;
    }
    reader.wholeNumber("version", Presence::Required, 1, 1, 1, MP_TR("loader", "catalogue version 1"));
    reader.text("about", Presence::Optional);
    const Json *list = reader.list(listKey, Presence::Required, 1000);
    if (!list)
        return items;
    std::set<std::string> seen;
    const std::string base = "/" + std::string(listKey);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string pointer = base + "/" + std::to_string(i);
        if (!expectObject((*list)[i], pointer, MP_TR("loader", "an entry"), errors))
            continue;
        ObjectReader itemReader((*list)[i], pointer, errors);
        Item item = readItem(itemReader);
        if (!item.id.empty() && !seen.insert(item.id).second)
            errors.push_back(Diagnostic{pointer + "/id", "duplicate id \"" + item.id + "\"", 0, 0});
        for (const UnknownField &field : itemReader.unknownFields())
            errors.push_back(Diagnostic{itemReader.pointerOf(field.key),
                                        "is not a catalogue field; check its spelling", 0, 0});
        items.push_back(std::move(item));
    }
    return items;
}

std::optional<SocialGraph> parseGraph(const std::string &id)
{
    if (id == "social") return SocialGraph::Social;
    if (id == "interest") return SocialGraph::Interest;
    if (id == "search") return SocialGraph::Search;
    if (id == "mixed") return SocialGraph::Mixed;
    return std::nullopt;
}

constexpr text::Source kShare = MP_TR("loader", "a share between 0 and 1");

} // namespace

std::string_view socialGraphId(SocialGraph graph)
{
    switch (graph) {
    case SocialGraph::Social: return "social";
    case SocialGraph::Interest: return "interest";
    case SocialGraph::Search: return "search";
    case SocialGraph::Mixed: break;
    }
    return "mixed";
}

const PlatformInfo *Catalogue::platform(std::string_view id) const { return findById(platforms, id); }
const ActivityTypeInfo *Catalogue::activityType(std::string_view id) const { return findById(activityTypes, id); }
const PurposeInfo *Catalogue::purpose(std::string_view id) const { return findById(purposes, id); }

CatalogueLoadResult loadCatalogue(std::string_view platformsJson,
                                  std::string_view activityTypesJson,
                                  std::string_view purposesJson)
{
    CatalogueLoadResult result;
    Catalogue catalogue;

    catalogue.platforms = readCatalogueFile<PlatformInfo>(
        platformsJson, "mixplanner.platforms", "platforms",
        [](ObjectReader &r) {
            PlatformInfo info;
            info.id = r.identifier("id", Presence::Required);
            info.name = r.text("name", Presence::Required);
            const std::string graph = r.text("graph", Presence::Required);
            if (const auto parsed = parseGraph(graph))
                info.graph = *parsed;
            else if (!graph.empty())
                r.error(r.pointerOf("graph"), "must be social, interest, search or mixed, got \"" + graph + "\"");
            info.accountFit = r.number("accountFit", Presence::Required, 0.5, 0, 1, kShare);
            info.contentFit = r.number("contentFit", Presence::Required, 0.5, 0, 1, kShare);
            info.reason = r.text("reason", Presence::Required);
            return info;
        },
        result.errors);
    if (!result.errors.empty()) {
        result.failedFile = "catalogue/platforms.json";
        return result;
    }

    catalogue.activityTypes = readCatalogueFile<ActivityTypeInfo>(
        activityTypesJson, "mixplanner.activity-types", "activityTypes",
        [](ObjectReader &r) {
            ActivityTypeInfo info;
            info.id = r.identifier("id", Presence::Required);
            info.name = r.text("name", Presence::Required);
            info.defaultAccountShare = r.number("defaultAccountShare", Presence::Required, 0.5, 0, 1, kShare);
            info.reason = r.text("reason", Presence::Required);
            info.involvesCreators = r.boolean("involvesCreators", Presence::Optional, false);
            return info;
        },
        result.errors);
    if (!result.errors.empty()) {
        result.failedFile = "catalogue/activity-types.json";
        return result;
    }

    catalogue.purposes = readCatalogueFile<PurposeInfo>(
        purposesJson, "mixplanner.purposes", "purposes",
        [&errors = result.errors](ObjectReader &r) {
            PurposeInfo info;
            info.id = r.identifier("id", Presence::Required);
            info.name = r.text("name", Presence::Required);
            info.suitability = r.number("suitability", Presence::Required, 1, 0, 1, kShare);
            info.neutralAccountShare = r.number("neutralAccountShare", Presence::Required, 0.5, 0, 1, kShare);
            info.brandSensitivity = r.number("brandSensitivity", Presence::Required, 0.5, 0, 1, kShare);
            info.reason = r.text("reason", Presence::Required);
            if (const Json *weights = r.object("valueWeights", Presence::Required)) {
                ObjectReader w(*weights, r.pointerOf("valueWeights"), errors);
                constexpr text::Source kWeight = MP_TR("loader", "a weight between 0 and 10");
                info.reachValue = w.number("reach", Presence::Required, 1, 0, 10, kWeight);
                info.engagementValue = w.number("engagement", Presence::Required, 1, 0, 10, kWeight);
                info.followerValue = w.number("followers", Presence::Required, 1, 0, 10, kWeight);
                for (const UnknownField &field : w.unknownFields())
                    w.error(w.pointerOf(field.key), "is not a value weight; use reach, engagement and followers");
            }
            return info;
        },
        result.errors);
    if (!result.errors.empty()) {
        result.failedFile = "catalogue/purposes.json";
        return result;
    }

    // A plan falls back to "other" for work it cannot classify, so the
    // catalogue must offer it.
    if (!catalogue.platform("other") || !catalogue.activityType("other")) {
        result.failedFile = catalogue.platform("other") ? "catalogue/activity-types.json"
                                                        : "catalogue/platforms.json";
        result.errors.push_back(Diagnostic{"", "the catalogue must contain an entry with id \"other\"", 0, 0});
        return result;
    }
    result.catalogue = std::move(catalogue);
    return result;
}

const Catalogue &Catalogue::builtin()
{
    static const Catalogue catalogue = [] {
        const auto text = [](std::string_view name) {
            return embeddedResource(name).value_or(std::string_view());
        };
        CatalogueLoadResult loaded = loadCatalogue(text("catalogue/platforms.json"),
                                                   text("catalogue/activity-types.json"),
                                                   text("catalogue/purposes.json"));
        if (!loaded.catalogue) {
            std::fprintf(stderr, "mixplanner: the built-in catalogue %s is broken: %s\n",
                         loaded.failedFile.c_str(),
                         loaded.errors.empty() ? "" : loaded.errors.front().text().c_str());
            std::abort();
        }
        return std::move(*loaded.catalogue);
    }();
    return catalogue;
}

} // namespace mixplanner::core
