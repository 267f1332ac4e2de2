#include "core/importing/csvtable.h"

#include "core/text/message.h"
#include "core/text/utf8.h"

#include <algorithm>

namespace mixplanner::core {

namespace {

char guessDelimiter(std::string_view text)
{
    const std::string_view firstLine = text.substr(0, text.find('\n'));
    char best = ',';
    std::ptrdiff_t bestCount = 0;
    for (const char candidate : {',', ';', '\t'}) {
        const auto count = std::count(firstLine.begin(), firstLine.end(), candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

CsvReadResult readCsv(std::string_view text, std::size_t maxRows)
{
    CsvReadResult result;
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (!text::isValidUtf8(text)) {
        result.error = text::message(MP_TR("import", "is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\""));
        result.errorLine = 1;
        return result;
    }
    const char delimiter = guessDelimiter(text);
    result.table.delimiter = delimiter;

    std::vector<std::vector<std::string>> records;
    std::vector<int> recordLines;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        record.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.size() == 1 && record.front().empty();
        if (!blank) {
            records.push_back(std::move(record));
            recordLines.push_back(recordLine);
        }
        record.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;   // the \n ends the record
        } else if (c == '\n' || c == '\r') {
            endRecord();
            ++line;
            recordLine = line;
            if (records.size() > maxRows + 1) {
                result.error = text::message(MP_TR("import", "has more than %1 rows"),
                                             {text::Arg::count(static_cast<double>(maxRows))});
                result.errorLine = line;
                return result;
            }
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        result.error = text::message(MP_TR("import", "has a quote that is never closed"));
        result.errorLine = quoteLine;
        return result;
    }
    if (fieldStarted || !field.empty() || !record.empty())
        endRecord();
    if (records.empty()) {
        result.error = text::message(MP_TR("import", "is empty: the first row must name the columns"));
        result.errorLine = 1;
        return result;
    }
    if (records.size() > maxRows + 1) {
        result.error = text::message(MP_TR("import", "has more than %1 rows"),
                                     {text::Arg::count(static_cast<double>(maxRows))});
        result.errorLine = recordLines[maxRows + 1];
        return result;
    }
    result.table.header = std::move(records.front());
    for (std::size_t r = 1; r < records.size(); ++r) {
        std::vector<std::string> &row = records[r];
        if (row.size() > result.table.header.size()) {
            result.error = text::message(MP_TR("import", "has %1 cells in a row under a header of %2 columns"),
                                         {text::Arg::count(static_cast<double>(row.size())),
                                          text::Arg::count(static_cast<double>(result.table.header.size()))});
            result.errorLine = recordLines[r];
            return result;
        }
        row.resize(result.table.header.size());
        result.table.rows.push_back(std::move(row));
    }
    return result;
}

} // namespace mixplanner::core
