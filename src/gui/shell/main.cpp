// reunite: the investigator workstation. Options: --database FILE, --language en|zh_CN;
// hidden: --screenshot-tour DIR (see ScreenshotTour.h).
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "gui/shell/AppSettings.h"
#include "gui/shell/LanguageSupport.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/ScreenshotTour.h"
#include "gui/shell/Workstation.h"
#include "workflows/storage/WorkstationPaths.h"

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Reunite"));
    QCoreApplication::setApplicationName(QStringLiteral("Reunite"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REUNITE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reunite investigator workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Database file to open."), QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("Interface language for this run (en, zh_CN)."),
                                            QStringLiteral("CODE"));
    QCommandLineOption tourOption(QStringLiteral("screenshot-tour"), QStringLiteral("Save a PNG of every screen into DIR."),
                                  QStringLiteral("DIR"));
    tourOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption tourFlyerOption(QStringLiteral("tour-flyer"), QStringLiteral("Flyer the screenshot tour reads."), QStringLiteral("FILE"));
    tourFlyerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption tourOnlyOption(QStringLiteral("tour-only"), QStringLiteral("Screens the tour saves, comma-separated."),
                                      QStringLiteral("NAMES"));
    tourOnlyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({databaseOption, languageOption, tourOption, tourFlyerOption, tourOnlyOption});
    parser.process(application);

    const bool tour = parser.isSet(tourOption);
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : (tour ? QStringLiteral("en") : reunite::gui::AppSettings::language());
    reunite::gui::LanguageSupport::install(application, language);

    reunite::gui::Workstation workstation;
    if (tour) {
        reunite::gui::TourOptions options;
        options.flyerFile = parser.value(tourFlyerOption);
        options.nameSuffix = language.startsWith(QLatin1String("zh")) ? QStringLiteral("-zh") : QString();
        if (parser.isSet(tourOnlyOption)) options.onlyScreens = parser.value(tourOnlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return reunite::gui::ScreenshotTour::run(workstation, parser.value(tourOption), options);
    }

    reunite::gui::MainWindow window(workstation);
    window.restoreSavedGeometry();
    QString database = parser.value(databaseOption);
    if (database.isEmpty()) database = reunite::gui::AppSettings::lastDatabase();
    const reunite::Result<std::filesystem::path> standard = reunite::defaultDatabasePath();
    const QString standardFile = standard ? reunite::gui::fromPath(standard.value()) : QString();
    if (database.isEmpty()) database = standardFile;
    if (database.isEmpty()) {
        window.explainMissingDatabasePlace();
    } else {
        window.openDatabaseFile(database, false, standardFile);
    }
    workstation.startLoadingModels();
    window.show();
    QObject::connect(&workstation, &reunite::gui::Workstation::databaseOpened, &window,
                     [&window] { QTimer::singleShot(0, &window, [&window] { window.signInIfNeeded(); }); });
    return application.exec();
}
