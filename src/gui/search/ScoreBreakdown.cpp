#include "gui/search/ScoreBreakdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "search/SearchTypes.h"

namespace reunite::gui {

ScoreBreakdown::KindScales ScoreBreakdown::scalesOf(const FusionWeights& weights) {
    // Kind names as CaseSearch gives them to its probes.
    return {{QStringLiteral("photo"), weights.directScale},
            {QStringLiteral("age_invariant"), weights.ageInvariantScale},
            {QStringLiteral("progressed"), weights.progressedScale}};
}

ScoreBreakdown ScoreBreakdown::fromJson(const std::string& json, const KindScales& scales) {
    ScoreBreakdown breakdown;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(json));
    if (!document.isObject()) return breakdown;
    const QJsonObject root = document.object();
    breakdown.score_ = root.value("score").toDouble();
    breakdown.fusedDistance_ = root.value("fused_distance").toDouble();
    for (const QJsonValue& value : root.value("components").toArray()) {
        const QJsonObject item = value.toObject();
        ScoreComponentView component;
        component.kind = item.value("kind").toString();
        component.distance = item.value("distance").toDouble();
        component.weight = item.value("weight").toDouble(1);
        component.scale = scales.value(component.kind, 1.0);
        if (component.scale <= 0) component.scale = 1.0;
        component.score = displayScore(component.distance / component.scale);
        component.probeFaceId = item.value("probe_face_id").toInteger();
        component.candidateFaceId = item.value("candidate_face_id").toInteger();
        breakdown.components_ << component;
    }
    return breakdown;
}

QString ScoreBreakdown::kindLabel(const QString& kind) {
    if (kind == QLatin1String("photo")) return tr("Childhood photo, direct");
    if (kind == QLatin1String("age_invariant")) return tr("Childhood photo, age-invariant");
    if (kind == QLatin1String("progressed")) return tr("Age-progressed image");
    return kind;
}

QString ScoreBreakdown::toolTip() const {
    QString text = QStringLiteral("<b>%1</b><br>").arg(tr("Score %1 (distance %2)")
                                                        .arg(score_, 0, 'f', 3)
                                                        .arg(fusedDistance_, 0, 'f', 3));
    for (const ScoreComponentView& component : components_) {
        text += tr("%1: score %2, distance %3, weight %4")
                    .arg(kindLabel(component.kind))
                    .arg(component.score, 0, 'f', 3)
                    .arg(component.distance, 0, 'f', 3)
                    .arg(component.weight, 0, 'f', 2) +
                QStringLiteral("<br>");
    }
    text += QStringLiteral("<i>%1</i>").arg(tr("An investigative lead, never an identification: only DNA confirms who this is."));
    return text;
}

}  // namespace reunite::gui
