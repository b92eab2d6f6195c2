#pragma once
// NoticeText: what the Qt-free layers tell a person (domain/Notice.h) in the interface's language.
// The English interface shows the layers' own English text; a translation comes from the
// translation files (context reunite::gui::NoticeText). A Failure notice reads as errorText of
// its error (the translated kind, then the English details). An import error recorded before
// notices were stored shows its English message.
// Thread safety: GUI thread (uses the installed translators).
#include <QCoreApplication>
#include <QString>

#include "db/records/ImportErrorRecord.h"
#include "domain/Notice.h"

namespace reunite::gui {

class NoticeText {
    Q_DECLARE_TR_FUNCTIONS(reunite::gui::NoticeText)

public:
    static QString of(const Notice& notice);
    // The notice as a sentence of a running text (first letter capitalised, a full stop at the end
    // unless it has one), for a status line that strings notices together.
    static QString asSentence(const Notice& notice);
    static QString ofImportError(const db::ImportErrorRecord& error);

private:
    static QString translatedTemplate(NoticeId id);
};

}  // namespace reunite::gui
