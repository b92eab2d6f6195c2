// reunite-cli check-models: hashes every model of the manifest in full (no checksum cache) and
// refreshes the cache; `check` runs the same before checking the database.
#include <iostream>

#include "cli/CliCommon.h"
#include "cli/Commands.h"
#include "core/models/ModelLocator.h"

namespace reunite::cli {

Status checkModelsFully(std::ostream& out) {
    Result<ModelLocator> models = ModelLocator::discover();
    if (!models) return models.error();
    for (const ModelEntry& entry : models.value().manifest().entries()) {
        Result<LocatedModel> located = models.value().locate(entry.name, ChecksumCheck::Full);
        if (!located) return located.error();
        out << entry.name << ": ok (" << located.value().path.string() << ")\n";
    }
    return Ok{};
}

int runCheckModelsCommand(const CommandArgs& rawArgs) {
    const Arguments args(rawArgs, {}, {});
    if (!args.valid() || !args.positional().empty()) return usageError("usage: check-models");
    if (Status checked = checkModelsFully(std::cout); !checked) return fail(checked.error());
    return ExitOk;
}

}  // namespace reunite::cli
