#include "domain/Notice.h"

#include <array>
#include <utility>

namespace reunite {
namespace {

constexpr char kSeparator = '\x1f';

constexpr std::array<std::pair<NoticeId, std::string_view>, 31> kKeys{{
    {NoticeId::RowWithoutFile, "row-without-file"},
    {NoticeId::RowFileOutsideFolder, "row-file-outside-folder"},
    {NoticeId::FileNotFound, "file-not-found"},
    {NoticeId::RowNotUtf8, "row-not-utf8"},
    {NoticeId::RowWithoutRecordId, "row-without-record-id"},
    {NoticeId::RowUnknownSex, "row-unknown-sex"},
    {NoticeId::RowBadBirthDate, "row-bad-birth-date"},
    {NoticeId::RowBadBirthYear, "row-bad-birth-year"},
    {NoticeId::RowUnknownSource, "row-unknown-source"},
    {NoticeId::RowBadPhotoDate, "row-bad-photo-date"},
    {NoticeId::RowBadFaceChoice, "row-bad-face-choice"},
    {NoticeId::RowConflictingRecord, "row-conflicting-record"},
    {NoticeId::RowRepeated, "row-repeated"},
    {NoticeId::Failure, "failure"},
    {NoticeId::FlyerWithoutFace, "flyer-without-face"},
    {NoticeId::FlyerUncertainValues, "flyer-uncertain-values"},
    {NoticeId::AgeInvariantSwitchedOff, "age-invariant-switched-off"},
    {NoticeId::AgeInvariantNotInstalled, "age-invariant-not-installed"},
    {NoticeId::DamagedFacesLeftOut, "damaged-faces-left-out"},
    {NoticeId::ProgressedProbesNotUsed, "progressed-probes-not-used"},
    {NoticeId::PosterWithoutPhoto, "poster-without-photo"},
    {NoticeId::PosterPhotoUnreadable, "poster-photo-unreadable"},
    {NoticeId::PosterPhotoWithoutFace, "poster-photo-without-face"},
    {NoticeId::PosterWithoutAges, "poster-without-ages"},
    {NoticeId::PosterWithoutProgression, "poster-without-progression"},
    {NoticeId::ReportProgressionLeftOut, "report-progression-left-out"},
    {NoticeId::ProbePhotoNotForGallery, "probe-photo-not-for-gallery"},
    {NoticeId::ReportGalleryPeopleLeftOut, "report-gallery-people-left-out"},
    {NoticeId::LikelihoodsNotInstalled, "likelihoods-not-installed"},
    {NoticeId::KinshipCompared, "kinship-compared"},
    {NoticeId::RelativesOnlySearch, "relatives-only-search"},
}};

std::string uncertainValuesText(const std::string& count) {
    return count + (count == "1" ? " value was" : " values were") +
           " read uncertainly and put in the notes, not in the fields: check them against the flyer";
}

// Arguments may hold any text: the separator and the escape character are escaped.
void appendEscaped(std::string& out, std::string_view text) {
    for (const char c : text) {
        if (c == '\\' || c == kSeparator) out += '\\';
        out += c == kSeparator ? 'u' : c;
    }
}

}  // namespace

const std::string& Notice::arg(std::size_t index) const {
    static const std::string kEmpty;
    return index < args.size() ? args[index] : kEmpty;
}

Notice failureNotice(const Error& error) { return Notice{NoticeId::Failure, {errorCodeName(error.code), error.message}}; }

std::string noticeText(const Notice& n) {
    const std::string row = "row " + n.arg(0) + ": ";
    switch (n.id) {
    case NoticeId::RowWithoutFile: return row + "no file given";
    case NoticeId::RowFileOutsideFolder: return row + n.arg(1) + " lies outside the manifest's folder and was not read";
    case NoticeId::FileNotFound: return "file not found: " + n.arg(0);
    case NoticeId::RowNotUtf8: return row + "text that is not UTF-8 (save the manifest as UTF-8)";
    case NoticeId::RowWithoutRecordId: return row + "record_id is empty";
    case NoticeId::RowUnknownSex: return row + "unknown sex '" + n.arg(1) + "' (use F, M or U)";
    case NoticeId::RowBadBirthDate: return row + "bad birth date '" + n.arg(1) + "' (use YYYY-MM-DD)";
    case NoticeId::RowBadBirthYear: return row + "bad birth year '" + n.arg(1) + "'";
    case NoticeId::RowUnknownSource: return row + "unknown source '" + n.arg(1) + "'";
    case NoticeId::RowBadPhotoDate: return row + "bad photo date '" + n.arg(1) + "'";
    case NoticeId::RowBadFaceChoice: return row + n.arg(1);
    case NoticeId::RowConflictingRecord:
        return row + "record_id " + n.arg(1) + " was given different personal data on row " + n.arg(2);
    case NoticeId::RowRepeated: return row + "repeats row " + n.arg(1) + " (same record_id and file)";
    case NoticeId::Failure: return n.arg(1);
    case NoticeId::FlyerWithoutFace: return "no face was found; the record was stored without a face";
    case NoticeId::FlyerUncertainValues: return uncertainValuesText(n.arg(0));
    case NoticeId::AgeInvariantSwitchedOff:
        return "the age-invariant comparison was switched off: faces are compared directly only";
    case NoticeId::AgeInvariantNotInstalled:
        return "the age-invariant comparison is not installed (" + n.arg(0) + "): faces are compared directly only";
    case NoticeId::DamagedFacesLeftOut:
        return n.arg(0) + (n.arg(0) == "1" ? " gallery face was" : " gallery faces were") +
               " left out of the search because the stored embedding is damaged (" + (n.arg(0) == "1" ? "face " : "faces ") +
               n.arg(1) + "); run `reunite-cli check` and re-import those photos";
    case NoticeId::ProgressedProbesNotUsed: return "age-progressed probes were not used: " + n.arg(0);
    case NoticeId::LikelihoodsNotInstalled:
        return "likelihood ratios are not available (" + n.arg(0) + "): no LR is shown and relatives' photos are not compared";
    case NoticeId::KinshipCompared:
        return "the leads were ranked with the relatives' photos too (" + n.arg(0) + " relative(s), " + n.arg(1) +
               " face(s)): kinship is weak evidence, a lead only";
    case NoticeId::RelativesOnlySearch:
        return "the case has no childhood photo: the leads were found by the relatives' photos alone (the " + n.arg(0) +
               " candidates most like them compared by kinship); this is much weaker than a childhood photo";
    case NoticeId::PosterWithoutPhoto: return "case " + n.arg(0) + " has no childhood photo: the poster shows none";
    case NoticeId::PosterPhotoUnreadable: return n.arg(0) + ": " + n.arg(1);
    case NoticeId::PosterPhotoWithoutFace: return n.arg(0) + " has no detected face: no age-progressed image";
    case NoticeId::PosterWithoutAges: return "no age-progressed image: the photo's age or the case's dates are missing";
    case NoticeId::PosterWithoutProgression: return "no age-progressed image: " + n.arg(0);
    case NoticeId::ReportProgressionLeftOut: return n.arg(0);
    case NoticeId::ProbePhotoNotForGallery:
        return n.arg(0) + " is a childhood photo of a case: probe photos never enter the photo database";
    case NoticeId::ReportGalleryPeopleLeftOut:
        return n.arg(0) + " people of the photo database outside the top leads were left out of this report";
    }
    return n.arg(0);
}

std::string_view noticeKey(NoticeId id) {
    for (const auto& [known, key] : kKeys) {
        if (known == id) return key;
    }
    return "failure";
}

std::string encodeNotice(const Notice& notice) {
    std::string text(noticeKey(notice.id));
    for (const std::string& arg : notice.args) {
        text += kSeparator;
        appendEscaped(text, arg);
    }
    return text;
}

std::optional<Notice> decodeNotice(std::string_view text) {
    const std::size_t keyEnd = std::min(text.find(kSeparator), text.size());
    std::optional<Notice> notice;
    for (const auto& [id, key] : kKeys) {
        if (key == text.substr(0, keyEnd)) notice = Notice{id, {}};
    }
    if (!notice) return std::nullopt;
    for (std::size_t i = keyEnd; i < text.size(); ++i) {
        const char c = text[i];
        if (c == kSeparator) {
            notice->args.emplace_back();
        } else if (c == '\\') {
            if (++i == text.size()) return std::nullopt;
            notice->args.back() += text[i] == 'u' ? kSeparator : text[i];
        } else {
            notice->args.back() += c;
        }
    }
    return notice;
}

}  // namespace reunite
