#pragma once
// LanguageSupport: the interface languages Reunite ships (English, Simplified Chinese) and the
// installation of the matching translators at start-up: Reunite's own (embedded :/i18n/reunite_*.qm)
// and Qt's (standard dialog buttons), the latter when found in Qt's translations folder.
// Inputs: a language code from AppSettings ("en", "zh_CN").
// Guarantees: install() never fails the start: a missing translation leaves English; it returns
// whether Reunite's own translation was loaded. A later install() replaces the translators an
// earlier one installed.
// Thread safety: GUI thread only, before the windows are created.
#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;

namespace reunite::gui {

class LanguageSupport {
public:
    // (code, name in its own language), English first.
    static QList<QPair<QString, QString>> available();
    static bool install(QCoreApplication& application, const QString& languageCode);
};

}  // namespace reunite::gui
