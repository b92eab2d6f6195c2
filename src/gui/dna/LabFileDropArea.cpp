#include "gui/dna/LabFileDropArea.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace reunite::gui {

namespace {

QString singleLocalFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1) return {};
    const QUrl url = mime->urls().front();
    if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile()) return {};
    return url.toLocalFile();
}

}  // namespace

LabFileDropArea::LabFileDropArea(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("labDropArea"));
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMinimumHeight(56);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("QLabel { border: 2px dashed #8a94a6; border-radius: 6px; padding: 8px; color: #44506a; }"));
    setText(tr("Drop the lab's results here (CSV sample,marker,allele1,allele2 or a GeneMapper export), or click to choose the file"));
}

void LabFileDropArea::dragEnterEvent(QDragEnterEvent* event) {
    if (isEnabled() && !singleLocalFile(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void LabFileDropArea::dropEvent(QDropEvent* event) {
    const QString file = singleLocalFile(event->mimeData());
    if (!isEnabled() || file.isEmpty()) return;
    event->acceptProposedAction();
    emit fileChosen(file);
}

void LabFileDropArea::mousePressEvent(QMouseEvent* event) {
    QLabel::mousePressEvent(event);
    if (!isEnabled()) return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Lab results file"), QString(),
                                                      tr("Lab results (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty()) emit fileChosen(file);
}

}  // namespace reunite::gui
