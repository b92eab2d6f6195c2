// Temporary private driver for testing the age CLI commands before they are registered.
#include <iostream>
#include <map>
#include <string>

#include "CliCommon.h"
#include "Commands.h"

namespace reunite::cli {
int runBuildAgeModelCommand(const CommandArgs& args);
int runProgressCommand(const CommandArgs& args);
int runContactSheetCommand(const CommandArgs& args);
}

int main(int argc, char** argv) {
    using namespace reunite::cli;
    const std::map<std::string, int (*)(const CommandArgs&)> commands{
        {"build-age-model", runBuildAgeModelCommand},
        {"progress", runProgressCommand},
        {"contact-sheet", runContactSheetCommand},
    };
    if (argc < 2 || !commands.count(argv[1])) return 2;
    return commands.at(argv[1])(CommandArgs(argv + 2, argv + argc));
}
