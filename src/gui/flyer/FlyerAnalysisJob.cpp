#include "gui/flyer/FlyerAnalysisJob.h"

#include "core/pipeline/FacePipeline.h"
#include "domain/FileBytes.h"
#include "domain/Utf8Text.h"
#include "ocr/FlyerReadingParser.h"
#include "ocr/FlyerTextRecognizer.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"

namespace reunite::gui {
namespace {

constexpr int kDisplayLongSide = 1600;

db::FaceRow faceRowOf(const FaceRecord& face, int index) {
    db::FaceRow row;
    row.faceIndex = index;
    row.detection = face.detection;
    row.landmarks = face.landmarks;
    row.quality = face.quality;
    row.embedding = face.embedding;
    return row;
}

}  // namespace

FlyerAnalysisJob::FlyerAnalysisJob(Workstation& workstation, QObject* parent) : BackgroundJob(workstation, parent) {
    qRegisterMetaType<FlyerFaces>();
    qRegisterMetaType<FlyerReading>();
}

FlyerAnalysisJob::~FlyerAnalysisJob() {
    cancel();
    waitForWork();
}

bool FlyerAnalysisJob::start(const QString& file, ocr::NumericDateOrder dateOrder) {
    const std::shared_ptr<const FacePipeline> prototype = workstation().pipeline();
    if (!prototype || isRunning()) return false;
    emit stageChanged(tr("Finding faces on the flyer…"));
    return launch([this, prototype, file, dateOrder](const CancellationToken& cancel) -> Completion {
        if (cloneSource_ != prototype || !pipeline_) {
            pipeline_ = prototype->clone();
            cloneSource_ = prototype;
        }
        // The flyer is read once: its hash and its pixels come from the same bytes.
        auto bytes = readFileBytes(toPath(file), pipeline_->decoder().options().maxFileBytes);
        auto decoded = bytes ? pipeline_->decoder().decodeBytes(bytes.value(), pathText(toPath(file)))
                             : Result<DecodedImage>(bytes.error());
        if (!decoded) {
            const QString message = errorText(decoded.error());
            return [this, file, message] { emit failed(file, message); };
        }
        FlyerFaces result;
        result.file = file;
        result.sha256 = toQString(sha256Hex(bytes.value()));
        if (!cancel.isCancelled()) {
            const ImageFaces found = pipeline_->processDecoded(decoded.value());
            for (const FaceRecord& face : found.faces) {
                if (!face.detection.fallback) result.faces.push_back(faceRowOf(face, static_cast<int>(result.faces.size())));
            }
        }
        auto image = std::make_shared<const Image>(std::move(decoded.value().image));
        result.originalSize = QSize(image->width, image->height);
        QImage display = toQImage(*image);
        if (std::max(display.width(), display.height()) > kDisplayLongSide) {
            display = display.scaled(kDisplayLongSide, kDisplayLongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        result.image = display;
        return [this, result, image, dateOrder] {
            if (cancelToken().isCancelled()) return;
            emit facesFound(result);
            readText(result.file, image, dateOrder);
        };
    });
}

void FlyerAnalysisJob::readText(const QString& file, std::shared_ptr<const Image> image, ocr::NumericDateOrder dateOrder) {
    emit stageChanged(tr("Reading the text of the flyer…"));
    launch([this, file, image, dateOrder](const CancellationToken&) -> Completion {
        FlyerReading reading;
        reading.file = file;
        if (!recognizer_) {
            auto created = ocr::FlyerTextRecognizer::create();
            if (created) {
                recognizer_ = std::move(created).value();
            } else {
                reading.error = errorText(created.error());
            }
        }
        if (recognizer_) {
            Result<ocr::OcrReading> read = recognizer_->recognize(*image);
            if (read) {
                reading.text = toQString(read.value().text());
                reading.meanConfidence = read.value().meanConfidence;
                ocr::FlyerParseOptions options;
                options.ambiguousDateOrder = dateOrder;
                reading.fields = ocr::parseFlyerReading(read.value(), options);
            } else {
                reading.error = errorText(read.error());
            }
        }
        return [this, reading] { emit textRead(reading); };
    });
}

}  // namespace reunite::gui
