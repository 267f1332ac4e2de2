#pragma once

#include "core/catalogue/catalogue.h"
#include "core/importing/csvtable.h"
#include "core/model/plan.h"
#include "core/text/language.h"

#include <array>
#include <string>
#include <vector>

namespace mixplanner::core {

// What an activity column of a spreadsheet can fill in.
enum class ImportField {
    Id, Name, Channel, Type, AccountShare, Budget, Hours, Phases, Clusters, Tags, Formats,
    Influencer, PaidSupport, Notes,
};
inline constexpr std::size_t kImportFieldCount = 14;

struct ImportFieldInfo {
    ImportField field;
    const char *csvColumnId;   // the matching column of our CSV export (csvColumns())
    text::Source label;        // for the mapping dialog
    bool required;
};
const std::vector<ImportFieldInfo> &importFields();

// Which spreadsheet column (index into the header) fills each field; -1
// leaves the field at its default.
struct ColumnMapping {
    std::array<int, kImportFieldCount> columns;
    ColumnMapping() { columns.fill(-1); }
    int &operator[](ImportField field) { return columns[static_cast<std::size_t>(field)]; }
    int operator[](ImportField field) const { return columns[static_cast<std::size_t>(field)]; }
};

// Maps the columns of our own CSV export (titles in English or in `language`)
// and common spreadsheet titles ("Budget", "Name", "Hashtags", ...) to fields.
ColumnMapping guessMapping(const std::vector<std::string> &header,
                           const text::Language &language = text::Language::english());

struct ImportProblem {
    int row = 0;          // the spreadsheet's row number (the header is row 1)
    std::string column;   // the column's title, or "" for the whole row
    text::Message message;
};

struct ActivityImport {
    std::vector<Activity> activities;   // the rows that can be imported, in order
    std::vector<int> rows;              // their spreadsheet row numbers
    std::vector<ImportProblem> problems;
    int rowsRead = 0;
    bool mappingComplete = true;        // every required field has a column
};

// Turns spreadsheet rows into activities of `plan`: channels, phases and
// clusters by name or id, types by id or name (English or `language`),
// account share in percent, amounts with currency signs or thousands
// separators, lists separated by ";" (tags and formats also by ","), and
// yes/no in either language. A row with any problem is left out and its
// problems are reported with the row and column. The cell neutralisation of
// our CSV export (a leading apostrophe before = + - @) is undone. Ids are
// kept when free and well formed, otherwise new ones are given.
ActivityImport importActivities(const CsvTable &table, const ColumnMapping &mapping, const Plan &plan,
                                const Catalogue &catalogue = Catalogue::builtin(),
                                const text::Language &language = text::Language::english());

} // namespace mixplanner::core
