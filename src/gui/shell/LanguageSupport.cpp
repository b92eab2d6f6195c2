#include "gui/shell/LanguageSupport.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace reunite::gui {

QList<QPair<QString, QString>> LanguageSupport::available() {
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

bool LanguageSupport::install(QCoreApplication& application, const QString& languageCode) {
    const QString code = languageCode.isEmpty() ? QStringLiteral("en") : languageCode;
    QLocale::setDefault(QLocale(code));
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    auto* translator = new QTranslator(&application);
    if (!translator->load(QStringLiteral(":/i18n/reunite_%1.qm").arg(code))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

}  // namespace reunite::gui
