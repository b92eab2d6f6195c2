#include "workflows/report/ReportCaseSummary.h"

#include "db/records/RecordEnums.h"

namespace reunite::workflows {

report::CaseSummary caseSummaryOf(const db::CaseRecord& c) {
    return report::CaseSummary{c.caseNumber, c.givenNames, c.familyName, c.sex, c.birthDate, c.lastSeenDate,
                               c.lastSeenPlace, c.description, c.distinguishingMarks, c.contact,
                               std::string(db::toDatabaseText(c.status)), c.createdAt, c.createdBy, c.updatedAt,
                               c.updatedBy};
}

}  // namespace reunite::workflows
