#pragma once
// relativeFacesOfCase: the faces of a case's relatives, as the kinship comparison takes them.
// Each relative's photo gives its largest face of this embedding model (a relative's photo shows
// the relative; others in it are bystanders). Mother and father are compared as parents, a
// sibling as a full sibling (the record does not say half or full); relatives of relation
// "other" and relatives without a face are left out.
// Guarantees: reads only; a database error is returned as is.
// Thread safety: uses the Database from the calling thread.
#include <cstdint>
#include <string>
#include <vector>

#include "db/sqlite/Database.h"
#include "domain/Result.h"
#include "kinship/KinshipModel.h"

namespace reunite {

Result<std::vector<RelativeFaces>> relativeFacesOfCase(db::Database& database, std::int64_t caseId, const std::string& modelId);

// The faces of all these relatives together.
std::size_t faceCountOf(const std::vector<RelativeFaces>& relatives);

}  // namespace reunite
