#include "gui/shell/SamplesFolder.h"

#include <QDir>
#include <QFileInfo>

#ifndef REUNITE_SAMPLES_DIR
#define REUNITE_SAMPLES_DIR ""
#endif

namespace reunite::gui {

QString SamplesFolder::path() {
    const QString fromEnvironment = qEnvironmentVariable("REUNITE_SAMPLES_DIR");
    return fromEnvironment.isEmpty() ? QString::fromUtf8(REUNITE_SAMPLES_DIR) : fromEnvironment;
}

QStringList SamplesFolder::galleryPhotos() {
    QStringList files;
    const QDir folder(path());
    for (const char* name : {"faceapi-sample1.jpg", "faceapi-sample2.jpg", "faceapi-sample3.jpg", "faceapi-sample4.jpg",
                                "faceapi-sample5.jpg", "faceapi-sample6.jpg", "messi5.jpg"}) {
        const QString file = folder.filePath(QString::fromLatin1(name));
        if (QFileInfo(file).isFile()) files << file;
    }
    return files;
}

QString SamplesFolder::casePhoto() {
    const QString file = QDir(path()).filePath(QStringLiteral("astronaut.png"));
    return QFileInfo(file).isFile() ? file : QString();
}

bool SamplesFolder::isAvailable() { return !casePhoto().isEmpty() && !galleryPhotos().isEmpty(); }

}  // namespace reunite::gui
