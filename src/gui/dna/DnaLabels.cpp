#include "gui/dna/DnaLabels.h"

#include <QComboBox>

#include "gui/shell/QtBridge.h"

namespace reunite::gui {

QString DnaLabels::donorRole(db::DonorRole value) {
    switch (value) {
    case db::DonorRole::Candidate: return tr("Candidate");
    case db::DonorRole::Mother: return tr("Mother");
    case db::DonorRole::Father: return tr("Father");
    case db::DonorRole::FullSibling: return tr("Full sibling");
    case db::DonorRole::HalfSibling: return tr("Half sibling");
    case db::DonorRole::OtherRelative: return tr("Other relative");
    }
    return {};
}

QString DnaLabels::sampleType(db::SampleType value) {
    switch (value) {
    case db::SampleType::BuccalSwab: return tr("Buccal swab");
    case db::SampleType::BloodCard: return tr("Blood card");
    case db::SampleType::Blood: return tr("Blood");
    case db::SampleType::Hair: return tr("Hair");
    case db::SampleType::Other: return tr("Other");
    }
    return {};
}

QString DnaLabels::custodyEvent(db::CustodyEventKind value) {
    switch (value) {
    case db::CustodyEventKind::Collected: return tr("Collected");
    case db::CustodyEventKind::Sealed: return tr("Sealed");
    case db::CustodyEventKind::Sent: return tr("Sent to the lab");
    case db::CustodyEventKind::ReceivedByLab: return tr("Received by the lab");
    case db::CustodyEventKind::Analysed: return tr("Analysed", "custody event: the lab typed the sample");
    }
    return {};
}

QString DnaLabels::requestStatus(db::DnaRequestStatus value) {
    switch (value) {
    case db::DnaRequestStatus::Requested: return tr("Requested");
    case db::DnaRequestStatus::InProgress: return tr("Samples in progress");
    case db::DnaRequestStatus::Analysed: return tr("Analysed", "request status: a kinship analysis was run");
    case db::DnaRequestStatus::MoreLociRequested: return tr("More loci requested");
    case db::DnaRequestStatus::Confirmed: return tr("Confirmed — reunited");
    case db::DnaRequestStatus::Excluded: return tr("Excluded");
    }
    return {};
}

QString DnaLabels::outcome(db::DnaOutcome value) {
    switch (value) {
    case db::DnaOutcome::Confirmed: return tr("Reunion confirmed");
    case db::DnaOutcome::Excluded: return tr("Candidate excluded");
    case db::DnaOutcome::MoreLociRequested: return tr("More loci requested");
    }
    return {};
}

QString DnaLabels::hypothesis(const std::string& name) {
    if (name == "duo") return tr("One parent (duo)");
    if (name == "trio") return tr("Mother undisputed, alleged father (trio)");
    if (name == "both-parents") return tr("Both parents alleged");
    if (name == "full-sibling") return tr("Full siblings");
    if (name == "half-sibling") return tr("Half siblings, grandparent or avuncular");
    return toQString(name);
}

QString DnaLabels::conclusion(const std::string& name) {
    if (name == "supported") return tr("Supported");
    if (name == "excluded") return tr("Excluded");
    if (name == "inconclusive") return tr("Inconclusive");
    return toQString(name);
}

void DnaLabels::fillDonorRoles(QComboBox& combo) {
    for (db::DonorRole role : {db::DonorRole::Candidate, db::DonorRole::Mother, db::DonorRole::Father, db::DonorRole::FullSibling,
                               db::DonorRole::HalfSibling, db::DonorRole::OtherRelative}) {
        combo.addItem(donorRole(role), toQString(toDatabaseText(role)));
    }
}

void DnaLabels::fillSampleTypes(QComboBox& combo) {
    for (db::SampleType type : {db::SampleType::BuccalSwab, db::SampleType::BloodCard, db::SampleType::Blood, db::SampleType::Hair,
                                db::SampleType::Other}) {
        combo.addItem(sampleType(type), toQString(toDatabaseText(type)));
    }
}

void DnaLabels::fillCustodyEvents(QComboBox& combo) {
    for (db::CustodyEventKind kind : {db::CustodyEventKind::Sealed, db::CustodyEventKind::Sent, db::CustodyEventKind::ReceivedByLab,
                                      db::CustodyEventKind::Analysed, db::CustodyEventKind::Collected}) {
        combo.addItem(custodyEvent(kind), toQString(toDatabaseText(kind)));
    }
}

void DnaLabels::fillHypotheses(QComboBox& combo) {
    combo.addItem(tr("Chosen from the samples"), QString());
    for (const char* name : {"both-parents", "duo", "trio", "full-sibling", "half-sibling"}) {
        combo.addItem(hypothesis(name), QString::fromLatin1(name));
    }
}

}  // namespace reunite::gui
