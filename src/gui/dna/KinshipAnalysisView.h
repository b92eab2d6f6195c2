#pragma once
// KinshipAnalysisView: one stored kinship analysis: the per-locus table (the genotypes of every
// person side by side, the LR, inconsistent loci highlighted) and the summary: combined index,
// probability WITH its prior, inconsistent loci, power of exclusion, the conclusion and the rule
// applied, and the options used.
// Inputs: showAnalysis(record, table name) or clear().
// Thread safety: GUI thread only.
#include <optional>

#include <QWidget>

#include "db/records/KinshipAnalysisRecord.h"

class QLabel;
class QTableWidget;

namespace reunite::gui {

class KinshipAnalysisView : public QWidget {
    Q_OBJECT

public:
    explicit KinshipAnalysisView(QWidget* parent = nullptr);

    void showAnalysis(const db::KinshipAnalysisRecord& analysis, const QString& tableName);
    void clear(const QString& message);
    int locusRowCount() const;
    int highlightedRowCount() const { return highlighted_; }
    QString summaryText() const;

private:
    void fillLoci(const db::KinshipAnalysisRecord& analysis);
    QString summaryHtml(const db::KinshipAnalysisRecord& analysis, const QString& tableName) const;

    QTableWidget* loci_;
    QLabel* summary_;
    int highlighted_ = 0;
};

}  // namespace reunite::gui
