#pragma once
// reunite-cli dna request|sample|custody|import|import-table|analyse|close|status: a case's DNA
// work in the database, each a thin adapter over workflows::DnaActions.
#include "cli/Commands.h"

namespace reunite::cli {

int runDnaCaseCommand(const CommandArgs& args);

}  // namespace reunite::cli
