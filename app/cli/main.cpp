// mixplanner-cli: the headless front end of MixPlanner's core.
#include "app/cli/commandline.h"
#include "app/cli/commands.h"

#include <exception>
#include <iostream>

int main(int argc, char *argv[])
{
    using namespace mixplanner::cli;
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    const ParseOutcome parsed = parseCommandLine(arguments);
    if (parsed.showHelp) {
        std::cout << usageText();
        return Success;
    }
    if (parsed.showVersion) {
        std::cout << "mixplanner-cli " << MIXPLANNER_VERSION << '\n';
        return Success;
    }
    if (!parsed.commandLine) {
        std::cerr << "mixplanner-cli: " << parsed.usageError << "\n"
                  << "Run 'mixplanner-cli --help' for the commands and options.\n";
        return Usage;
    }
    try {
        return runCommand(*parsed.commandLine, std::cout, std::cerr);
    } catch (const std::exception &ex) {
        // Core reports bad input as diagnostics; reaching this is a defect,
        // but the user still gets a message instead of a crash.
        std::cerr << "mixplanner-cli: internal error: " << ex.what() << '\n';
        return BadInput;
    }
}
