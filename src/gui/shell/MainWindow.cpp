#include "gui/shell/MainWindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QProgressBar>

#include "workflows/session/AccessPolicy.h"
#include "gui/shell/AccountText.h"
#include "gui/shell/AppSettings.h"
#include "gui/shell/AuditLogDialog.h"
#include "gui/shell/PassphraseDialog.h"
#include "gui/shell/SignInDialog.h"
#include "gui/cases/CaseWorkspace.h"
#include "gui/cases/CasesPage.h"
#include "gui/common/FaceImageProvider.h"
#include "gui/gallery/GalleryBrowserPage.h"
#include "gui/gallery/ImportPage.h"
#include "gui/help/UserGuideDialog.h"
#include "gui/report/CaseExporter.h"
#include "core/models/ModelLocator.h"
#include "core/pipeline/FacePipeline.h"
#include "crossage/AgeInvariantTransform.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/SettingsDialog.h"
#include "gui/shell/Workstation.h"
#include "ui_MainWindow.h"

namespace reunite::gui {

MainWindow::MainWindow(Workstation& workstation, QWidget* parent)
    : QMainWindow(parent), workstation_(workstation), ui_(std::make_unique<Ui::MainWindow>()) {
    ui_->setupUi(this);
    images_ = new FaceImageProvider(workstation, this);
    cases_ = new CasesPage(workstation, *images_, ui_->pages);
    gallery_ = new GalleryBrowserPage(workstation, *images_, ui_->pages);
    import_ = new ImportPage(workstation, ui_->pages);
    ui_->pages->addWidget(cases_);
    ui_->pages->addWidget(gallery_);
    ui_->pages->addWidget(import_);
    ui_->navigationList->addItem(tr("Cases"));
    ui_->navigationList->addItem(tr("Photo database"));
    ui_->navigationList->addItem(tr("Import"));
    connect(ui_->navigationList, &QListWidget::currentRowChanged, ui_->pages, &QStackedWidget::setCurrentIndex);
    ui_->navigationList->setCurrentRow(0);

    databaseLabel_ = new QLabel(this);
    databaseLabel_->setObjectName(QStringLiteral("databaseLabel"));
    busyBar_ = new QProgressBar(this);
    busyBar_->setRange(0, 0);
    busyBar_->setMaximumWidth(160);
    busyBar_->setTextVisible(false);
    statusBar()->addPermanentWidget(busyBar_);
    statusBar()->addPermanentWidget(databaseLabel_);

    connect(ui_->newDatabaseAction, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(ui_->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseExistingDatabase);
    connect(ui_->buildDemoAction, &QAction::triggered, this, [this] {
        showPage(Page::Cases);
        cases_->buildDemoWorkspace();
    });
    connectExportActions();
    connect(ui_->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui_->signInAction, &QAction::triggered, this, &MainWindow::signInAsSomeoneElse);
    connect(ui_->auditLogAction, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(ui_->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui_->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui_->userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(&workstation_, &Workstation::phaseChanged, this, &MainWindow::updateStatus);
    connect(&workstation_, &Workstation::galleryChanged, this, &MainWindow::updateStatus);
    connect(&workstation_, &Workstation::databaseOpened, this, [this] {
        AppSettings::setLastDatabase(workstation_.databasePath());
        updateStatus();
    });
    connect(&workstation_, &Workstation::databaseOpenFailed, this, &MainWindow::reportOpenFailure);
    connect(&workstation_, &Workstation::accountChanged, this, &MainWindow::updateStatus);
    connect(&workstation_, &Workstation::accountChanged, this, &MainWindow::applyRole);
    applyRole();
    updateStatus();
}

void MainWindow::applyRole() {
    const bool signedIn = workstation_.isSignedIn();
    const auto allowed = [&](workflows::Permission permission) { return !signedIn || workflows::roleAllows(workstation_.actor().role, permission); };
    ui_->navigationList->item(static_cast<int>(Page::Cases))->setHidden(!allowed(workflows::Permission::ViewCases));
    ui_->navigationList->item(static_cast<int>(Page::PhotoDatabase))->setHidden(!allowed(workflows::Permission::BrowseGallery));
    if (ui_->navigationList->item(static_cast<int>(currentPage()))->isHidden()) showPage(Page::Import);
    ui_->buildDemoAction->setEnabled(allowed(workflows::Permission::EditCases) && allowed(workflows::Permission::ImportGallery));
    ui_->auditLogAction->setEnabled(signedIn && allowed(workflows::Permission::ViewAudit));
}

MainWindow::~MainWindow() = default;

void MainWindow::connectExportActions() {
    CaseExporter& exporter = cases_->workspace().exporter();
    connect(ui_->exportReportAction, &QAction::triggered, this, [this, &exporter] {
        showPage(Page::Cases);
        exporter.exportReport();
    });
    connect(ui_->exportPosterAction, &QAction::triggered, this, [this, &exporter] {
        showPage(Page::Cases);
        exporter.exportPoster();
    });
    connect(&exporter, &CaseExporter::availabilityChanged, ui_->exportReportAction, &QAction::setEnabled);
    connect(&exporter, &CaseExporter::availabilityChanged, ui_->exportPosterAction, &QAction::setEnabled);
    ui_->exportReportAction->setEnabled(exporter.canExport());
    ui_->exportPosterAction->setEnabled(exporter.canExport());
}

void MainWindow::showPage(Page page) { ui_->navigationList->setCurrentRow(static_cast<int>(page)); }

MainWindow::Page MainWindow::currentPage() const { return static_cast<Page>(ui_->pages->currentIndex()); }

void MainWindow::restoreSavedGeometry() {
    const QByteArray geometry = AppSettings::windowGeometry();
    if (!geometry.isEmpty()) restoreGeometry(geometry);
    const QByteArray state = AppSettings::windowState();
    if (!state.isEmpty()) restoreState(state);
}

void MainWindow::signInIfNeeded() {
    if (workstation_.isSignedIn() || !workstation_.hasDatabase() || signingIn_) return;
    signingIn_ = true;
    workstation_.checkLocked(this, [this](Result<bool> locked) {
        if (!locked) {
            signingIn_ = false;
            QMessageBox::warning(this, tr("Unlock the database"), errorText(locked.error()));
            return;
        }
        if (locked.value()) {
            PassphraseDialog dialog(workstation_, this);
            if (dialog.exec() != QDialog::Accepted) {
                signingIn_ = false;
                return;
            }
        }
        askForAccount();
    });
}

void MainWindow::askForAccount() {
    workstation_.checkAccounts(this, [this](Result<bool> hasAccounts) {
        if (!hasAccounts) {
            signingIn_ = false;
            QMessageBox::warning(this, tr("Sign in"), errorText(hasAccounts.error()));
            return;
        }
        const SignInDialog::Mode mode = hasAccounts.value() ? SignInDialog::Mode::SignIn : SignInDialog::Mode::FirstSupervisor;
        SignInDialog dialog(workstation_, mode, AppSettings::userName(), this);
        dialog.exec();
        signingIn_ = false;
    });
}

void MainWindow::showAuditLog() {
    AuditLogDialog dialog(workstation_, this);
    dialog.exec();
}

void MainWindow::explainMissingDatabasePlace() {
    QMessageBox::warning(this, tr("No database"),
                         tr("No private folder for the database is known (HOME is not set). Choose a database file with "
                            "File > Open database, or set REUNITE_DB."));
}

void MainWindow::signInAsSomeoneElse() {
    workstation_.signOut();
    signInIfNeeded();
}

bool MainWindow::openDatabaseFile(const QString& path, bool quiet, const QString& fallback) {
    openQuietly_ = quiet;
    fallbackDatabase_ = fallback;
    if (Status started = workstation_.openDatabase(path); !started) {
        reportOpenFailure(path, errorText(started.error()));
        return false;
    }
    return true;
}

void MainWindow::reportOpenFailure(const QString& path, const QString& reason) {
    const QString message = tr("The database %1 could not be opened:\n%2").arg(path, reason);
    if (!fallbackDatabase_.isEmpty() && fallbackDatabase_ != path) {
        statusBar()->showMessage(message);
        const QString fallback = fallbackDatabase_;
        fallbackDatabase_.clear();
        openDatabaseFile(fallback, openQuietly_);
        return;
    }
    if (openQuietly_) {
        statusBar()->showMessage(message);
    } else {
        QMessageBox::warning(this, tr("Open database"), message);
    }
}

void MainWindow::chooseNewDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(workstation_.databasePath()).absolutePath(),
                                                      tr("Reunite databases (*.db);;All files (*)"));
    if (path.isEmpty()) return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"), tr("%1 already exists. Use Open database to open it.").arg(path));
        return;
    }
    openDatabaseFile(path.endsWith(QLatin1String(".db")) ? path : path + QStringLiteral(".db"));
}

void MainWindow::chooseExistingDatabase() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(workstation_.databasePath()).absolutePath(),
                                                      tr("Reunite databases (*.db);;All files (*)"));
    if (!path.isEmpty()) openDatabaseFile(path);
}

void MainWindow::showSettings() {
    SettingsDialog dialog(workstation_, this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged()) offerRestartForLanguage();
}

void MainWindow::offerRestartForLanguage() {
    QMessageBox box(QMessageBox::Question, tr("Settings"),
                    tr("The new language applies when Reunite starts again. Restart now? Unsaved edits are asked "
                       "about first; running work is asked about too."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restartQuestion"));
    QPushButton* restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNowButton"));
    box.addButton(tr("Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("restartLaterButton"));
    box.exec();
    if (box.clickedButton() != restart || !close()) return;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const int language = arguments.indexOf(QStringLiteral("--language"));
    if (language >= 0) arguments.remove(language, std::min<qsizetype>(2, arguments.size() - language));
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

QString MainWindow::aboutText() const {
    return tr("<h3>Reunite %1</h3><p>An offline investigator workstation that helps find children who were "
              "abducted years ago.</p><p><b>Every score is an investigative lead, never an identification.</b> "
              "Only DNA confirms identity.</p>")
               .arg(QStringLiteral(REUNITE_VERSION)) +
           modelsText() + tr("<p>Press F1 on any screen for the user guide.</p>");
}

QString MainWindow::modelsText() const {
    QStringList lines;
    if (const auto pipeline = workstation_.pipeline()) {
        lines << tr("Face embedding model: %1").arg(toQString(pipeline->embeddingModelId()).toHtmlEscaped());
    } else {
        lines << tr("Face models: not loaded");
    }
    const auto transform = workstation_.ageInvariantTransform();
    lines << (transform ? tr("Age-invariant comparison: %1").arg(toQString(transform->provenance()).toHtmlEscaped())
                        : tr("Age-invariant comparison: not installed"));
    return QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

void MainWindow::showAbout() { QMessageBox::about(this, tr("About Reunite"), aboutText()); }

QString MainWindow::helpTopic() const {
    switch (currentPage()) {
        case Page::PhotoDatabase: return QStringLiteral("photo-database");
        case Page::Import: return import_->isFlyerTabShown() ? QStringLiteral("flyers") : QStringLiteral("import");
        case Page::Cases: break;
    }
    switch (cases_->workspace().currentTab()) {
        case CaseWorkspace::Tab::Photos: return QStringLiteral("photos");
        case CaseWorkspace::Tab::Relatives: return QStringLiteral("relatives");
        case CaseWorkspace::Tab::Search: return QStringLiteral("search");
        case CaseWorkspace::Tab::Compare: return QStringLiteral("compare");
        case CaseWorkspace::Tab::AgeProgression: return QStringLiteral("progression");
        case CaseWorkspace::Tab::Dna: return QStringLiteral("dna");
        case CaseWorkspace::Tab::Details: break;
    }
    return QStringLiteral("cases");
}

void MainWindow::showUserGuide() {
    if (!guide_) {
        guide_ = new UserGuideDialog(this);
        guide_->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide_->show();
    guide_->raise();
    guide_->activateWindow();
    guide_->showTopic(helpTopic());
}

void MainWindow::updateStatus() {
    const Workstation::Phase phase = workstation_.phase();
    const bool loading = phase == Workstation::Phase::LoadingModels || phase == Workstation::Phase::LoadingGallery;
    const bool failed = phase == Workstation::Phase::ModelsFailed || phase == Workstation::Phase::GalleryFailed;
    busyBar_->setVisible(loading);
    statusBar()->showMessage(workstation_.statusText());
    databaseLabel_->setText(workstation_.hasDatabase()
                                ? tr("%1 · %2").arg(QFileInfo(workstation_.databasePath()).fileName(),
                                                    workstation_.isSignedIn() ? accountText(workstation_.actor()) : tr("not signed in"))
                                : tr("no database"));
    databaseLabel_->setToolTip(workstation_.databasePath());
    ui_->startupBanner->setVisible(loading || failed);
    if (failed) {
        ui_->startupBanner->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; padding: 8px; border-radius: 4px;"));
        QString text = workstation_.statusText();
        if (phase == Workstation::Phase::ModelsFailed) {
            text += QLatin1Char(' ') + tr("Cases can still be edited; searching and importing need the models. Run: %1")
                                           .arg(QString::fromUtf8(kSetupCommand));
        }
        ui_->startupBanner->setText(text);
    } else if (loading) {
        ui_->startupBanner->setStyleSheet(QStringLiteral("background: #e3f2fd; color: #0d3c61; padding: 8px; border-radius: 4px;"));
        ui_->startupBanner->setText(tr("Starting up: %1 Cases can already be viewed and edited.").arg(workstation_.statusText()));
    }
    setWindowTitle(workstation_.hasDatabase() ? tr("Reunite — %1").arg(QFileInfo(workstation_.databasePath()).fileName())
                                              : tr("Reunite"));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!cases_->mayLeaveCurrentCase([this] { close(); })) {
        event->ignore();
        return;
    }
    if (!import_->mayDiscardFlyerDraft()) {
        showPage(Page::Import);
        event->ignore();
        return;
    }
    if (workstation_.runningJobs() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Quit Reunite"),
            tr("An import, search or photo processing is still running. Quit anyway? Work stored so far is kept; an "
               "interrupted import can be run again to complete it."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}

}  // namespace reunite::gui
