#include "core/importing/activityimport.h"

#include "core/text/utf8.h"

#include "core/io/jsonlimits.h"
#include "core/io/planjson.h"
#include "core/model/planlimits.h"
#include "core/model/planschema.h"
#include "core/model/planvalidation.h"
#include "core/report/reportwriters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <unordered_map>

namespace mixplanner::core {

namespace {

using text::Arg;

std::string trim(std::string_view text)
{
    const auto space = [](std::string_view s, std::size_t at) {
        if (s[at] == ' ' || s[at] == '\t' || s[at] == '\r' || s[at] == '\n')
            return std::size_t(1);
        // U+3000, the ideographic space Japanese spreadsheets pad with.
        return s.substr(at, 3) == "\xE3\x80\x80" ? std::size_t(3) : std::size_t(0);
    };
    std::size_t begin = 0;
    while (begin < text.size() && space(text, begin) > 0)
        begin += space(text, begin);
    std::size_t end = text.size();
    while (end > begin) {
        if (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' || text[end - 1] == '\n')
            --end;
        else if (end - begin >= 3 && text.substr(end - 3, 3) == "\xE3\x80\x80")
            end -= 3;
        else
            break;
    }
    return std::string(text.substr(begin, end - begin));
}

std::string lower(std::string text)
{
    for (char &c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Our CSV export puts an apostrophe before text a spreadsheet would run as a
// formula; reading it back takes the apostrophe away again.
std::string unneutralised(std::string text)
{
    if (text.size() >= 2 && text[0] == '\''
        && (text[1] == '=' || text[1] == '+' || text[1] == '-' || text[1] == '@' || text[1] == '\t'))
        text.erase(0, 1);
    return text;
}

std::vector<std::string> splitList(const std::string &cell, bool commasToo)
{
    std::vector<std::string> items;
    std::string item;
    for (const char c : cell) {
        if (c == ';' || (commasToo && c == ',')) {
            if (auto t = trim(item); !t.empty())
                items.push_back(unneutralised(std::move(t)));
            item.clear();
        } else {
            item += c;
        }
    }
    if (auto t = trim(item); !t.empty())
        items.push_back(unneutralised(std::move(t)));
    return items;
}

// "¥1,200,000", "1.234,50 €", "25%": the number, or nothing. A comma is a
// decimal separator only where no point is and the file uses ";" between
// cells (as spreadsheets in comma-decimal locales write CSV).
std::optional<double> parseNumber(std::string text, char delimiter)
{
    for (const char *remove : {"\xC2\xA5", "\xEF\xBF\xA5", "\xE5\x86\x86", "\xE2\x82\xAC", "\xC2\xA3", "$", "%", " ",
                               "\xC2\xA0"})
        for (std::size_t at; (at = text.find(remove)) != std::string::npos;)
            text.erase(at, std::char_traits<char>::length(remove));
    const std::size_t lastComma = text.rfind(',');
    const std::size_t lastPoint = text.rfind('.');
    char decimalMark = '.';
    if (lastComma != std::string::npos && (lastPoint == std::string::npos ? delimiter == ';' : lastComma > lastPoint))
        decimalMark = ',';
    std::string plain;
    for (const char c : text) {
        if (c == decimalMark)
            plain += '.';
        else if (c != ',' && c != '.')
            plain += c;
    }
    if (plain.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (error != std::errc() || end != plain.data() + plain.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// The import column of an activity field: the one whose CSV id is its key.
ImportField importFieldOf(const schema::Field &field)
{
    for (const ImportFieldInfo &info : importFields())
        if (std::string_view(info.csvColumnId) == field.key)
            return info.field;
    return ImportField::Name;
}

class RowReader {
public:
    RowReader(const CsvTable &table, const ColumnMapping &mapping, const Plan &plan, const Catalogue &catalogue,
              const text::Language &language)
        : m_table(table), m_mapping(mapping), m_catalogue(catalogue), m_ids(catalogue, &plan)
    {
        byNameOrId(m_channels, plan.channels);
        byNameOrId(m_phases, plan.phases);
        byNameOrId(m_clusters, plan.clusters);
        for (const ActivityTypeInfo &type : catalogue.activityTypes) {
            m_types.emplace(lower(type.id), type.id);
            m_types.emplace(lower(type.name), type.id);
            m_types.emplace(lower(language.term("catalogue", type.name)), type.id);
        }
        for (const Activity &activity : plan.activities)
            m_usedIds.insert(activity.id);
        for (const char *yes : {"yes", "y", "true", "1", "x", "\xE3\x81\xAF\xE3\x81\x84", "\xE3\x81\x82\xE3\x82\x8A"})
            m_flags.emplace(yes, true);   // はい, あり
        for (const char *no : {"no", "n", "false", "0", "", "\xE3\x81\x84\xE3\x81\x84\xE3\x81\x88", "\xE3\x81\xAA\xE3\x81\x97"})
            m_flags.emplace(no, false);   // いいえ, なし
        m_flags.emplace(lower(language.words(csvYes())), true);
        m_flags.emplace(lower(language.words(csvNo())), false);
    }

    // The activity of spreadsheet row `index`, or nothing when a cell is wrong.
    std::optional<Activity> read(std::size_t index, std::vector<ImportProblem> &problems)
    {
        m_row = static_cast<int>(index) + 2;   // the header is row 1
        m_cells = &m_table.rows[index];
        m_problems = &problems;
        m_failed = false;

        Activity activity;
        activity.name = unneutralised(cell(ImportField::Name));
        if (activity.name.empty())
            problem(ImportField::Name, text::message(MP_TR("import", "the activity has no name")));
        activity.channel = lookup(ImportField::Channel, m_channels,
                                  MP_TR("import", "there is no channel '%1' in this plan"));
        activity.type = "other";
        if (mapped(ImportField::Type) && !cell(ImportField::Type).empty())
            activity.type = lookup(ImportField::Type, m_types, MP_TR("import", "'%1' is not an activity type"));
        const ActivityTypeInfo *type = m_catalogue.activityType(activity.type);
        activity.accountShare = type ? type->defaultAccountShare : 0.5;
        // The share is typed as a percentage in spreadsheets, as in the editor.
        const schema::Field &share = schema::field(schema::FieldId::ActivityAccountShare);
        if (const auto percent = number(ImportField::AccountShare, share.min * 100, share.max * 100))
            activity.accountShare = *percent / 100.0;
        const schema::Field &budget = schema::field(schema::FieldId::ActivityBudget);
        const schema::Field &hours = schema::field(schema::FieldId::ActivityHours);
        activity.budget = number(ImportField::Budget, budget.min, budget.max).value_or(0);
        activity.hours = number(ImportField::Hours, hours.min, hours.max).value_or(0);
        activity.phases = references(ImportField::Phases, m_phases, MP_TR("import", "there is no phase '%1' in this plan"));
        activity.clusters = references(ImportField::Clusters, m_clusters,
                                       MP_TR("import", "there is no cluster '%1' in this plan"));
        activity.tags = splitList(cell(ImportField::Tags), true);
        activity.formats = splitList(cell(ImportField::Formats), true);
        activity.influencer = flag(ImportField::Influencer);
        activity.paidSupport = flag(ImportField::PaidSupport);
        activity.notes = unneutralised(cell(ImportField::Notes));
        if (m_failed)
            return std::nullopt;
        activity.id = freeId(trim(cell(ImportField::Id)));
        // What the cells made must also be what a plan file may hold (a list
        // too long, a name of spaces), so an import never makes a plan that
        // would not load again.
        for (const schema::Field &field : schema::fieldsOf(schema::Owner::Activity))
            if (const Problem found = checkValue(field, schema::viewOf(activity, field), m_ids))
                problem(importFieldOf(field), found.message);
        if (m_failed)
            return std::nullopt;
        return activity;
    }

private:
    // Cells name plan items by name (as our export writes them) or by id.
    template<typename Items>
    static void byNameOrId(std::unordered_map<std::string, std::string> &index, const Items &items)
    {
        for (const auto &item : items) {
            index.emplace(lower(item.name), item.id);
            index.emplace(lower(item.id), item.id);
        }
    }

    bool mapped(ImportField field) const
    {
        const int column = m_mapping[field];
        return column >= 0 && static_cast<std::size_t>(column) < m_table.header.size();
    }

    std::string cell(ImportField field) const
    {
        return mapped(field) ? trim((*m_cells)[static_cast<std::size_t>(m_mapping[field])]) : std::string();
    }

    void problem(ImportField field, text::Message message)
    {
        m_failed = true;
        text::shortenQuotes(message);   // a cell may hold megabytes
        m_problems->push_back({m_row, mapped(field) ? m_table.header[static_cast<std::size_t>(m_mapping[field])] : "",
                               std::move(message)});
    }

    std::string lookup(ImportField field, const std::unordered_map<std::string, std::string> &known,
                       text::Source unknown)
    {
        const std::string value = unneutralised(cell(field));
        const auto found = known.find(lower(value));
        if (found != known.end())
            return found->second;
        problem(field, value.empty() ? text::message(MP_TR("import", "the cell is empty"))
                                     : text::message(unknown, {Arg::plain(value)}));
        return {};
    }

    std::vector<std::string> references(ImportField field, const std::unordered_map<std::string, std::string> &known,
                                        text::Source unknown)
    {
        std::vector<std::string> ids;
        for (const std::string &name : splitList(cell(field), false)) {
            const auto found = known.find(lower(name));
            if (found == known.end())
                problem(field, text::message(unknown, {Arg::plain(name)}));
            else if (std::find(ids.begin(), ids.end(), found->second) == ids.end())
                ids.push_back(found->second);
        }
        return ids;
    }

    std::optional<double> number(ImportField field, double min, double max)
    {
        const std::string value = cell(field);
        if (value.empty())
            return std::nullopt;
        const auto parsed = parseNumber(value, m_table.delimiter);
        if (!parsed) {
            problem(field, text::message(MP_TR("import", "'%1' is not a number"), {Arg::plain(value)}));
            return std::nullopt;
        }
        if (*parsed < min || *parsed > max) {
            problem(field, text::message(MP_TR("import", "%1 is outside %2 to %3"),
                                         {Arg::plain(value), Arg::count(min), Arg::count(max)}));
            return std::nullopt;
        }
        return parsed;
    }

    bool flag(ImportField field)
    {
        const std::string value = lower(cell(field));
        const auto found = m_flags.find(value);
        if (found != m_flags.end())
            return found->second;
        problem(field, text::message(MP_TR("import", "'%1' is neither yes nor no"), {Arg::plain(cell(field))}));
        return false;
    }

    std::string freeId(const std::string &wanted)
    {
        if (!wanted.empty() && wanted.size() <= limits::kMaxIdBytes && m_usedIds.insert(wanted).second)
            return wanted;
        std::string id;
        do
            id = "act-import-" + std::to_string(++m_nextId);
        while (!m_usedIds.insert(id).second);
        return id;
    }

    const CsvTable &m_table;
    const ColumnMapping &m_mapping;
    const Catalogue &m_catalogue;
    const KnownIds m_ids;
    std::unordered_map<std::string, std::string> m_channels, m_phases, m_clusters, m_types;
    std::unordered_map<std::string, bool> m_flags;
    std::set<std::string> m_usedIds;
    int m_nextId = 0;
    int m_row = 0;
    const std::vector<std::string> *m_cells = nullptr;
    std::vector<ImportProblem> *m_problems = nullptr;
    bool m_failed = false;
};

bool matchesPattern(const std::string &header, const std::string &pattern)
{
    const std::size_t placeholder = pattern.find("%1");
    if (placeholder == std::string::npos)
        return lower(header) == lower(pattern);
    const std::string prefix = lower(pattern.substr(0, placeholder));
    const std::string suffix = lower(pattern.substr(placeholder + 2));
    const std::string h = lower(header);
    return h.size() > prefix.size() + suffix.size() && h.compare(0, prefix.size(), prefix) == 0
           && h.compare(h.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

const std::vector<ImportFieldInfo> &importFields()
{
    static const std::vector<ImportFieldInfo> fields = {
        {ImportField::Id, "id", MP_TR("import", "ID"), false},
        {ImportField::Name, "name", MP_TR("import", "Activity name"), true},
        {ImportField::Channel, "channel", MP_TR("import", "Channel"), true},
        {ImportField::Type, "type", MP_TR("import", "Type"), false},
        {ImportField::AccountShare, "accountShare", MP_TR("import", "Account share (%)"), false},
        {ImportField::Budget, "budget", MP_TR("import", "Budget"), false},
        {ImportField::Hours, "hours", MP_TR("import", "Hours"), false},
        {ImportField::Phases, "phases", MP_TR("import", "Phases"), false},
        {ImportField::Clusters, "clusters", MP_TR("import", "Clusters"), false},
        {ImportField::Tags, "tags", MP_TR("import", "Tags and keywords"), false},
        {ImportField::Formats, "formats", MP_TR("import", "Formats"), false},
        {ImportField::Influencer, "influencer", MP_TR("import", "Influencer"), false},
        {ImportField::PaidSupport, "paidSupport", MP_TR("import", "Paid support"), false},
        {ImportField::Notes, "notes", MP_TR("import", "Notes"), false},
    };
    return fields;
}

ColumnMapping guessMapping(const std::vector<std::string> &header, const text::Language &language)
{
    // Titles other spreadsheets use, lower case, English and Japanese.
    static const std::vector<std::pair<ImportField, std::vector<std::string>>> synonyms = {
        {ImportField::Name, {"name", "activity", "activity name", "title", "\xE6\x96\xBD\xE7\xAD\x96", "\xE6\x96\xBD\xE7\xAD\x96\xE5\x90\x8D"}},
        {ImportField::Channel, {"channel", "account", "\xE3\x83\x81\xE3\x83\xA3\xE3\x83\x8D\xE3\x83\xAB"}},
        {ImportField::Type, {"type", "activity type", "kind", "\xE7\xA8\xAE\xE9\xA1\x9E"}},
        {ImportField::AccountShare, {"account share", "account %", "account-driven share"}},
        {ImportField::Budget, {"budget", "spend", "\xE4\xBA\x88\xE7\xAE\x97"}},
        {ImportField::Hours, {"hours", "time", "effort", "\xE5\xB7\xA5\xE6\x95\xB0"}},
        {ImportField::Phases, {"phase", "phases", "\xE3\x83\x95\xE3\x82\xA7\xE3\x83\xBC\xE3\x82\xBA"}},
        {ImportField::Clusters, {"cluster", "clusters", "audience", "\xE3\x82\xAF\xE3\x83\xA9\xE3\x82\xB9\xE3\x82\xBF\xE3\x83\xBC"}},
        {ImportField::Tags, {"tags", "hashtags", "keywords", "tags and keywords", "\xE3\x82\xBF\xE3\x82\xB0"}},
        {ImportField::Formats, {"format", "formats"}},
        {ImportField::Influencer, {"influencer"}},
        {ImportField::PaidSupport, {"paid support", "paid", "ads"}},
        {ImportField::Notes, {"notes", "note", "comment", "comments", "memo", "\xE3\x83\xA1\xE3\x83\xA2", "\xE5\x82\x99\xE8\x80\x83"}},
        {ImportField::Id, {"id"}},
    };
    ColumnMapping mapping;
    std::vector<bool> taken(header.size(), false);
    const auto assign = [&](ImportField field, const auto &matches) {
        if (mapping[field] >= 0)
            return;
        for (std::size_t c = 0; c < header.size(); ++c) {
            if (!taken[c] && matches(trim(header[c]))) {
                mapping[field] = static_cast<int>(c);
                taken[c] = true;
                return;
            }
        }
    };
    // First the titles our own export writes, in English and in the language.
    for (const CsvColumn &column : csvColumns()) {
        for (const ImportFieldInfo &info : importFields()) {
            if (std::string_view(info.csvColumnId) != column.id)
                continue;
            assign(info.field, [&](const std::string &title) {
                return matchesPattern(title, column.title.text)
                       || matchesPattern(title, language.words(column.title));
            });
        }
    }
    // Then the words other spreadsheets use, and the labels of the fields.
    for (const auto &synonym : synonyms) {
        // A named reference: clang 14 cannot capture a structured binding.
        const auto &words = synonym.second;
        assign(synonym.first, [&](const std::string &title) {
            const std::string t = lower(title);
            return std::find(words.begin(), words.end(), t) != words.end();
        });
    }
    for (const ImportFieldInfo &info : importFields())
        assign(info.field, [&](const std::string &title) {
            return lower(title) == lower(info.label.text) || lower(title) == lower(language.words(info.label));
        });
    return mapping;
}

ActivityImport importActivities(const CsvTable &table, const ColumnMapping &mapping, const Plan &plan,
                                const Catalogue &catalogue, const text::Language &language)
{
    ActivityImport result;
    for (const ImportFieldInfo &info : importFields()) {
        if (info.required && (mapping[info.field] < 0 || static_cast<std::size_t>(mapping[info.field]) >= table.header.size())) {
            result.mappingComplete = false;
            result.problems.push_back({1, "", text::message(MP_TR("import", "no column is chosen for %1"),
                                                            {Arg::term(info.label.context, info.label.text)})});
        }
    }
    if (!result.mappingComplete)
        return result;

    RowReader reader(table, mapping, plan, catalogue, language);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        ++result.rowsRead;
        if (auto activity = reader.read(r, result.problems)) {
            result.activities.push_back(std::move(*activity));
            result.rows.push_back(static_cast<int>(r) + 2);
        }
    }

    // The same rules as opening a file: the plan with the new activities is
    // saved and read back, and any row the loader refuses is left out.
    Plan candidate = plan;
    candidate.activities.insert(candidate.activities.end(), result.activities.begin(), result.activities.end());
    const auto check = readPlan(writePlan(candidate), catalogue);
    std::set<std::size_t> refused;
    const std::string prefix = "/activities/";
    for (const Diagnostic &problem : check.errors) {
        if (problem.pointer.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::size_t index = std::strtoul(problem.pointer.c_str() + prefix.size(), nullptr, 10);
        if (index < plan.activities.size() || index >= candidate.activities.size())
            continue;
        const std::size_t imported = index - plan.activities.size();
        refused.insert(imported);
        result.problems.push_back({result.rows[imported], "",
                                   problem.what.empty()
                                       ? text::Message{text::Source{"", "%1"}, {Arg::plain(problem.message)}}
                                       : problem.what});
    }
    for (auto it = refused.rbegin(); it != refused.rend(); ++it) {
        result.activities.erase(result.activities.begin() + static_cast<std::ptrdiff_t>(*it));
        result.rows.erase(result.rows.begin() + static_cast<std::ptrdiff_t>(*it));
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    return result;
}

} // namespace mixplanner::core
