#include "app/cli/commands.h"

#include "app/cli/projectiontext.h"
#include "app/cli/scoretext.h"
#include "core/text/language.h"

#include "core/io/safewrite.h"
#include "core/projection/projectionoutput.h"
#include "core/report/reportwriters.h"
#include "core/io/planfile.h"
#include "core/scoring/scorejson.h"
#include "core/scoring/scorer.h"
#include "core/suggest/whatif.h"
#include "core/text/format.h"

#ifdef MIXPLANNER_CLI_HAS_PDF
#include "render/reportrender.h"

#include <QGuiApplication>
#include <memory>
#endif

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>

namespace mixplanner::cli {

namespace {

using namespace mixplanner::core;

// "plan.mixplan:3:14: /activities/0: message", the form editors and
// terminals recognise, or "plan.mixplan: /activities/0/budget: message".
void printDiagnostics(const std::string &file, const Diagnostics &diagnostics, std::ostream &err)
{
    for (const Diagnostic &d : diagnostics) {
        err << file;
        if (d.line > 0)
            err << ':' << d.line << ':' << d.column;
        err << ": " << (d.pointer.empty() ? std::string("(document root)") : d.pointer) << ": "
            << d.message << '\n';
    }
}

// What a command's output must never replace: the plans it read.
WriteRules outputRules(const CommandLine &line, bool keepBackup)
{
    WriteRules rules;
    rules.keepBackup = keepBackup;
    rules.inputs.assign(line.files.begin(), line.files.end());
    return rules;
}

// Standard output can fail too (a full disk behind a redirection, ulimit -f):
// say so instead of exiting 0 with a cut result.
int flushStandardOutput(std::ostream &out, std::ostream &err)
{
    errno = 0;
    if (out.flush())
        return Success;
    err << "mixplanner-cli: cannot write to standard output" << (errno ? std::string(": ") + std::strerror(errno) : "")
        << '\n';
    return BadInput;
}

// Writes a command's result to standard output ("-") or, through the one safe
// writer, to a file.
int writeOutput(const CommandLine &line, std::string_view text, bool keepBackup, std::ostream &out,
                std::ostream &err)
{
    const std::string &output = *line.output;
    if (output == "-") {
        out << text;   // runCommand flushes and checks standard output
        return Success;
    }
    const WriteOutcome written = writeFileSafely(output, text, outputRules(line, keepBackup));
    if (!written.ok()) {
        err << "mixplanner-cli: " << written.failureText() << '\n';
        return BadInput;
    }
    if (!written.warning.empty())
        err << "mixplanner-cli: " << written.warningText() << '\n';
    return Success;
}

std::optional<Plan> loadOrReport(const std::string &file, std::ostream &err)
{
    PlanReadResult result = loadPlanFile(file);
    if (!result.plan) {
        printDiagnostics(file, result.errors, err);
        err << file << ": " << result.errors.size()
            << (result.errors.size() == 1 ? " problem" : " problems") << " found\n";
        return std::nullopt;
    }
    return std::move(result.plan);
}

int validate(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    int status = Success;
    for (const std::string &file : line.files) {
        const std::optional<Plan> plan = loadOrReport(file, err);
        if (!plan) {
            status = BadInput;
            continue;
        }
        out << file << ": ok (" << plan->phases.size() << " phases, " << plan->activities.size()
            << " activities, " << plan->channels.size() << " channels, " << plan->clusters.size()
            << " clusters)\n";
    }
    return status;
}

int convert(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    const std::string &file = line.files.front();
    const std::optional<Plan> plan = loadOrReport(file, err);
    if (!plan)
        return BadInput;
    // Replacing a plan keeps its previous version as OUT.bak.
    return writeOutput(line, writePlan(*plan), true, out, err);
}

// One line on how the score depends on the brand's strength.
std::string whatIfText(const Plan &plan, const ScoreReport &report)
{
    if (report.total >= 70)
        return "\nWhat if: the plan scores 70 or more at the brand's current strength.\n";
    const auto needed = brandStrengthForScore(plan, 70);
    if (!needed)
        return "\nWhat if: no brand strength lifts this plan to 70; its mix or purpose has to change.\n";
    return "\nWhat if: this plan would first score 70 at a brand strength of " + text::decimal(*needed, 1)
           + " (now " + text::decimal(report.brandStrength.value, 1) + ").\n";
}

int score(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    const std::string &file = line.files.front();
    const std::optional<Plan> plan = loadOrReport(file, err);
    if (!plan)
        return BadInput;
    const ScoreReport report = scorePlan(*plan);
    if (line.json)
        out << scoreReportToJson(report).dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    else
        out << renderScoreText(*plan, report, Catalogue::builtin())
            << whatIfText(*plan, report);
    return Success;
}

int project(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    const std::optional<Plan> plan = loadOrReport(line.files.front(), err);
    if (!plan)
        return BadInput;
    const Projection projection = projectPlan(*plan);
    if (line.json)
        out << projectionToJson(*plan, projection).dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    else if (line.csv)
        out << projectionToCsv(*plan, projection);
    else
        out << renderProjectionText(*plan, projection);
    return Success;
}

int suggest(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    const std::optional<Plan> plan = loadOrReport(line.files.front(), err);
    if (!plan)
        return BadInput;
    const MixSuggestion suggestion = suggestMix(*plan);
    if (line.apply) {
        const Plan applied = applyAccountShares(*plan, line.unbounded ? suggestion.unboundedShares()
                                                                      : suggestion.boundedShares());
        const int status = writeOutput(line, writePlan(applied), true, out, err);
        if (status == Success && *line.output != "-")
            out << text::Language::english().render(suggestion.summary) << '\n';
        return status;
    }
    if (line.json)
        out << suggestionToJson(suggestion).dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    else
        out << renderSuggestionText(suggestion);
    return Success;
}

int compare(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    std::vector<ComparedPlan> plans;
    bool failed = false;
    for (const std::string &file : line.files) {
        std::optional<Plan> plan = loadOrReport(file, err);
        if (!plan) {
            failed = true;
            continue;
        }
        plans.push_back(comparePlan(std::filesystem::path(file).filename().string(), std::move(*plan)));
    }
    if (failed)
        return BadInput;
    out << renderComparison(comparisonTable(plans));
    return Success;
}

#ifdef MIXPLANNER_CLI_HAS_PDF
// Laying out a PDF needs fonts, which need a GUI application; the offscreen
// platform needs no display. Only `export --format pdf` pays for it.
std::unique_ptr<QGuiApplication> offscreenGuiApplication()
{
    static int argc = 3;
    static char name[] = "mixplanner-cli", option[] = "-platform", platform[] = "offscreen";
    static char *argv[] = {name, option, platform, nullptr};
    // A platform the user chose (QT_QPA_PLATFORM) is kept.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        argc = 1;
    return std::make_unique<QGuiApplication>(argc, argv);
}
#endif

int exportSummary(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    const std::string &file = line.files.front();
    const std::optional<Plan> plan = loadOrReport(file, err);
    if (!plan)
        return BadInput;
    const ReportFormat format = *reportFormatFromId(*line.format);
    const PlanReport report = buildPlanReport(*plan, scorePlan(*plan));
#ifdef MIXPLANNER_CLI_HAS_PDF
    // Refuse before the work: laying out a long PDF takes seconds.
    if (const WriteOutcome refused = *line.output != "-" ? checkWriteTarget(*line.output, outputRules(line, false))
                                                         : WriteOutcome{};
        !refused.ok()) {
        err << "mixplanner-cli: " << refused.failureText() << '\n';
        return BadInput;
    }
    const auto gui = render::needsGuiApplication(format) ? offscreenGuiApplication() : nullptr;
    const QByteArray bytes = render::reportBytes(report, format);
    return writeOutput(line, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), false, out,
                       err);
#else
    if (format == ReportFormat::Pdf) {
        err << "mixplanner-cli: this build has no PDF support (built without Qt)\n";
        return Usage;
    }
    return writeOutput(line, writeReport(report, format), false, out, err);
#endif
}

} // namespace

namespace {

int dispatch(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    if (line.command == "validate")
        return validate(line, out, err);
    if (line.command == "convert")
        return convert(line, out, err);
    if (line.command == "score")
        return score(line, out, err);
    if (line.command == "compare")
        return compare(line, out, err);
    if (line.command == "export")
        return exportSummary(line, out, err);
    if (line.command == "project")
        return project(line, out, err);
    if (line.command == "suggest")
        return suggest(line, out, err);
    err << "mixplanner-cli: unknown command " << line.command << '\n';
    return Usage;
}

} // namespace

int runCommand(const CommandLine &line, std::ostream &out, std::ostream &err)
{
    // A write past `ulimit -f` must fail as an error, also on standard output.
    ignoreFileSizeSignal();
    const int status = dispatch(line, out, err);
    return status == Success ? flushStandardOutput(out, err) : status;
}

} // namespace mixplanner::cli
