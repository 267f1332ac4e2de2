#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mixplanner::cli {

// The parsed command line: a command, its files and its options.
struct CommandLine {
    std::string command;
    std::vector<std::string> files;
    std::optional<std::string> output;   // -o / --output
    bool json = false;                    // --json
    std::optional<std::string> format;    // --format (export)
    bool csv = false;                     // --csv (project)
    bool unbounded = false;               // --unbounded (suggest)
    bool apply = false;                   // --apply (suggest)
};

struct ParseOutcome {
    std::optional<CommandLine> commandLine;
    std::string usageError;   // set when the arguments do not make sense
    bool showHelp = false;
    bool showVersion = false;
};

ParseOutcome parseCommandLine(const std::vector<std::string> &arguments);

std::string usageText();

} // namespace mixplanner::cli
