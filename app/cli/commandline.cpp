#include "app/cli/commandline.h"

#include <algorithm>
#include <array>

namespace mixplanner::cli {

namespace {
constexpr std::array kCommands = {"validate", "convert", "score", "compare", "export", "project", "suggest"};
}

std::string usageText()
{
    return "Usage: mixplanner-cli COMMAND [OPTIONS] FILE...\n"
           "\n"
           "Check, convert and score MixPlanner plans (.mixplan) without the desktop app.\n"
           "\n"
           "Commands:\n"
           "  validate FILE...        check each plan; list every problem with its JSON pointer\n"
           "  convert FILE -o OUT     save FILE in the canonical form of the current format\n"
           "                          (unknown fields are kept; OUT '-' writes to standard output)\n"
           "  score FILE [--json]     score the plan's account/content mix and explain every lost point\n"
           "  compare FILE FILE...    score several plans and show them side by side\n"
           "  project FILE [--json|--csv]\n"
           "                          followers, reach and engagement week by week\n"
           "  suggest FILE [--json] [--unbounded] [--apply -o OUT]\n"
           "                          the account share per phase that projects best, and why;\n"
           "                          --apply writes the plan with budgets rescaled to it\n"
           "  export FILE --format FORMAT -o OUT\n"
           "                          write a plan summary: pdf, html, md (Markdown), csv\n"
           "                          (activities) or json (the score report)\n"
           "\n"
           "Options:\n"
           "  -o, --output FILE       where convert writes its result (written atomically)\n"
           "      --json              score: print the report as JSON (see docs/scoring-model.md)\n"
           "      --format FORMAT     export: pdf, html, md, csv or json\n"
           "      --csv               project: print the weekly table as CSV\n"
           "      --unbounded         suggest: apply the unbounded optimum instead of the bounded one\n"
           "      --apply             suggest: write the adjusted plan to -o OUT\n"
           "  -h, --help              show this help\n"
           "      --version           show the version\n"
           "\n"
           "Exit status: 0 success, 1 bad input or a file that cannot be written, 2 wrong usage.\n";
}

ParseOutcome parseCommandLine(const std::vector<std::string> &arguments)
{
    ParseOutcome outcome;
    CommandLine line;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (argument == "-h" || argument == "--help") {
            outcome.showHelp = true;
            return outcome;
        }
        if (argument == "--version") {
            outcome.showVersion = true;
            return outcome;
        }
        if (argument == "-o" || argument == "--output") {
            if (i + 1 >= arguments.size()) {
                outcome.usageError = argument + " needs a file name";
                return outcome;
            }
            line.output = arguments[++i];
        } else if (argument.rfind("--output=", 0) == 0) {
            line.output = argument.substr(9);
        } else if (argument == "--format") {
            if (i + 1 >= arguments.size()) {
                outcome.usageError = "--format needs one of pdf, html, md, csv, json";
                return outcome;
            }
            line.format = arguments[++i];
        } else if (argument.rfind("--format=", 0) == 0) {
            line.format = argument.substr(9);
        } else if (argument == "--csv") {
            line.csv = true;
        } else if (argument == "--unbounded") {
            line.unbounded = true;
        } else if (argument == "--apply") {
            line.apply = true;
        } else if (argument == "--json") {
            line.json = true;
        } else if (argument.size() > 1 && argument[0] == '-' && argument != "-") {
            outcome.usageError = "unknown option " + argument;
            return outcome;
        } else if (line.command.empty()) {
            line.command = argument;
        } else {
            line.files.push_back(argument);
        }
    }
    if (line.command.empty()) {
        outcome.usageError = "no command given";
        return outcome;
    }
    if (std::find(kCommands.begin(), kCommands.end(), line.command) == kCommands.end()) {
        outcome.usageError = "unknown command \"" + line.command + "\"";
        return outcome;
    }
    if (line.files.empty()) {
        outcome.usageError = line.command + " needs a plan file";
        return outcome;
    }
    const bool writesFile = line.command == "convert" || line.command == "export"
                            || (line.command == "suggest" && line.apply);
    if (line.command == "suggest" && line.output && !line.apply) {
        outcome.usageError = "suggest writes a file only with --apply";
        return outcome;
    }
    if (writesFile) {
        if (line.files.size() != 1) {
            outcome.usageError = line.command + " takes exactly one plan file";
            return outcome;
        }
        if (!line.output) {
            outcome.usageError = line.command + " needs -o OUT";
            return outcome;
        }
    } else if (line.output) {
        outcome.usageError = line.command + " does not write a file; drop -o";
        return outcome;
    }
    if ((line.command == "score" || line.command == "project" || line.command == "suggest") && line.files.size() != 1) {
        outcome.usageError = line.command + " takes exactly one plan file; use compare for several";
        return outcome;
    }
    if (line.csv && (line.command != "project" || line.json)) {
        outcome.usageError = "--csv is only for project, without --json";
        return outcome;
    }
    if ((line.unbounded || line.apply) && line.command != "suggest") {
        outcome.usageError = "--unbounded and --apply are only for suggest";
        return outcome;
    }
    if (line.command == "compare" && line.files.size() < 2) {
        outcome.usageError = "compare needs at least two plan files";
        return outcome;
    }
    if (line.command == "export") {
        static const std::array formats = {"pdf", "html", "md", "markdown", "csv", "json"};
        if (!line.format) {
            outcome.usageError = "export needs --format pdf|html|md|csv|json";
            return outcome;
        }
        if (std::find(formats.begin(), formats.end(), *line.format) == formats.end()) {
            outcome.usageError = "unknown export format \"" + *line.format + "\"; use pdf, html, md, csv or json";
            return outcome;
        }
        if (*line.format == "pdf" && *line.output == "-") {
            outcome.usageError = "a PDF cannot be written to standard output; give a file name";
            return outcome;
        }
    } else if (line.format) {
        outcome.usageError = "--format is only for export";
        return outcome;
    }
    if (line.json && line.command != "score" && line.command != "project" && line.command != "suggest") {
        outcome.usageError = "--json is only for score, project and suggest";
        return outcome;
    }
    outcome.commandLine = std::move(line);
    return outcome;
}

} // namespace mixplanner::cli
