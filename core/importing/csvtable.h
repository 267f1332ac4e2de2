#pragma once

#include "core/text/message.h"

#include <string>
#include <string_view>
#include <vector>

namespace mixplanner::core {

// A spreadsheet read from CSV text: the header row and the records under it.
struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;   // each as long as the header
    char delimiter = ',';
};

struct CsvReadResult {
    CsvTable table;
    text::Message error;   // empty when the text was read
    int errorLine = 0;     // the line of the file the error is on
    bool ok() const { return error.empty(); }
};

// Reads CSV as RFC 4180 describes it and spreadsheets write it: an optional
// UTF-8 byte order mark, CRLF or LF line ends, quoted fields with doubled
// quotes and line breaks inside, and a comma, semicolon or tab delimiter
// (whichever the header uses most). Blank lines are skipped; short records
// are padded with empty cells. Refuses text that is not UTF-8, an unclosed
// quote, a record longer than the header, or more than `maxRows` records.
CsvReadResult readCsv(std::string_view text, std::size_t maxRows = 100000);

// The largest CSV file the import reads: far more than its 100,000 rows need.
inline constexpr std::size_t kMaxCsvFileBytes = 32u * 1024u * 1024u;

} // namespace mixplanner::core
