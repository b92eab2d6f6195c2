#pragma once
// LabFileDropArea: the place to drop a lab results file (CSV or GeneMapper export; .csv, .tsv,
// .txt) on the DNA screen, or to click to choose one. Emits fileChosen(path) for one local file.
// Guarantees: drops of anything else (several files, folders, remote URLs) are refused.
// Thread safety: GUI thread only.
#include <QLabel>

namespace reunite::gui {

class LabFileDropArea : public QLabel {
    Q_OBJECT

public:
    explicit LabFileDropArea(QWidget* parent = nullptr);

signals:
    void fileChosen(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
};

}  // namespace reunite::gui
