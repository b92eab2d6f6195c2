#pragma once
// ScoreBreakdown: a search result's score and how it was composed, read from the breakdown JSON that
// CaseSearch stores with every result ({"fused_distance", "score", "components": [{"kind",
// "distance", "weight", "probe_face_id", "candidate_face_id"}]}). Each component is shown with its
// own display score (reunite::displayScore of its distance).
// Guarantees: malformed or missing JSON gives an empty breakdown (no components, score 0), never an
// exception. toolTip() states that the score is an investigative lead, never an identification.
// Thread safety: plain value type.
#include <string>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace reunite::gui {

struct ScoreComponentView {
    QString kind;  // "photo" (direct), "age_invariant", "progressed"
    double distance = 0;
    double weight = 1;
    double score = 0;  // 0..1, higher is closer
    qint64 probeFaceId = 0;
    qint64 candidateFaceId = 0;
};

class ScoreBreakdown {
    Q_DECLARE_TR_FUNCTIONS(ScoreBreakdown)

public:
    static ScoreBreakdown fromJson(const std::string& json);

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
