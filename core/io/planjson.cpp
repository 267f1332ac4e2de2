// Reading and writing the plan format (docs/file-format.md). The fields, their
// kinds and ranges come from core/model/planschema, and what a value may be
// from core/model/planvalidation (which the editor asks too); here are the
// JSON forms, the envelope (format and version), the checks across rows
// (unique ids, phase order, references) and the canonical writer.
#include "core/io/planjson.h"

#include "core/io/jsondocument.h"
#include "core/io/jsonlimits.h"
#include "core/io/jsontextwriter.h"
#include "core/io/objectreader.h"
#include "core/model/planlimits.h"
#include "core/model/planschema.h"
#include "core/model/planvalidation.h"

#include <map>
#include <typeinfo>

namespace mixplanner::core {

namespace {

using schema::Field;
using schema::FieldValue;
using schema::Kind;

// Where a problem is: the field of the object at `objectPointer`, and the
// list entry when it is about one.
std::string problemPointer(const std::string &objectPointer, const Field &field, const Problem &problem)
{
    std::string pointer = objectPointer + "/" + escapePointerToken(field.key);
    if (problem.item != Problem::kWholeValue)
        pointer += "/" + std::to_string(problem.item);
    return pointer;
}

void report(ObjectReader &r, const Field &field, const Problem &problem)
{
    r.error(problemPointer(r.pointer(), field, problem), problem.message);
}

// The JSON form of a field's value, or nothing (with a diagnostic) when the
// member has the wrong JSON type. Ranges and choices are checked after, by
// checkValue(), in the same words the editor uses.
std::optional<FieldValue> readValue(ObjectReader &r, const Field &field)
{
    const Json *json = r.member(field.key, field.presence);
    if (!json)
        return std::nullopt;
    if (field.nullable && json->is_null())
        return FieldValue{};
    const auto wrong = [&] {
        text::Message expected = text::message(field.expectation);
        if (field.nullable)
            expected = text::message(MP_TR("loader", "%1 or null"),
                                     {text::Arg::term(field.expectation.context, field.expectation.text)});
        r.wrongType(field.key, std::move(expected), *json);
        return std::nullopt;
    };
    switch (field.kind) {
    case Kind::Text: case Kind::Identifier: case Kind::Currency: case Kind::Date: case Kind::Choice:
        if (!json->is_string())
            return wrong();
        return FieldValue(json->get<std::string>());
    case Kind::Number:
        if (!json->is_number())
            return wrong();
        return FieldValue(json->get<double>());
    case Kind::WholeNumber:
        if (!json->is_number())
            return wrong();
        if (json->is_number_unsigned()) {
            const auto number = json->get<std::uint64_t>();
            if (number > static_cast<std::uint64_t>(INT64_MAX))
                return FieldValue(static_cast<double>(number));   // out of every range; checkValue says so
            return FieldValue(static_cast<std::int64_t>(number));
        }
        if (json->is_number_integer())
            return FieldValue(json->get<std::int64_t>());
        return FieldValue(json->get<double>());
    case Kind::Flag:
        if (!json->is_boolean())
            return wrong();
        return FieldValue(json->get<bool>());
    case Kind::TextList: case Kind::References: {
        if (!json->is_array())
            return wrong();
        if (const Problem tooLong = checkListLength(json->size())) {
            report(r, field, tooLong);
            return std::nullopt;
        }
        std::vector<std::string> items;
        items.reserve(json->size());
        bool allText = true;
        for (std::size_t i = 0; i < json->size(); ++i) {
            const Json &item = (*json)[i];
            if (!item.is_string()) {
                // The pointer is written only for a problem: every list of
                // every activity passes here on a load.
                r.error(r.pointerOf(field.key) + "/" + std::to_string(i),
                        text::message(MP_TR("loader", "must be %1, got %2"),
                                      {text::Arg::term("loader", "text"), describeFound(item)}));
                allText = false;
                continue;
            }
            items.push_back(item.get<std::string>());
        }
        if (!allText)
            return std::nullopt;
        return FieldValue(std::move(items));
    }
    }
    return std::nullopt;
}

class PlanReader
{
public:
    PlanReader(const Catalogue &catalogue, Diagnostics &errors)
        : m_catalogue(catalogue)
        , m_catalogueIds(catalogue)
        , m_errors(errors)
    {
    }

    Plan read(const Json &root)
    {
        Plan plan;
        ObjectReader r(root, "", m_errors);
        // Checked before the reader runs; marked read so they are not "unknown".
        r.markRead("format");
        r.markRead("version");
        readFields(r, plan);
        if (const Json *brand = r.object("brand", Presence::Optional))
            readObject(*brand, r.pointerOf("brand"), plan.brand);
        if (const Json *purpose = r.object("purpose", Presence::Required))
            readObject(*purpose, r.pointerOf("purpose"), plan.purpose);
        readItems(r, "channels", limits::kMaxChannels, plan.channels);
        readItems(r, "clusters", limits::kMaxClusters, plan.clusters);
        readItems(r, "phases", limits::kMaxPhases, plan.phases);
        readItems(r, "activities", limits::kMaxActivities, plan.activities);
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
    // Every field of the table for this object; references to the plan's
    // own rows wait for checkReferences(), when all lists are read.
    template<typename Object>
    void readFields(ObjectReader &r, Object &object)
    {
        for (const Field &field : schema::fieldsOf(schema::ownerOf<Object>())) {
            std::optional<FieldValue> value = readValue(r, field);
            if (!value)
                continue;
            if (const Problem problem = checkValue(field, *value, m_catalogueIds)) {
                report(r, field, problem);
                continue;
            }
            schema::setOn(object, field, std::move(*value));
        }
        if constexpr (std::is_same_v<Object, Activity>) {
            // A missing share takes the type's default, as the editor does for a new row.
            if (!r.rawMember("accountShare"))
                if (const ActivityTypeInfo *type = m_catalogue.activityType(object.type))
                    object.accountShare = type->defaultAccountShare;
        }
    }

    template<typename Object>
    void readObject(const Json &json, const std::string &pointer, Object &object)
    {
        ObjectReader r(json, pointer, m_errors);
        readFields(r, object);
        object.unknown = r.unknownFields();
    }

    template<typename Item>
    void readItems(ObjectReader &r, std::string_view key, std::size_t maxItems, std::vector<Item> &items)
    {
        const Json *list = r.list(key, Presence::Optional, maxItems);
        if (!list)
            return;
        items.reserve(list->size());
        const std::string base = r.pointerOf(key);
        auto &pointers = m_pointers[&typeid(Item)];
        for (std::size_t i = 0; i < list->size(); ++i) {
            std::string pointer = base + "/" + std::to_string(i);
            if (!expectObject((*list)[i], pointer, MP_TR("loader", "an entry"), m_errors))
                continue;
            Item item;
            readObject((*list)[i], pointer, item);
            items.push_back(std::move(item));
            pointers.push_back(std::move(pointer));
        }
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

    // Each phase against the one before it: an overlap is reported at the
    // later phase, where the file is to be changed.
    void checkTimeline(const Plan &plan)
    {
        const auto &pointers = m_pointers[&typeid(Phase)];
        const Field &startWeek = schema::field(schema::FieldId::PhaseStartWeek);
        const Field &weeks = schema::field(schema::FieldId::PhaseWeeks);
        for (std::size_t i = 0; i < plan.phases.size(); ++i) {
            const Phase &phase = plan.phases[i];
            if (const Problem problem = checkPhaseWeeks(plan, i, phase.startWeek, phase.weeks, false)) {
                const bool aboutStart = i > 0 && phase.startWeek <= plan.phases[i - 1].endWeek();
                error(pointers[i] + "/" + (aboutStart ? startWeek.key : weeks.key), problem.message);
            }
        }
    }

    // The fields that name the plan's own rows, now that all are read; every
    // wrong entry of a list is named, not only the first.
    void checkReferences(const Plan &plan)
    {
        const KnownIds ids(m_catalogue, &plan);
        const auto &pointers = m_pointers[&typeid(Activity)];
        const Field &channel = schema::field(schema::FieldId::ActivityChannel);
        const Field &phases = schema::field(schema::FieldId::ActivityPhases);
        const Field &clusters = schema::field(schema::FieldId::ActivityClusters);
        for (std::size_t i = 0; i < plan.activities.size(); ++i) {
            const Activity &activity = plan.activities[i];
            if (const Problem problem = checkValue(channel, schema::viewOf(activity, channel), ids))
                error(problemPointer(pointers[i], channel, problem), problem.message);
            for (const Field *list : {&phases, &clusters}) {
                const auto *refs = std::get<const std::vector<std::string> *>(schema::viewOf(activity, *list));
                for (const Problem &problem : referenceProblems(*list, *refs, ids))
                    error(problemPointer(pointers[i], *list, problem), problem.message);
            }
        }
    }

    void error(std::string pointer, text::Message message)
    {
        m_errors.push_back(Diagnostic::of(std::move(pointer), std::move(message)));
    }

    const Catalogue &m_catalogue;
    const KnownIds m_catalogueIds;   // the catalogue's ids; the plan's rows are checked at the end
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

namespace {

void writeValue(JsonTextWriter &out, const Field &field, const schema::FieldView &value)
{
    out.key(field.key);
    std::visit([&out, &field](const auto &held) {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::monostate>) {
            out.null();
        } else if constexpr (std::is_same_v<Held, const std::string *>) {
            if (field.nullable && held->empty())
                out.null();   // no secondary purpose
            else
                out.value(*held);
        } else if constexpr (std::is_same_v<Held, double>) {
            out.number(held);
        } else if constexpr (std::is_same_v<Held, const std::vector<std::string> *>) {
            out.beginArray();
            for (const std::string &item : *held)
                out.value(item);
            out.endArray();
        } else {
            out.value(held);
        }
    }, value);
}

// Fields MixPlanner does not know, after the known ones; a known field of
// the same name always wins.
void writeUnknown(JsonTextWriter &out, schema::Owner owner, const UnknownFields &fields)
{
    for (const UnknownField &field : fields) {
        if (schema::isKnownKey(owner, field.key))
            continue;
        out.key(field.key);
        out.rawValue(field.json);
    }
}

bool isUnset(const schema::FieldView &value)
{
    if (std::holds_alternative<std::monostate>(value))
        return true;
    const auto *text = std::get_if<const std::string *>(&value);
    return text && (*text)->empty();
}

template<typename Object>
void writeFields(JsonTextWriter &out, const Object &object)
{
    for (const Field &field : schema::fieldsOf(schema::ownerOf<Object>())) {
        const schema::FieldView value = schema::viewOf(object, field);
        // A plan that never set a newer field saves back as it was read.
        if (field.omitWhenUnset && isUnset(value))
            continue;
        writeValue(out, field, value);
    }
}

template<typename Object>
void writeObject(JsonTextWriter &out, const Object &object)
{
    out.beginObject();
    writeFields(out, object);
    writeUnknown(out, schema::ownerOf<Object>(), object.unknown);
    out.endObject();
}

template<typename Item>
void writeList(JsonTextWriter &out, const char *key, const std::vector<Item> &items)
{
    out.key(key);
    out.beginArray();
    for (const Item &item : items)
        writeObject(out, item);
    out.endArray();
}

} // namespace

std::string writePlan(const Plan &plan)
{
    // Written straight as text in the canonical layout (nlohmann's dump(2)),
    // in the order of the schema table, which is the order the format documents.
    JsonTextWriter out;
    out.beginObject();
    out.key("format");
    out.value(kPlanFormat);
    out.key("version");
    out.value(kPlanFormatVersion);
    writeFields(out, plan);
    out.key("brand");
    writeObject(out, plan.brand);
    out.key("purpose");
    writeObject(out, plan.purpose);
    writeList(out, "channels", plan.channels);
    writeList(out, "clusters", plan.clusters);
    writeList(out, "phases", plan.phases);
    writeList(out, "activities", plan.activities);
    writeUnknown(out, schema::Owner::Plan, plan.unknown);
    out.endObject();
    return out.take() + "\n";
}

} // namespace mixplanner::core
