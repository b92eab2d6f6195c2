#include "gui/search/CandidateResultModel.h"

#include "domain/PersonName.h"
#include "gui/common/FaceImageProvider.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"

namespace reunite::gui {

CandidateResultModel::CandidateResultModel(FaceImageProvider& images, QObject* parent)
    : QAbstractListModel(parent), images_(images) {
    connect(&images_, &FaceImageProvider::chipReady, this, &CandidateResultModel::onChipReady);
}

void CandidateResultModel::setResults(workflows::RankedLeads results) {
    beginResetModel();
    results_ = std::move(results);
    breakdowns_.clear();
    for (const workflows::Lead& entry : results_.leads) breakdowns_.push_back(ScoreBreakdown::fromJson(entry.row.breakdownJson, scales_));
    endResetModel();
}

void CandidateResultModel::clear() { setResults(workflows::RankedLeads{}); }

const workflows::Lead* CandidateResultModel::entryAt(int row) const {
    if (row < 0 || row >= static_cast<int>(results_.leads.size())) return nullptr;
    return &results_.leads[static_cast<std::size_t>(row)];
}

ScoreBreakdown CandidateResultModel::breakdownAt(int row) const {
    if (row < 0 || row >= static_cast<int>(breakdowns_.size())) return {};
    return breakdowns_[static_cast<std::size_t>(row)];
}

int CandidateResultModel::rowForCandidate(qint64 candidateId) const {
    for (std::size_t i = 0; i < results_.leads.size(); ++i) {
        if (results_.leads[i].candidate.id == candidateId) return static_cast<int>(i);
    }
    return -1;
}

void CandidateResultModel::setDecision(int row, const db::ReviewDecisionRecord& decision) {
    if (row < 0 || row >= static_cast<int>(results_.leads.size())) return;
    results_.leads[static_cast<std::size_t>(row)].decision = decision;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

QString CandidateResultModel::candidateName(const db::CandidateRecord& candidate) {
    const QString name = toQString(personDisplayName(candidate.givenNames, candidate.familyName));
    if (!name.isEmpty()) return name;
    if (candidate.groupPhotoOf) return tr("Unnamed face from a group photo");
    return toQString(candidate.externalRef);
}

QString CandidateResultModel::birthYearText(const db::CandidateRecord& candidate) {
    if (candidate.birthDate) return toQString(candidate.birthDate->substr(0, 4));
    if (!candidate.birthYear) return tr("unknown");
    return candidate.birthYearIsEstimate ? tr("~%1").arg(*candidate.birthYear) : QString::number(*candidate.birthYear);
}

QString CandidateResultModel::birthYearText(const workflows::Lead& lead) {
    const db::CandidateRecord& c = lead.candidate;
    if (c.birthDate || c.birthYear || !lead.estimatedBirthYears.known()) return birthYearText(c);
    return tr("~%1–%2 (face)", "birth years estimated from the age the face looks")
        .arg(lead.estimatedBirthYears.fromYear)
        .arg(lead.estimatedBirthYears.toYear);
}

int CandidateResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(results_.leads.size());
}

QVariant CandidateResultModel::data(const QModelIndex& index, int role) const {
    const workflows::Lead* entry = entryAt(index.row());
    if (!entry) return {};
    switch (role) {
        case Qt::DisplayRole:
            return candidateName(entry->candidate);
        case Qt::DecorationRole: {
            if (!entry->row.bestFaceId) return {};
            auto chip = images_.chip(*entry->row.bestFaceId, ChipSide);
            return chip ? QVariant(chip->image) : QVariant();
        }
        case Qt::ToolTipRole: {
            const db::CandidateRecord& c = entry->candidate;
            QString text = QStringLiteral("<b>#%1 %2</b><br>%3 · %4 · %5 · %6<br>")
                               .arg(entry->row.rank)
                               .arg(candidateName(c).toHtmlEscaped(), tr("born %1").arg(birthYearText(*entry)), toQString(c.region).toHtmlEscaped(),
                                    RecordLabels::source(c.source), toQString(c.externalRef).toHtmlEscaped());
            if (entry->decision) {
                text += tr("Decision: %1 by %2").arg(RecordLabels::decision(entry->decision->decision),
                                                     toQString(entry->decision->decidedBy).toHtmlEscaped()) +
                        QStringLiteral("<br>");
            }
            return text + breakdownAt(index.row()).toolTip();
        }
        default:
            return {};
    }
}

void CandidateResultModel::onChipReady(qint64 faceId, int size) {
    if (size != ChipSide) return;
    for (std::size_t i = 0; i < results_.leads.size(); ++i) {
        if (results_.leads[i].row.bestFaceId == faceId) {
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed, {Qt::DecorationRole});
        }
    }
}

}  // namespace reunite::gui
