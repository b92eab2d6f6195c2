#pragma once
// AppSettings: the workstation's persistent preferences in QSettings (organisation "Reunite",
// application "Reunite"): last database file, interface language, user name, poster contact,
// export folder, main window geometry and state. One place for every key, so nothing else spells them.
// Guarantees: getters return sensible defaults when a key is missing (language "en", account name
// from $REUNITE_USER / $USER, no last database).
// Thread safety: GUI thread only (QSettings objects are created per call, so it is cheap to use).
#include <QByteArray>
#include <QString>

namespace reunite::gui {

class AppSettings {
public:
    static QString lastDatabase();
    static void setLastDatabase(const QString& path);

    static QString language();  // "en" or "zh_CN"
    static void setLanguage(const QString& language);

    // The account that signed in last at this workstation (suggested at the next sign-in; never
    // a password), else systemUserName().
    static QString userName();
    static void setUserName(const QString& name);

    // The contact printed on alert posters (empty: the poster's default) and the folder exports go to.
    static QString posterContact();
    static void setPosterContact(const QString& contact);
    // How many top leads of each search a case report names (0, the default: every lead).
    static int reportTopLeads();
    static void setReportTopLeads(int leads);
    static QString exportFolder();  // default: the home folder
    static void setExportFolder(const QString& folder);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray& geometry, const QByteArray& state);

    // The account name suggested before anybody signed in here: $REUNITE_USER, $USER, $LOGNAME, else none.
    static QString systemUserName();
};

}  // namespace reunite::gui
