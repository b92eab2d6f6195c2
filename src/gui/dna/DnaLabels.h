#pragma once
// Translated names of the DNA-confirmation values (donor roles, sample types, custody events,
// request statuses, outcomes, hypotheses and conclusions) and combo boxes filled with them
// (item data: the database text, or the hypothesis name).
// Thread safety: GUI thread only (uses QObject::tr).
#include <string>

#include <QCoreApplication>
#include <QString>

#include "db/records/DnaEnums.h"

class QComboBox;

namespace reunite::gui {

class DnaLabels {
    Q_DECLARE_TR_FUNCTIONS(DnaLabels)

public:
    static QString donorRole(db::DonorRole value);
    static QString sampleType(db::SampleType value);
    static QString custodyEvent(db::CustodyEventKind value);
    static QString requestStatus(db::DnaRequestStatus value);
    static QString outcome(db::DnaOutcome value);
    static QString hypothesis(const std::string& name);   // "both-parents" -> "Both parents alleged"
    static QString conclusion(const std::string& name);   // "supported" -> "Supported"

    static void fillDonorRoles(QComboBox& combo);
    static void fillSampleTypes(QComboBox& combo);
    static void fillCustodyEvents(QComboBox& combo);
    // First item "Chosen from the samples" (empty data), then every hypothesis.
    static void fillHypotheses(QComboBox& combo);
};

}  // namespace reunite::gui
