#include "gui/shell/LanguageSupport.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace reunite::gui {

QList<QPair<QString, QString>> LanguageSupport::available() {
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

namespace {

const QString kInstalledByLanguageSupport = QStringLiteral("reunite-language-translator");

// A new language replaces the one installed before rather than sitting on top of it (where the
// old translator would still answer every text the new one leaves untranslated).
void removeEarlierTranslators(QCoreApplication& application) {
    const auto earlier = application.findChildren<QTranslator*>(kInstalledByLanguageSupport, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator* newTranslator(QCoreApplication& application) {
    auto* translator = new QTranslator(&application);
    translator->setObjectName(kInstalledByLanguageSupport);
    return translator;
}

}  // namespace

bool LanguageSupport::install(QCoreApplication& application, const QString& languageCode) {
    const QString code = languageCode.isEmpty() ? QStringLiteral("en") : languageCode;
    removeEarlierTranslators(application);
    QLocale::setDefault(QLocale(code));
    auto* qtTranslator = newTranslator(application);
    if (qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    auto* translator = newTranslator(application);
    if (!translator->load(QStringLiteral(":/i18n/reunite_%1.qm").arg(code))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

}  // namespace reunite::gui
