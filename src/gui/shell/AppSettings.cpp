#include "gui/shell/AppSettings.h"

#include <algorithm>

#include <QDir>
#include <QSettings>

namespace reunite::gui {
namespace {

constexpr const char* kLastDatabase = "database/last";
constexpr const char* kLanguage = "interface/language";
constexpr const char* kUserName = "user/name";
constexpr const char* kPosterContact = "export/posterContact";
constexpr const char* kReportTopLeads = "export/reportTopLeads";
constexpr const char* kExportFolder = "export/folder";
constexpr const char* kGeometry = "mainWindow/geometry";
constexpr const char* kState = "mainWindow/state";

}  // namespace

QString AppSettings::lastDatabase() { return QSettings().value(kLastDatabase).toString(); }

void AppSettings::setLastDatabase(const QString& path) { QSettings().setValue(kLastDatabase, path); }

QString AppSettings::language() { return QSettings().value(kLanguage, QStringLiteral("en")).toString(); }

void AppSettings::setLanguage(const QString& language) { QSettings().setValue(kLanguage, language); }

QString AppSettings::userName() {
    const QString stored = QSettings().value(kUserName).toString().trimmed();
    return stored.isEmpty() ? systemUserName() : stored;
}

void AppSettings::setUserName(const QString& name) { QSettings().setValue(kUserName, name.trimmed()); }

QString AppSettings::posterContact() { return QSettings().value(kPosterContact).toString(); }

void AppSettings::setPosterContact(const QString& contact) { QSettings().setValue(kPosterContact, contact.trimmed()); }

int AppSettings::reportTopLeads() { return std::max(0, QSettings().value(kReportTopLeads, 0).toInt()); }

void AppSettings::setReportTopLeads(int leads) { QSettings().setValue(kReportTopLeads, std::max(0, leads)); }

QString AppSettings::exportFolder() { return QSettings().value(kExportFolder, QDir::homePath()).toString(); }

void AppSettings::setExportFolder(const QString& folder) { QSettings().setValue(kExportFolder, folder); }

QByteArray AppSettings::windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }

QByteArray AppSettings::windowState() { return QSettings().value(kState).toByteArray(); }

void AppSettings::setWindowGeometry(const QByteArray& geometry, const QByteArray& state) {
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

QString AppSettings::systemUserName() {
    for (const char* variable : {"REUNITE_USER", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty()) return value;
    }
    return {};
}

}  // namespace reunite::gui
