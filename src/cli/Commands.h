#pragma once
// reunite-cli sub-commands. Each takes the arguments after its name and returns an exit code.
#include <ostream>
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite::cli {

using CommandArgs = std::vector<std::string>;

int runFacesCommand(const CommandArgs& args);
int runCompareCommand(const CommandArgs& args);
int runChipCommand(const CommandArgs& args);
int runEvalCommand(const CommandArgs& args);
int runDemoCommand(const CommandArgs& args);
int runImportCommand(const CommandArgs& args);
int runBackupCommand(const CommandArgs& args);
int runCheckCommand(const CommandArgs& args);
int runBuildCrossAgeModelCommand(const CommandArgs& args);
int runBuildAgeModelCommand(const CommandArgs& args);
int runProgressCommand(const CommandArgs& args);
int runContactSheetCommand(const CommandArgs& args);
int runAccountCommand(const CommandArgs& args);
int runAuditCommand(const CommandArgs& args);
int runRetentionCommand(const CommandArgs& args);
int runEncryptCommand(const CommandArgs& args);
int runRekeyCommand(const CommandArgs& args);
int runCaseCommand(const CommandArgs& args);
int runSearchCommand(const CommandArgs& args);
int runReviewCommand(const CommandArgs& args);
int runReportCommand(const CommandArgs& args);
int runPosterCommand(const CommandArgs& args);
int runEvalKinshipCommand(const CommandArgs& args);
int runEvalAgeCommand(const CommandArgs& args);
int runEvalProgressionCommand(const CommandArgs& args);
int runBuildAgeEstimatorCommand(const CommandArgs& args);
int runEvalCalibrationCommand(const CommandArgs& args);
int runBuildKinshipModelCommand(const CommandArgs& args);
int runDnaCommand(const CommandArgs& args);
int runCheckModelsCommand(const CommandArgs& args);
int runBuildBoxTransformCommand(const CommandArgs& args);

// Hashes every model of the manifest in full (refreshing the checksum cache), one line each.
Status checkModelsFully(std::ostream& out);

}  // namespace reunite::cli
