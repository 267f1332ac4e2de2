#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace mixplanner::core {

struct FileReadResult {
    std::optional<std::string> bytes;
    std::string error;   // a sentence naming what went wrong, when bytes is empty
};

// Reads a whole file, refusing anything that is not a regular file or is
// larger than maxBytes before reading it.
FileReadResult readFileBytes(const std::filesystem::path &path, std::size_t maxBytes);

// Writes bytes so that `path` holds either its old content or all of the new
// one, never a part: the bytes go to a temporary file in the same folder,
// are flushed to disk, and the temporary file is renamed over `path`.
// Returns an empty string on success, else a sentence saying what failed;
// on failure the temporary file is removed and `path` is untouched.
// With `keepBackup`, the file being replaced is kept as PATH.bak (the backup
// is made only once the new content is safely on disk).
std::string writeFileAtomically(const std::filesystem::path &path, std::string_view bytes,
                                bool keepBackup = false);

// PATH.bak, where a save keeps the previous version.
std::filesystem::path backupPathFor(const std::filesystem::path &path);

} // namespace mixplanner::core
