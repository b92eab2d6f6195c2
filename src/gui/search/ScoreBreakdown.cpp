#include "gui/search/ScoreBreakdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "domain/LikelihoodRatioText.h"
#include "search/SearchTypes.h"

#include <cmath>

namespace reunite::gui {
namespace {

std::optional<double> optionalNumber(const QJsonValue& value) {
    if (!value.isDouble()) return std::nullopt;
    return value.toDouble();
}

LikelihoodView likelihoodOf(const QJsonObject& item) {
    LikelihoodView view;
    view.present = !item.isEmpty();
    view.identityLog10 = optionalNumber(item.value("identity_log10"));
    view.kinshipLog10 = optionalNumber(item.value("kinship_log10"));
    view.combinedLog10 = optionalNumber(item.value("combined_log10"));
    view.strength = item.value("strength").toString();
    view.supports = item.value("supports").toString();
    for (const QJsonValue& value : item.value("relatives").toArray()) {
        const QJsonObject r = value.toObject();
        view.relatives << RelativeLikelihoodView{r.value("relative_id").toInteger(), r.value("relation").toString(),
                                                 r.value("log10").toDouble(), r.value("comparisons").toInt(),
                                                 r.value("counted").toBool()};
    }
    for (const QJsonValue& value : item.value("same_as_relative").toArray()) view.sameAsRelative << value.toInteger();
    return view;
}

}  // namespace

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
    breakdown.likelihood_ = likelihoodOf(root.value("likelihood").toObject());
    return breakdown;
}

QString ScoreBreakdown::kindLabel(const QString& kind) {
    if (kind == QLatin1String("photo")) return tr("Childhood photo, direct");
    if (kind == QLatin1String("age_invariant")) return tr("Childhood photo, age-invariant");
    if (kind == QLatin1String("progressed")) return tr("Age-progressed image");
    if (kind == QLatin1String("relative")) return tr("Relatives' photos, resemblance (shortlist only)");
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
    for (const QString& line : likelihoodLines()) text += line.toHtmlEscaped() + QStringLiteral("<br>");
    if (likelihood_.combinedLog10) text += QStringLiteral("<b>%1</b><br>").arg(likelihoodSummary().toHtmlEscaped());
    text += QStringLiteral("<i>%1</i>").arg(tr("An investigative lead, never an identification: only DNA confirms who this is."));
    return text;
}

QString ScoreBreakdown::likelihoodRatioText(double log10) {
    return QString::fromStdString(reunite::likelihoodRatioText(log10));
}

QString ScoreBreakdown::relationLabel(const QString& relation) {
    if (relation == QLatin1String("father")) return tr("father");
    if (relation == QLatin1String("mother")) return tr("mother");
    if (relation == QLatin1String("full_sibling")) return tr("sibling");
    if (relation == QLatin1String("half_sibling")) return tr("half sibling");
    return relation;
}

namespace {

QString strengthWords(const QString& key) {
    if (key == QLatin1String("weak")) return ScoreBreakdown::tr("weak support");
    if (key == QLatin1String("moderate")) return ScoreBreakdown::tr("moderate support");
    if (key == QLatin1String("moderately_strong")) return ScoreBreakdown::tr("moderately strong support");
    if (key == QLatin1String("strong")) return ScoreBreakdown::tr("strong support");
    if (key == QLatin1String("very_strong")) return ScoreBreakdown::tr("very strong support");
    if (key == QLatin1String("extremely_strong")) return ScoreBreakdown::tr("extremely strong support");
    return {};
}

}  // namespace

QString ScoreBreakdown::likelihoodSummary() const {
    if (!likelihood_.combinedLog10) return {};
    const QString lr = likelihoodRatioText(*likelihood_.combinedLog10);
    const QString words = strengthWords(likelihood_.strength);
    if (words.isEmpty()) return tr("LR %1: no support for either the candidate being the missing child or an unrelated person").arg(lr);
    if (likelihood_.supports == QLatin1String("alternative")) {
        return tr("LR %1: %2 for the candidate being an unrelated person rather than the missing child").arg(lr, words);
    }
    return tr("LR %1: %2 for the candidate being the missing child rather than an unrelated person").arg(lr, words);
}

QString ScoreBreakdown::likelihoodShort() const {
    if (!likelihood_.combinedLog10) return {};
    const QString lr = tr("LR %1").arg(likelihoodRatioText(*likelihood_.combinedLog10));
    const QString words = strengthWords(likelihood_.strength);
    if (words.isEmpty()) return lr;
    if (likelihood_.supports == QLatin1String("alternative")) return tr("%1 · %2 against").arg(lr, words);
    return QStringLiteral("%1 · %2").arg(lr, words);
}

QStringList ScoreBreakdown::likelihoodLines() const {
    QStringList lines;
    if (likelihood_.identityLog10) lines << tr("Childhood photos: LR %1").arg(likelihoodRatioText(*likelihood_.identityLog10));
    if (likelihood_.kinshipLog10) lines << tr("Relatives' photos (kinship): LR %1").arg(likelihoodRatioText(*likelihood_.kinshipLog10));
    for (const RelativeLikelihoodView& r : likelihood_.relatives) {
        QString line = tr("  %1 (relative %2, %3 comparison(s)): LR %4")
                           .arg(relationLabel(r.relation))
                           .arg(r.relativeId)
                           .arg(r.comparisons)
                           .arg(likelihoodRatioText(r.log10));
        if (!r.counted) line += QStringLiteral(" ") + tr("(not counted: parents' photos are used)");
        lines << line;
    }
    for (const qint64 id : likelihood_.sameAsRelative) {
        lines << tr("  relative %1 looks like this candidate himself or herself: not counted as kinship").arg(id);
    }
    return lines;
}

QString ScoreBreakdown::leadCaveat() {
    return tr("A likelihood ratio from face images is an investigative lead to prioritise checks, not an identification "
              "and not proof of kinship: confirm by documents and DNA.");
}

}  // namespace reunite::gui
