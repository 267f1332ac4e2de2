// Reading and writing the plan format (docs/file-format.md): every member of
// every object with its range and message, the cross-checks (ids, phase order,
// references), and the canonical writer. It is long because it lists every
// field twice, once to read and once to write; the field table of issue 16
// (core/model/planschema) is to drive both from one list.
#include "core/io/planjson.h"

#include "core/io/jsondocument.h"
#include "core/io/jsonlimits.h"
#include "core/io/jsontextwriter.h"
#include "core/io/objectreader.h"
#include "core/model/idindex.h"
#include "core/model/planlimits.h"

#include <algorithm>
#include <cmath>
#include <typeinfo>
#include <map>
#include <unordered_set>

namespace mixplanner::core {

namespace {

using limits::kMaxHours;
using limits::kMaxMoney;
using limits::kMaxPeople;
constexpr std::int64_t kMaxWeek = limits::kMaxWeek;

constexpr text::Source kPercent = MP_TR("loader", "a percentage between 0 and 100");
constexpr text::Source kShare = MP_TR("loader", "a share between 0 and 1");
constexpr text::Source kMoney = MP_TR("loader", "a non-negative amount of money");
constexpr text::Source kPeople = MP_TR("loader", "a non-negative whole number of people");

std::string listIds(const auto &items)
{
    std::string result;
    for (const auto &item : items) {
        if (!result.empty())
            result += ", ";
        result += item.id;
    }
    return result;
}

text::Message oneOf(const std::string &allowed, const std::string &got)
{
    return text::message(MP_TR("loader", "must be one of %1, got \"%2\""),
                         {text::Arg::plain(allowed), text::Arg::plain(got)});
}

class PlanReader
{
public:
    PlanReader(const Catalogue &catalogue, Diagnostics &errors)
        : m_catalogue(catalogue)
        , m_errors(errors)
    {
    }

    Plan read(const Json &root)
    {
        Plan plan;
        ObjectReader r(root, "", m_errors);
        r.text("format", Presence::Required);   // checked before, read here so it is not "unknown"
        r.wholeNumber("version", Presence::Required, kPlanFormatVersion, 1, kPlanFormatVersion, MP_TR("loader", "1"));
        plan.title = r.text("title", Presence::Optional);
        plan.owner = r.text("owner", Presence::Optional);
        plan.currency = readCurrency(r);
        plan.hourlyRate = r.number("hourlyRate", Presence::Optional, 0, 0, kMaxMoney, kMoney);
        plan.notes = r.text("notes", Presence::Optional);
        if (const Json *brand = r.object("brand", Presence::Optional))
            plan.brand = readBrand(*brand, r.pointerOf("brand"));
        if (const Json *purpose = r.object("purpose", Presence::Required))
            plan.purpose = readPurpose(*purpose, r.pointerOf("purpose"));
        readItems(r, "channels", limits::kMaxChannels, plan.channels, &PlanReader::readChannel);
        readItems(r, "clusters", limits::kMaxClusters, plan.clusters, &PlanReader::readCluster);
        readItems(r, "phases", limits::kMaxPhases, plan.phases, &PlanReader::readPhase);
        readItems(r, "activities", limits::kMaxActivities, plan.activities, &PlanReader::readActivity);
        plan.unknown = r.unknownFields();

        checkIds(plan.channels, "/channels");
        checkIds(plan.clusters, "/clusters");
        checkIds(plan.phases, "/phases");
        checkIds(plan.activities, "/activities");
        checkTimeline(plan);
        checkReferences(plan);
        return plan;
    }

private:
    std::string readCurrency(ObjectReader &r)
    {
        std::string currency = r.text("currency", Presence::Optional, "JPY");
        const bool looksLikeCode = currency.size() == 3
                                   && std::all_of(currency.begin(), currency.end(),
                                                  [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!looksLikeCode) {
            r.error(r.pointerOf("currency"),
                    text::message(MP_TR("loader", "must be a three-letter currency code such as JPY or USD, got \"%1\""),
                                  {text::Arg::plain(currency)}));
            return "JPY";
        }
        return currency;
    }

    Brand readBrand(const Json &object, const std::string &pointer)
    {
        Brand brand;
        ObjectReader r(object, pointer, m_errors);
        brand.strengthOverride = r.nullableNumber("strengthOverride", 0, 100, kPercent);
        brand.awareness = r.number("awareness", Presence::Optional, 0, 0, 100, kPercent);
        brand.favorability = r.number("favorability", Presence::Optional, 0, 0, 100, kPercent);
        brand.followers = r.wholeNumber("followers", Presence::Optional, 0, 0, kMaxPeople, kPeople);
        brand.audienceSize = r.wholeNumber("audienceSize", Presence::Optional, 0, 0, kMaxPeople, kPeople);
        brand.engagementRate = r.number("engagementRate", Presence::Optional, 0, 0, 100, kPercent);
        brand.unknown = r.unknownFields();
        return brand;
    }

    Purpose readPurpose(const Json &object, const std::string &pointer)
    {
        Purpose purpose;
        ObjectReader r(object, pointer, m_errors);
        purpose.primary = readPurposeId(r, "primary", Presence::Required);
        purpose.secondary = readPurposeId(r, "secondary", Presence::Optional);
        purpose.secondaryWeight = r.number("secondaryWeight", Presence::Optional, 0, 0, 1, kShare);
        purpose.unknown = r.unknownFields();
        return purpose;
    }

    std::string readPurposeId(ObjectReader &r, std::string_view key, Presence presence)
    {
        // For the secondary purpose, null and "" both mean "none".
        const Json *value = r.rawMember(key);
        if (presence == Presence::Optional && (!value || value->is_null())) {
            r.markRead(key);
            return {};
        }
        const std::string id = r.text(key, presence);
        if (!id.empty() && !m_catalogue.purpose(id))
            r.error(r.pointerOf(key), oneOf(listIds(m_catalogue.purposes), id));
        return id;
    }

    template<typename Item>
    void readItems(ObjectReader &r, std::string_view key, std::size_t maxItems,
                   std::vector<Item> &items,
                   Item (PlanReader::*readItem)(ObjectReader &))
    {
        const Json *list = r.list(key, Presence::Optional, maxItems);
        if (!list)
            return;
        items.reserve(list->size());
        const std::string base = r.pointerOf(key);
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string pointer = base + "/" + std::to_string(i);
            if (!expectObject((*list)[i], pointer, MP_TR("loader", "an entry"), m_errors))
                continue;
            ObjectReader itemReader((*list)[i], pointer, m_errors);
            Item item = (this->*readItem)(itemReader);
            item.unknown = itemReader.unknownFields();
            items.push_back(std::move(item));
            m_pointers[&typeid(Item)].push_back(pointer);
        }
    }

    Channel readChannel(ObjectReader &r)
    {
        Channel channel;
        channel.id = r.identifier("id", Presence::Required);
        channel.platform = r.text("platform", Presence::Required);
        if (!channel.platform.empty() && !m_catalogue.platform(channel.platform))
            r.error(r.pointerOf("platform"), oneOf(listIds(m_catalogue.platforms), channel.platform));
        channel.name = r.text("name", Presence::Optional);
        channel.hasAccount = r.boolean("hasAccount", Presence::Optional, false);
        channel.followers = r.wholeNumber("followers", Presence::Optional, 0, 0, kMaxPeople, kPeople);
        return channel;
    }

    Cluster readCluster(ObjectReader &r)
    {
        Cluster cluster;
        cluster.id = r.identifier("id", Presence::Required);
        cluster.name = r.text("name", Presence::Required);
        cluster.size = r.wholeNumber("size", Presence::Optional, 0, 0, kMaxPeople, kPeople);
        cluster.keywords = r.textList("keywords", Presence::Optional, limits::kMaxListItems);
        return cluster;
    }

    Phase readPhase(ObjectReader &r)
    {
        Phase phase;
        phase.id = r.identifier("id", Presence::Required);
        phase.name = r.text("name", Presence::Required);
        phase.startWeek = static_cast<int>(r.wholeNumber("startWeek", Presence::Required, 1, 1,
                                                         kMaxWeek, MP_TR("loader", "a week number")));
        phase.weeks = static_cast<int>(r.wholeNumber("weeks", Presence::Required, 1, 1, kMaxWeek,
                                                     MP_TR("loader", "a number of weeks")));
        phase.followerMilestone = r.wholeNumber("followerMilestone", Presence::Optional, 0, 0,
                                                kMaxPeople, kPeople);
        return phase;
    }

    Activity readActivity(ObjectReader &r)
    {
        Activity activity;
        activity.id = r.identifier("id", Presence::Required);
        activity.name = r.text("name", Presence::Required);
        activity.channel = r.identifier("channel", Presence::Required);
        activity.type = r.text("type", Presence::Required);
        const ActivityTypeInfo *type = m_catalogue.activityType(activity.type);
        if (!activity.type.empty() && !type)
            r.error(r.pointerOf("type"), oneOf(listIds(m_catalogue.activityTypes), activity.type));
        // A missing share takes the type's default, as the editor does for a new row.
        activity.accountShare = r.number("accountShare", Presence::Optional,
                                         type ? type->defaultAccountShare : 0.5, 0, 1, kShare);
        activity.budget = r.number("budget", Presence::Optional, 0, 0, kMaxMoney, kMoney);
        activity.hours = r.number("hours", Presence::Optional, 0, 0, kMaxHours,
                                  MP_TR("loader", "a non-negative number of hours"));
        activity.phases = r.textList("phases", Presence::Optional, limits::kMaxListItems);
        activity.clusters = r.textList("clusters", Presence::Optional, limits::kMaxListItems);
        activity.tags = r.textList("tags", Presence::Optional, limits::kMaxListItems);
        activity.formats = r.textList("formats", Presence::Optional, limits::kMaxListItems);
        activity.influencer = r.boolean("influencer", Presence::Optional, false);
        activity.paidSupport = r.boolean("paidSupport", Presence::Optional, false);
        activity.notes = r.text("notes", Presence::Optional);
        return activity;
    }

    template<typename Item>
    void checkIds(const std::vector<Item> &items, const std::string &base)
    {
        const auto &pointers = m_pointers[&typeid(Item)];
        std::map<std::string, std::string> firstUse;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty())
                continue;
            const auto [it, inserted] = firstUse.emplace(items[i].id, pointers[i]);
            if (!inserted)
                error(pointers[i] + "/id",
                      text::message(MP_TR("loader", "duplicate id \"%1\"; %2 already uses it, and ids in %3 must be unique"),
                                    {text::Arg::plain(items[i].id), text::Arg::plain(it->second), text::Arg::plain(base)}));
        }
    }

    void checkTimeline(const Plan &plan)
    {
        const auto &pointers = m_pointers[&typeid(Phase)];
        for (std::size_t i = 1; i < plan.phases.size(); ++i) {
            const Phase &previous = plan.phases[i - 1];
            const Phase &phase = plan.phases[i];
            if (phase.startWeek <= previous.endWeek())
                error(pointers[i] + "/startWeek",
                      text::message(MP_TR("loader", "phase \"%1\" starts in week %2, but the phase before it, \"%3\", runs "
                                                    "until week %4; phases must be in order and must not overlap"),
                                    {text::Arg::plain(phase.name), text::Arg::plain(std::to_string(phase.startWeek)),
                                     text::Arg::plain(previous.name), text::Arg::plain(std::to_string(previous.endWeek()))}));
        }
        for (std::size_t i = 0; i < plan.phases.size(); ++i) {
            if (plan.phases[i].endWeek() > kMaxWeek)
                error(pointers[i] + "/weeks",
                      text::message(MP_TR("loader", "phase \"%1\" ends in week %2; a plan may span at most %3 weeks"),
                                    {text::Arg::plain(plan.phases[i].name),
                                     text::Arg::plain(std::to_string(plan.phases[i].endWeek())),
                                     text::Arg::plain(std::to_string(kMaxWeek))}));
        }
    }

    void checkReferences(const Plan &plan)
    {
        const IdIndex channelIds(plan.channels);
        const IdIndex clusterIds(plan.clusters);
        const IdIndex phaseIds(plan.phases);

        // Pointers are written only for a problem: every reference of every
        // activity passes here on a load.
        const auto &pointers = m_pointers[&typeid(Activity)];
        for (std::size_t i = 0; i < plan.activities.size(); ++i) {
            const Activity &activity = plan.activities[i];
            const std::string &pointer = pointers[i];
            if (!activity.channel.empty() && channelIds.find(activity.channel) == IdIndex::kNotFound)
                error(pointer + "/channel",
                      text::message(MP_TR("loader", "refers to channel \"%1\", which is not in /channels"),
                                    {text::Arg::plain(activity.channel)}));
            checkRefList(activity.phases, phaseIds, pointer, "/phases", MP_TR("loader", "phase"));
            checkRefList(activity.clusters, clusterIds, pointer, "/clusters", MP_TR("loader", "cluster"));
        }
    }

    void checkRefList(const std::vector<std::string> &refs, const IdIndex &known, const std::string &itemPointer,
                      const std::string &where, text::Source what)
    {
        const auto pointerOf = [&](std::size_t j) { return itemPointer + where + "/" + std::to_string(j); };
        // Lists are short in practice, and looking back beats building a set
        // for each; a long list (a hand-made file may hold a thousand refs)
        // gets a set, so a hostile file cannot make this quadratic.
        constexpr std::size_t kLookBackUpTo = 16;
        std::unordered_set<std::string_view> seen;
        if (refs.size() > kLookBackUpTo)
            seen.reserve(refs.size());
        for (std::size_t j = 0; j < refs.size(); ++j) {
            const auto before = refs.begin() + static_cast<std::ptrdiff_t>(j);
            const bool twice = refs.size() > kLookBackUpTo ? !seen.insert(refs[j]).second
                                                           : std::find(refs.begin(), before, refs[j]) != before;
            if (known.find(refs[j]) == IdIndex::kNotFound)
                error(pointerOf(j), text::message(MP_TR("loader", "refers to %1 \"%2\", which is not in %3"),
                                                  {text::Arg::term(what.context, what.text),
                                                   text::Arg::plain(refs[j]), text::Arg::plain(where)}));
            else if (twice)
                error(pointerOf(j), text::message(MP_TR("loader", "lists %1 \"%2\" twice"),
                                                  {text::Arg::term(what.context, what.text),
                                                   text::Arg::plain(refs[j])}));
        }
    }

    void error(std::string pointer, text::Message message)
    {
        m_errors.push_back(Diagnostic::of(std::move(pointer), std::move(message)));
    }

    const Catalogue &m_catalogue;
    Diagnostics &m_errors;
    // Pointer of each item read, by item type; items that were not objects are
    // skipped, so indexes in the model and in the file can differ.
    std::map<const std::type_info *, std::vector<std::string>> m_pointers;
};

} // namespace

PlanReadResult readPlan(std::string_view text, const Catalogue &catalogue)
{
    PlanReadResult result;
    JsonParseResult parsed = parseJsonDocument(text);
    if (parsed.error) {
        result.errors.push_back(*parsed.error);
        return result;
    }
    const Json &root = *parsed.value;
    if (!expectObject(root, "", MP_TR("loader", "a MixPlanner plan"), result.errors))
        return result;

    // Format and version decide whether the rest can be read at all.
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != kPlanFormat) {
        result.errors.push_back(Diagnostic::of(
            "/format",
            format == root.end()
                ? text::message(MP_TR("loader", "must be \"%1\"; the member is missing, so this is not a MixPlanner plan"),
                                {text::Arg::plain(std::string(kPlanFormat))})
                : text::message(MP_TR("loader", "must be \"%1\"; got %2, so this is not a MixPlanner plan"),
                                {text::Arg::plain(std::string(kPlanFormat)), text::Arg::plain(describeJsonValue(*format))})));
        return result;
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer()) {
        result.errors.push_back(Diagnostic::of(
            "/version",
            version == root.end()
                ? text::message(MP_TR("loader", "must be the whole number of the plan format version, got nothing"))
                : text::message(MP_TR("loader", "must be the whole number of the plan format version, got %1"),
                                {text::Arg::plain(describeJsonValue(*version))})));
        return result;
    }
    const auto versionNumber = version->get<std::int64_t>();
    if (versionNumber > kPlanFormatVersion) {
        result.errors.push_back(Diagnostic::of(
            "/version",
            text::message(MP_TR("loader", "the file uses plan format version %1, but this MixPlanner reads versions up "
                                          "to %2; open it with a newer MixPlanner so nothing in it is lost"),
                          {text::Arg::plain(std::to_string(versionNumber)),
                           text::Arg::plain(std::to_string(kPlanFormatVersion))})));
        return result;
    }
    if (versionNumber < 1) {
        result.errors.push_back(Diagnostic::of(
            "/version", text::message(MP_TR("loader", "must be 1 or higher, got %1"),
                                      {text::Arg::plain(std::to_string(versionNumber))})));
        return result;
    }
    // Version 1 is the first format; migrations of older versions go here.

    PlanReader reader(catalogue, result.errors);
    Plan plan = reader.read(root);
    if (result.errors.empty())
        result.plan = std::move(plan);
    return result;
}

std::string writePlan(const Plan &plan)
{
    // Written straight as text in the canonical layout (nlohmann's dump(2)),
    // field by field in the order the format documents.
    JsonTextWriter out;
    const auto text = [&out](const char *key, std::string_view value) {
        out.key(key);
        out.value(value);
    };
    const auto amount = [&out](const char *key, double value) {
        out.key(key);
        out.number(value);
    };
    const auto whole = [&out](const char *key, std::int64_t value) {
        out.key(key);
        out.value(value);
    };
    const auto flag = [&out](const char *key, bool value) {
        out.key(key);
        out.value(value);
    };
    const auto list = [&out](const char *key, const std::vector<std::string> &items) {
        out.key(key);
        out.beginArray();
        for (const std::string &item : items)
            out.value(item);
        out.endArray();
    };
    // Fields MixPlanner does not know, after the known ones; a known field of
    // the same name always wins.
    const auto unknown = [&out](const UnknownFields &fields, std::initializer_list<std::string_view> known) {
        for (const UnknownField &field : fields) {
            if (std::find(known.begin(), known.end(), field.key) != known.end())
                continue;
            out.key(field.key);
            out.rawValue(field.json);
        }
    };

    out.beginObject();
    text("format", kPlanFormat);
    whole("version", kPlanFormatVersion);
    text("title", plan.title);
    text("owner", plan.owner);
    text("currency", plan.currency);
    amount("hourlyRate", plan.hourlyRate);
    text("notes", plan.notes);

    out.key("brand");
    out.beginObject();
    out.key("strengthOverride");
    if (plan.brand.strengthOverride)
        out.number(*plan.brand.strengthOverride);
    else
        out.null();
    amount("awareness", plan.brand.awareness);
    amount("favorability", plan.brand.favorability);
    whole("followers", plan.brand.followers);
    whole("audienceSize", plan.brand.audienceSize);
    amount("engagementRate", plan.brand.engagementRate);
    unknown(plan.brand.unknown,
            {"strengthOverride", "awareness", "favorability", "followers", "audienceSize", "engagementRate"});
    out.endObject();

    out.key("purpose");
    out.beginObject();
    text("primary", plan.purpose.primary);
    out.key("secondary");
    if (plan.purpose.secondary.empty())
        out.null();
    else
        out.value(plan.purpose.secondary);
    amount("secondaryWeight", plan.purpose.secondaryWeight);
    unknown(plan.purpose.unknown, {"primary", "secondary", "secondaryWeight"});
    out.endObject();

    out.key("channels");
    out.beginArray();
    for (const Channel &channel : plan.channels) {
        out.beginObject();
        text("id", channel.id);
        text("platform", channel.platform);
        text("name", channel.name);
        flag("hasAccount", channel.hasAccount);
        whole("followers", channel.followers);
        unknown(channel.unknown, {"id", "platform", "name", "hasAccount", "followers"});
        out.endObject();
    }
    out.endArray();

    out.key("clusters");
    out.beginArray();
    for (const Cluster &cluster : plan.clusters) {
        out.beginObject();
        text("id", cluster.id);
        text("name", cluster.name);
        whole("size", cluster.size);
        list("keywords", cluster.keywords);
        unknown(cluster.unknown, {"id", "name", "size", "keywords"});
        out.endObject();
    }
    out.endArray();

    out.key("phases");
    out.beginArray();
    for (const Phase &phase : plan.phases) {
        out.beginObject();
        text("id", phase.id);
        text("name", phase.name);
        whole("startWeek", phase.startWeek);
        whole("weeks", phase.weeks);
        whole("followerMilestone", phase.followerMilestone);
        unknown(phase.unknown, {"id", "name", "startWeek", "weeks", "followerMilestone"});
        out.endObject();
    }
    out.endArray();

    out.key("activities");
    out.beginArray();
    for (const Activity &activity : plan.activities) {
        out.beginObject();
        text("id", activity.id);
        text("name", activity.name);
        text("channel", activity.channel);
        text("type", activity.type);
        amount("accountShare", activity.accountShare);
        amount("budget", activity.budget);
        amount("hours", activity.hours);
        list("phases", activity.phases);
        list("clusters", activity.clusters);
        list("tags", activity.tags);
        list("formats", activity.formats);
        flag("influencer", activity.influencer);
        flag("paidSupport", activity.paidSupport);
        text("notes", activity.notes);
        unknown(activity.unknown, {"id", "name", "channel", "type", "accountShare", "budget", "hours", "phases",
                                   "clusters", "tags", "formats", "influencer", "paidSupport", "notes"});
        out.endObject();
    }
    out.endArray();
    unknown(plan.unknown, {"format", "version", "title", "owner", "currency", "hourlyRate", "notes", "brand",
                           "purpose", "channels", "clusters", "phases", "activities"});
    out.endObject();
    return out.take() + "\n";
}

} // namespace mixplanner::core
