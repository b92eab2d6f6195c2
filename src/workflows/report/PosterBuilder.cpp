#include "workflows/report/PosterBuilder.h"

#include "workflows/age/ProgressionActions.h"
#include "workflows/age/ProgressionTarget.h"
#include "workflows/cases/CaseActions.h"
#include "workflows/report/ReportCaseSummary.h"
#include "workflows/report/ReportPictures.h"

namespace reunite::workflows {
namespace {

constexpr double kPosterWiden = 2.4;
constexpr double kPosterAspect = 0.8;

// The photo the poster shows: the first childhood photo with a face and a known age, else the
// first with a face, else the first.
const PhotoWithFaces* posterPhoto(const CaseFile& file) {
    const PhotoWithFaces* withFace = nullptr;
    for (const PhotoWithFaces& photo : file.photos) {
        if (photo.faces.empty()) continue;
        if (photo.photo.ageAtPhotoYears) return &photo;
        if (!withFace) withFace = &photo;
    }
    if (withFace) return withFace;
    return file.photos.empty() ? nullptr : &file.photos.front();
}

}  // namespace

Result<BuiltPoster> PosterBuilder::build(const PosterRequest& request) {
    if (Status allowed = session_.authorizeCase(Permission::ViewCases, request.document.caseId); !allowed) return allowed.error();
    if (Status recorded = session_.audit({"report.poster", request.document.caseId, {{"case", std::to_string(request.document.caseId)}}, {}});
        !recorded) {
        return recorded.error();
    }
    Result<CaseFile> file = CaseActions(session_).open(request.document.caseId);
    if (!file) return file.error();
    const db::CaseRecord& c = file.value().record;
    BuiltPoster built;
    report::PosterModel& model = built.model;
    model.language = request.document.language;
    model.generatedAt = documentTime(request.document);
    model.caseInfo = caseSummaryOf(c);
    model.contact = request.contact.empty() ? c.contact : request.contact;

    const PhotoWithFaces* photo = posterPhoto(file.value());
    if (!photo) {
        built.notes.push_back(Notice{NoticeId::PosterWithoutPhoto, {c.caseNumber}});
        return built;
    }
    const Result<Image> decoded = decodedReportPhoto(session_.photoStore(), *photo);
    if (!decoded) {
        built.notes.push_back(Notice{NoticeId::PosterPhotoUnreadable, {photo->photo.originalFileName, decoded.error().message}});
        return built;
    }
    model.childhoodAge = photo->photo.ageAtPhotoYears;
    const std::vector<db::FaceRow> faces = distinctFaces(photo->faces);
    if (faces.empty()) {
        model.childhoodPhoto = faceRegion(decoded.value(), RectF{0, 0, static_cast<double>(decoded.value().width),
                                                                       static_cast<double>(decoded.value().height)},
                                          1.0, kPosterAspect, request.photoMaxSide);
        built.notes.push_back(Notice{NoticeId::PosterPhotoWithoutFace, {photo->photo.originalFileName}});
        return built;
    }
    const RectF& box = faces.front().detection.box;
    model.childhoodPhoto = faceRegion(decoded.value(), box, kPosterWiden, kPosterAspect, request.photoMaxSide);
    const std::optional<double> target = progressionTargetAge(c, photo->photo, model.generatedAt);
    if (!target) {
        built.notes.push_back(Notice{NoticeId::PosterWithoutAges, {}});
        return built;
    }
    Result<RenderedProgression> rendered = ProgressionActions(session_).renderDecoded(
        decoded.value(), faces.front().landmarks, ProgressionAges{*photo->photo.ageAtPhotoYears, *target, c.sex});
    if (!rendered) {
        built.notes.push_back(Notice{NoticeId::PosterWithoutProgression, {rendered.error().message}});
        return built;
    }
    const ProgressionRecord& record = rendered.value().result.record;
    model.progressed = report::PosterProgression{
        faceRegion(rendered.value().result.image, box, kPosterWiden, kPosterAspect, request.photoMaxSide), record.targetAge,
        record.sourceAge, record.modelId};
    return built;
}

}  // namespace reunite::workflows
