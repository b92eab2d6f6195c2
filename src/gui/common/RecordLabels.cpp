#include "gui/common/RecordLabels.h"

#include <QComboBox>

#include "domain/PersonName.h"
#include "gui/shell/QtBridge.h"

namespace reunite::gui {

QString RecordLabels::sex(Sex value) {
    switch (value) {
        case Sex::Female: return tr("Female");
        case Sex::Male: return tr("Male");
        case Sex::Unknown: return tr("Unknown");
    }
    return {};
}

QString RecordLabels::caseStatus(db::CaseStatus value) {
    switch (value) {
        case db::CaseStatus::Open: return tr("Open");
        case db::CaseStatus::Found: return tr("Found");
        case db::CaseStatus::Closed: return tr("Closed");
    }
    return {};
}

QString RecordLabels::relative(const db::RelativeRecord& relative) {
    const QString name = toQString(personDisplayName(relative.givenNames, relative.familyName));
    return QStringLiteral("%1 — %2").arg(relation(relative.relation), name.isEmpty() ? tr("(no name)") : name);
}

QString RecordLabels::relation(db::Relation value) {
    switch (value) {
        case db::Relation::Mother: return tr("Mother");
        case db::Relation::Father: return tr("Father");
        case db::Relation::Sibling: return tr("Sibling");
        case db::Relation::Other: return tr("Other relative");
    }
    return {};
}

QString RecordLabels::source(db::CandidateSource value) {
    switch (value) {
        case db::CandidateSource::NationalDatabase: return tr("National database");
        case db::CandidateSource::SelfRegistered: return tr("Self-registered");
        case db::CandidateSource::Flyer: return tr("Flyer");
        case db::CandidateSource::TipOff: return tr("Tip-off");
    }
    return {};
}

QString RecordLabels::decision(db::ReviewDecision value) {
    switch (value) {
        case db::ReviewDecision::Rejected: return tr("Rejected");
        case db::ReviewDecision::Kept: return tr("Kept");
        case db::ReviewDecision::DnaRequested: return tr("DNA requested");
    }
    return {};
}

QString RecordLabels::importStatus(db::ImportRunStatus value) {
    switch (value) {
        case db::ImportRunStatus::Running: return tr("Running");
        case db::ImportRunStatus::Finished: return tr("Finished");
        case db::ImportRunStatus::Cancelled: return tr("Cancelled");
        case db::ImportRunStatus::Failed: return tr("Failed");
    }
    return {};
}

void RecordLabels::fillSexes(QComboBox& combo) {
    combo.clear();
    for (Sex value : {Sex::Unknown, Sex::Female, Sex::Male}) {
        combo.addItem(sex(value), toQString(db::toDatabaseText(value)));
    }
}

void RecordLabels::fillCaseStatuses(QComboBox& combo) {
    combo.clear();
    for (db::CaseStatus value : {db::CaseStatus::Open, db::CaseStatus::Found, db::CaseStatus::Closed}) {
        combo.addItem(caseStatus(value), toQString(db::toDatabaseText(value)));
    }
}

void RecordLabels::fillRelations(QComboBox& combo) {
    combo.clear();
    for (db::Relation value : {db::Relation::Mother, db::Relation::Father, db::Relation::Sibling, db::Relation::Other}) {
        combo.addItem(relation(value), toQString(db::toDatabaseText(value)));
    }
}

void RecordLabels::fillSources(QComboBox& combo) {
    combo.clear();
    for (db::CandidateSource value : {db::CandidateSource::NationalDatabase, db::CandidateSource::SelfRegistered,
                                      db::CandidateSource::Flyer, db::CandidateSource::TipOff}) {
        combo.addItem(source(value), toQString(db::toDatabaseText(value)));
    }
}

}  // namespace reunite::gui
