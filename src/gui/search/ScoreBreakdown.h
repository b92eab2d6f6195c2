#pragma once
// ScoreBreakdown: a search result's score and how it was composed, read from the breakdown JSON that
// CaseSearch stores with every result ({"fused_distance", "score", "components": [{"kind",
// "distance", "weight", "probe_face_id", "candidate_face_id"}]}). The search fuses the components
// as the weighted mean of distance / scale of each kind (scales from the age-invariant transform's
// fusion weights, see KindScales()); each component is shown with the display score of its scaled
// distance, so the overall score is the weighted mean of the component scores.
// Guarantees: malformed or missing JSON gives an empty breakdown (no components, score 0), never an
// exception. toolTip() states that the score is an investigative lead, never an identification.
// Thread safety: plain value type.
#include <string>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "crossage/AgeInvariantTransform.h"

namespace reunite::gui {

struct ScoreComponentView {
    QString kind;  // "photo" (direct), "age_invariant", "progressed"
    double distance = 0;
    double weight = 1;
    double scale = 1;  // the kind's typical distance; distance / scale enters the fused distance
    double score = 0;  // 0..1 from distance / scale, higher is closer
    qint64 probeFaceId = 0;
    qint64 candidateFaceId = 0;
};

class ScoreBreakdown {
    Q_DECLARE_TR_FUNCTIONS(ScoreBreakdown)

public:
    using KindScales = QHash<QString, double>;  // kind -> scale; kinds not listed: 1
    static ScoreBreakdown fromJson(const std::string& json, const KindScales& scales = {});
    // The scales CaseSearch uses with an age-invariant transform's fusion weights.
    static KindScales scalesOf(const FusionWeights& weights);

    double score() const { return score_; }
    double fusedDistance() const { return fusedDistance_; }
    const QList<ScoreComponentView>& components() const { return components_; }

    static QString kindLabel(const QString& kind);
    QString toolTip() const;

private:
    double score_ = 0;
    double fusedDistance_ = 0;
    QList<ScoreComponentView> components_;
};

}  // namespace reunite::gui
