#include "gui/common/NoticeText.h"

#include "gui/shell/QtBridge.h"

namespace reunite::gui {

// The templates use %1, %2, ... for the notice's arguments in order.
QString NoticeText::translatedTemplate(NoticeId id) {
    switch (id) {
    case NoticeId::RowWithoutFile: return tr("row %1: no file given");
    case NoticeId::RowFileOutsideFolder: return tr("row %1: %2 lies outside the manifest's folder and was not read");
    case NoticeId::FileNotFound: return tr("file not found: %1");
    case NoticeId::RowNotUtf8: return tr("row %1: text that is not UTF-8 (save the manifest as UTF-8)");
    case NoticeId::RowWithoutRecordId: return tr("row %1: record_id is empty");
    case NoticeId::RowUnknownSex: return tr("row %1: unknown sex '%2' (use F, M or U)");
    case NoticeId::RowBadBirthDate: return tr("row %1: bad birth date '%2' (use YYYY-MM-DD)");
    case NoticeId::RowBadBirthYear: return tr("row %1: bad birth year '%2'");
    case NoticeId::RowUnknownSource: return tr("row %1: unknown source '%2'");
    case NoticeId::RowBadPhotoDate: return tr("row %1: bad photo date '%2'");
    case NoticeId::RowBadFaceChoice: return tr("row %1: the face column cannot be used: %2", "%2: English details");
    case NoticeId::RowConflictingRecord: return tr("row %1: record_id %2 was given different personal data on row %3");
    case NoticeId::RowRepeated: return tr("row %1: repeats row %2 (same record_id and file)");
    case NoticeId::Failure: return QString();
    case NoticeId::FlyerWithoutFace: return tr("no face was found; the record was stored without a face");
    case NoticeId::FlyerUncertainValues:
        return tr("%1 value(s) read uncertainly were put in the notes, not in the fields: check them against the flyer");
    case NoticeId::AgeInvariantSwitchedOff:
        return tr("the age-invariant comparison was switched off: faces are compared directly only");
    case NoticeId::AgeInvariantNotInstalled:
        return tr("the age-invariant comparison is not installed (%1): faces are compared directly only", "%1: English details");
    case NoticeId::DamagedFacesLeftOut:
        return tr("%1 gallery face(s) were left out of the search because the stored embedding is damaged (faces %2); "
                  "run `reunite-cli check` and re-import those photos");
    case NoticeId::ProgressedProbesNotUsed: return tr("age-progressed probes were not used: %1", "%1: English details");
    case NoticeId::LikelihoodsNotInstalled:
        return tr("likelihood ratios are not available (%1): no LR is shown and relatives' photos are not compared",
                  "%1: English details");
    case NoticeId::KinshipCompared:
        return tr("the leads were ranked with the relatives' photos too (%1 relative(s), %2 face(s)): kinship is weak "
                  "evidence, a lead only");
    case NoticeId::RelativesOnlySearch:
        return tr("the case has no childhood photo: the leads were found by the relatives' photos alone (the %1 "
                  "candidates most like them compared by kinship); this is much weaker than a childhood photo");
    case NoticeId::PosterWithoutPhoto: return tr("case %1 has no childhood photo: the poster shows none");
    case NoticeId::PosterPhotoUnreadable: return tr("%1 cannot be read: %2", "%2: English details");
    case NoticeId::PosterPhotoWithoutFace: return tr("%1 has no detected face: no age-progressed image");
    case NoticeId::ProbePhotoNotForGallery:
        return tr("%1 is a childhood photo of a case: probe photos never enter the photo database");
    case NoticeId::ReportGalleryPeopleLeftOut:
        return tr("%1 people of the photo database outside the top leads were left out of this report");
    case NoticeId::PosterWithoutAges: return tr("no age-progressed image: the photo's age or the case's dates are missing");
    case NoticeId::PosterWithoutProgression: return tr("no age-progressed image: %1", "%1: English details");
    case NoticeId::ReportProgressionLeftOut: return tr("an age-progressed image was left out: %1", "%1: the photo and English details");
    }
    return QString();
}

QString NoticeText::of(const Notice& notice) {
    if (notice.id == NoticeId::Failure) return errorText(Error{errorCodeFromName(notice.arg(0)), notice.arg(1)});
    // The English interface (nothing translated): the layers' own text, with its plural forms.
    const char* probe = "row %1: no file given";
    if (QCoreApplication::translate("reunite::gui::NoticeText", probe) == QLatin1String(probe)) return toQString(noticeText(notice));
    const QString text = translatedTemplate(notice.id);
    // One multi-argument arg() so that a '%2' inside an argument (a file name) is left as it is.
    const QString a = toQString(notice.arg(0)), b = toQString(notice.arg(1)), c = toQString(notice.arg(2));
    switch (notice.args.size()) {
    case 0: return text;
    case 1: return text.arg(a);
    case 2: return text.arg(a, b);
    default: return text.arg(a, b, c);
    }
}

QString NoticeText::asSentence(const Notice& notice) {
    QString text = of(notice);
    if (text.isEmpty()) return text;
    text[0] = text[0].toUpper();
    const QChar last = text.back();
    const bool ended = last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?') || last == QChar(0x3002);
    if (!ended) text += last.unicode() >= 0x2E80 ? QChar(0x3002) : QLatin1Char('.');  // a CJK text ends with an ideographic full stop
    return text;
}

QString NoticeText::ofImportError(const db::ImportErrorRecord& error) {
    if (error.notice) {
        if (const std::optional<Notice> notice = decodeNotice(*error.notice)) return of(*notice);
    }
    return toQString(error.message);
}

}  // namespace reunite::gui
