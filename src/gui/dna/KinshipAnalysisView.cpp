#include "gui/dna/KinshipAnalysisView.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "gui/common/TimeText.h"
#include "gui/dna/DnaLabels.h"
#include "gui/shell/QtBridge.h"

namespace reunite::gui {

namespace {

const QStringList kRoleKeys{QStringLiteral("candidate"), QStringLiteral("mother"), QStringLiteral("father"),
                            QStringLiteral("sibling"), QStringLiteral("half_sibling")};

QString roleTitle(const QString& key) {
    if (key == QLatin1String("candidate")) return KinshipAnalysisView::tr("Candidate");
    if (key == QLatin1String("mother")) return KinshipAnalysisView::tr("Mother");
    if (key == QLatin1String("father")) return KinshipAnalysisView::tr("Father");
    if (key == QLatin1String("sibling")) return KinshipAnalysisView::tr("Sibling");
    return KinshipAnalysisView::tr("Half sibling");
}

// The roles that appear in the analysis, in a fixed order.
QStringList rolesOf(const db::KinshipAnalysisRecord& analysis) {
    QStringList present;
    for (const db::KinshipLocusRow& locus : analysis.loci) {
        const QJsonObject genotypes = QJsonDocument::fromJson(QByteArray::fromStdString(locus.genotypesJson)).object();
        for (const QString& key : kRoleKeys) {
            if (genotypes.contains(key) && !present.contains(key)) present << key;
        }
    }
    QStringList ordered;
    for (const QString& key : kRoleKeys) {
        if (present.contains(key)) ordered << key;
    }
    return ordered;
}

QString number(double value) { return QString::number(value, 'g', 4); }

// The locus' notes (a JSON array of sentences), one per line.
QString notesText(const std::string& notesJson) {
    QStringList lines;
    for (const QJsonValue& note : QJsonDocument::fromJson(QByteArray::fromStdString(notesJson)).array()) lines << note.toString();
    return lines.join(QLatin1Char('\n'));
}

// W as a percentage; beyond six nines it is not printed as a rounded 100%.
QString probabilityText(double probability) {
    if (probability > 0.999999) return QStringLiteral("> 99.9999%");
    if (probability < 0.000001) return QStringLiteral("< 0.0001%");
    return QString::number(probability * 100.0, 'f', probability > 0.99 || probability < 0.01 ? 4 : 2) + QLatin1Char('%');
}

}  // namespace

KinshipAnalysisView::KinshipAnalysisView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("analysisSummaryLabel"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    loci_ = new QTableWidget(this);
    loci_->setObjectName(QStringLiteral("lociTable"));
    loci_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    loci_->setSelectionBehavior(QAbstractItemView::SelectRows);
    loci_->verticalHeader()->setVisible(false);
    loci_->verticalHeader()->setDefaultSectionSize(22);
    layout->addWidget(summary_);
    layout->addWidget(loci_, 1);
    clear(tr("No analysis yet."));
}

void KinshipAnalysisView::clear(const QString& message) {
    loci_->clear();
    loci_->setRowCount(0);
    loci_->setColumnCount(0);
    highlighted_ = 0;
    summary_->setText(message.toHtmlEscaped());
}

int KinshipAnalysisView::locusRowCount() const { return loci_->rowCount(); }

QString KinshipAnalysisView::summaryText() const { return summary_->text(); }

void KinshipAnalysisView::showAnalysis(const db::KinshipAnalysisRecord& analysis, const QString& tableName) {
    fillLoci(analysis);
    summary_->setText(summaryHtml(analysis, tableName));
}

void KinshipAnalysisView::fillLoci(const db::KinshipAnalysisRecord& analysis) {
    const QStringList roles = rolesOf(analysis);
    QStringList headers{tr("Marker")};
    for (const QString& role : roles) headers << roleTitle(role);
    headers << tr("LR") << tr("Mendel");
    loci_->clear();
    loci_->setColumnCount(headers.size());
    loci_->setHorizontalHeaderLabels(headers);
    loci_->setRowCount(static_cast<int>(analysis.loci.size()));
    highlighted_ = 0;
    const QColor inconsistent(0xff, 0xd6, 0xd6);
    for (int row = 0; row < loci_->rowCount(); ++row) {
        const db::KinshipLocusRow& locus = analysis.loci[static_cast<std::size_t>(row)];
        const QJsonObject genotypes = QJsonDocument::fromJson(QByteArray::fromStdString(locus.genotypesJson)).object();
        QStringList cells{toQString(locus.marker)};
        for (const QString& role : roles) cells << genotypes.value(role).toString();
        cells << number(locus.lr)
              << (locus.consistent ? tr("consistent") : tr("INCONSISTENT (mutation model)"));
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == cells.size() - 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!locus.consistent) item->setBackground(inconsistent);
            item->setToolTip(notesText(locus.notesJson));
            loci_->setItem(row, column, item);
        }
        if (!locus.consistent) ++highlighted_;
    }
    loci_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    loci_->horizontalHeader()->setStretchLastSection(true);
}

QString KinshipAnalysisView::summaryHtml(const db::KinshipAnalysisRecord& a, const QString& tableName) const {
    const QString colour = a.conclusion == "supported" ? QStringLiteral("#1b5e20")
                           : a.conclusion == "excluded" ? QStringLiteral("#b71c1c")
                                                        : QStringLiteral("#8d6e00");
    QString html = tr("<b>Combined index</b> %1 (log10 %2) · <b>Probability</b> %3 <b>with prior</b> %4")
                       .arg(number(a.combinedLr), QString::number(a.log10CombinedLr, 'f', 2),
                            probabilityText(a.probability),
                            QString::number(a.prior, 'g', 3));
    html += QStringLiteral("<br>") + tr("Inconsistent loci: %1 of %2 compared").arg(a.inconsistentLoci).arg(a.lociCompared);
    if (a.powerOfExclusion) html += QStringLiteral(" · ") + tr("cumulative power of exclusion %1").arg(*a.powerOfExclusion > 0.99999999 ? QStringLiteral("> 0.99999999") : QString::number(*a.powerOfExclusion, 'f', 8));
    html += QStringLiteral("<br><span style=\"font-size:13pt; color:%1\"><b>%2</b></span> — %3")
                .arg(colour, DnaLabels::conclusion(a.conclusion), toQString(a.conclusionReason).toHtmlEscaped());
    html += QStringLiteral("<br>") + tr("Rule: %1").arg(toQString(a.rule).toHtmlEscaped());
    html += QStringLiteral("<br><small>") +
            tr("%1 · θ %2 · mutation model %3, μ %4 · table %5 · analysis %6 by %7 at %8")
                .arg(DnaLabels::hypothesis(a.hypothesis), QString::number(a.theta), toQString(a.mutationModel), QString::number(a.mutationRate),
                     tableName.toHtmlEscaped(), QString::number(a.id), toQString(a.analysedBy).toHtmlEscaped(), localTimeText(a.analysedAt)) +
            QStringLiteral("<br>") +
            tr("A likelihood ratio is one piece of evidence against “unrelated”; the probability depends on the prior shown.") +
            QStringLiteral("</small>");
    return html;
}

}  // namespace reunite::gui
