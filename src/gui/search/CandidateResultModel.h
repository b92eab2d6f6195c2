#pragma once
// CandidateResultModel: the ranked candidates of one case search for the results grid and the
// comparison view: rank, aligned face chip of the best-matching face, name, birth year, region,
// source, score with its breakdown, and the case's current decision about the candidate.
// Inputs: setResults(); setDecision() after the analyst decided.
// Guarantees: rows in rank order; chips come from the FaceImageProvider (a row updates when its chip
// arrives); ToolTipRole explains the score (ScoreBreakdown::toolTip()).
// Thread safety: GUI thread only.
#include <optional>
#include <vector>

#include <QAbstractListModel>

#include "workflows/search/RankedLeads.h"
#include "db/records/ReviewDecisionRecord.h"
#include "gui/search/ScoreBreakdown.h"

namespace reunite::gui {

class FaceImageProvider;

class CandidateResultModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int ChipSide = 150;

    explicit CandidateResultModel(FaceImageProvider& images, QObject* parent = nullptr);

    // Scales of the score components (ScoreBreakdown::scalesOf); applies to the next setResults().
    void setKindScales(ScoreBreakdown::KindScales scales) { scales_ = std::move(scales); }
    void setResults(workflows::RankedLeads results);
    void clear();
    const workflows::RankedLeads& results() const { return results_; }
    const workflows::Lead* entryAt(int row) const;
    ScoreBreakdown breakdownAt(int row) const;
    int rowForCandidate(qint64 candidateId) const;
    void setDecision(int row, const db::ReviewDecisionRecord& decision);

    // Display helpers shared with the comparison view.
    static QString candidateName(const db::CandidateRecord& candidate);
    static QString birthYearText(const db::CandidateRecord& candidate);
    // The same, with the birth years the face looks when none is known ("~1975–1995 (face)").
    static QString birthYearText(const workflows::Lead& lead);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    void onChipReady(qint64 faceId, int size);

    FaceImageProvider& images_;
    workflows::RankedLeads results_;
    std::vector<ScoreBreakdown> breakdowns_;
    ScoreBreakdown::KindScales scales_;
};

}  // namespace reunite::gui
