#pragma once
// ScoreBreakdown: a search result's score and how it was composed, read from the breakdown JSON that
// CaseSearch stores with every result ({"fused_distance", "score", "components": [{"kind",
// "distance", "weight", "probe_face_id", "candidate_face_id"}]}). The search fuses the components
// as the weighted mean of distance / scale of each kind (scales from the age-invariant transform's
// fusion weights, see KindScales()); each component is shown with the display score of its scaled
// distance, so the overall score is the weighted mean of the component scores.
// With the likelihood models, the breakdown also holds the result's likelihood ratios ("likelihood",
// see workflows/search/LeadEvidence.h): shown as LR values with the words of their order of
// magnitude (ENFSI verbal scale) and the caveat that they are a lead.
// Guarantees: malformed or missing JSON gives an empty breakdown (no components, score 0), never an
// exception. toolTip() states that the score is an investigative lead, never an identification.
// Thread safety: plain value type.
#include <optional>
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

struct RelativeLikelihoodView {
    qint64 relativeId = 0;
    QString relation;  // "father", "mother", "full_sibling", "half_sibling"
    double log10 = 0;
    int comparisons = 0;
    bool counted = false;
};

struct LikelihoodView {
    bool present = false;
    std::optional<double> identityLog10;
    std::optional<double> kinshipLog10;
    std::optional<double> combinedLog10;
    QString strength;  // verbalStrengthKey
    QString supports;  // "candidate", "alternative" or "neither"
    QList<RelativeLikelihoodView> relatives;
    QList<qint64> sameAsRelative;  // relatives taken to be the candidate (not counted)
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
    const LikelihoodView& likelihood() const { return likelihood_; }

    // "20", "1/20", "10^4.2": an LR from its log10, for people.
    static QString likelihoodRatioText(double log10);
    static QString relationLabel(const QString& relation);
    // The combined LR with its words ("LR 20: moderate support for ..."), empty without one.
    QString likelihoodSummary() const;
    // For a result card: "LR 470 · moderately strong support" ("… against" when below 1); empty without one.
    QString likelihoodShort() const;
    // One line per part: identity, kinship and each relative's LR.
    QStringList likelihoodLines() const;
    static QString leadCaveat();

    static QString kindLabel(const QString& kind);
    QString toolTip() const;

private:
    double score_ = 0;
    double fusedDistance_ = 0;
    QList<ScoreComponentView> components_;
    LikelihoodView likelihood_;
};

}  // namespace reunite::gui
