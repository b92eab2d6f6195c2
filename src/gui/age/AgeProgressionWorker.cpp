#include "gui/age/AgeProgressionWorker.h"

#include "age/model/AgeModel.h"
#include "core/image/ImageDecoder.h"
#include "age/progression/ProgressionMark.h"
#include "gui/shell/QtBridge.h"

namespace reunite::gui {

AgeProgressionWorker::AgeProgressionWorker(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {}

bool AgeProgressionWorker::start(const AgeProgressionInput& input) {
    auto progressor = progressor_;
    return launch([this, input, progressor](const std::atomic<bool>& cancelled) -> Completion {
        auto usedProgressor = progressor;
        if (!usedProgressor) {
            auto model = AgeModel::discover();
            if (!model) {
                const QString message = errorText(model.error());
                return [this, message] { emit failed(message); };
            }
            usedProgressor = std::make_shared<const AgeProgressor>(std::move(model).value());
        }
        if (cancelled) return [this, usedProgressor] { progressor_ = usedProgressor; emit this->cancelled(); };
        const ImageDecoder decoder;
        auto decoded = decoder.decodeFile(toPath(input.storedPhotoPath));
        if (!decoded) {
            const QString message = errorText(decoded.error());
            return [this, message, usedProgressor] { progressor_ = usedProgressor; emit failed(message); };
        }
        FacePhoto face{std::move(decoded).value().image, input.landmarks, input.sourceAge};
        ProgressionRequest request;
        request.targetAge = input.targetAge;
        request.sex = input.sex;
        auto result = usedProgressor->progress(face, request);
        if (!result) {
            const QString message = errorText(result.error());
            return [this, message, usedProgressor] { progressor_ = usedProgressor; emit failed(message); };
        }
        if (cancelled) return [this, usedProgressor] { progressor_ = usedProgressor; emit this->cancelled(); };
        const QImage before = toQImage(face.image);
        const QImage after = toQImage(result.value().image);
        QString warning;
        const AgeModel& model = usedProgressor->model();
        if (input.targetAge > model.oldestKnotAge() || input.targetAge < model.youngestKnotAge() ||
            input.sourceAge > model.oldestKnotAge() || input.sourceAge < model.youngestKnotAge()) {
            warning = tr("An age lies outside the age model's data (%1 to %2 years): the change is held at the nearest end.")
                          .arg(model.youngestKnotAge(), 0, 'f', 0)
                          .arg(model.oldestKnotAge(), 0, 'f', 0);
        }
        if (result.value().foldedTriangles > 0) warning += QLatin1Char(' ') + tr("The shape change folded the warp mesh: check the image.");
        auto kept = std::make_shared<const ProgressionResult>(std::move(result).value());
        return [this, before, after, warning, kept, usedProgressor] {
            progressor_ = usedProgressor;
            last_ = kept;
            emit rendered(before, after, warning.trimmed());
        };
    });
}

bool AgeProgressionWorker::exportPng(const QString& path) {
    if (!last_) return false;
    auto result = last_;
    return launch([this, path, result](const std::atomic<bool>&) -> Completion {
        const Status written = writeProgressedPng(toPath(path), result->image, result->record);
        const QString message = written ? QString() : errorText(written.error());
        return [this, path, message] { emit exported(path, message); };
    });
}

}  // namespace reunite::gui
