#pragma once
// RecordLabels: the translated words the GUI shows for the database's enumerations (sex, case
// status, relation, candidate source, review decision, import status), and the combo-box helpers
// that list them. Labels follow the current translator.
// Thread safety: pure functions (QCoreApplication::translate is thread-safe).
#include <QCoreApplication>
#include <QString>

#include "db/records/RecordEnums.h"
#include "db/records/RelativeRecord.h"

class QComboBox;

namespace reunite::gui {

class RecordLabels {
    Q_DECLARE_TR_FUNCTIONS(RecordLabels)

public:
    static QString sex(Sex value);
    static QString caseStatus(db::CaseStatus value);
    static QString relation(db::Relation value);
    // "Mother — Li Na" (names in the one name order of domain/PersonName), "Father — (no name)".
    static QString relative(const db::RelativeRecord& relative);
    static QString source(db::CandidateSource value);
    static QString decision(db::ReviewDecision value);
    static QString importStatus(db::ImportRunStatus value);

    // Fills a combo box with every value; item data is the database text ("F", "open", ...).
    static void fillSexes(QComboBox& combo);
    static void fillCaseStatuses(QComboBox& combo);
    static void fillRelations(QComboBox& combo);
    static void fillSources(QComboBox& combo);
};

}  // namespace reunite::gui
