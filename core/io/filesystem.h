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

// PATH.bak, where a save keeps the previous version.
std::filesystem::path backupPathFor(const std::filesystem::path &path);

} // namespace mixplanner::core
