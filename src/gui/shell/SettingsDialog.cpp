#include "gui/shell/SettingsDialog.h"

#include "gui/shell/AccountText.h"
#include "gui/shell/AppSettings.h"
#include "gui/shell/LanguageSupport.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "ui_SettingsDialog.h"

namespace reunite::gui {

SettingsDialog::SettingsDialog(Workstation& workstation, QWidget* parent)
    : QDialog(parent), workstation_(workstation), ui_(std::make_unique<Ui::SettingsDialog>()) {
    ui_->setupUi(this);
    const QString current = AppSettings::language();
    for (const auto& [code, name] : LanguageSupport::available()) {
        ui_->languageCombo->addItem(name, code);
        if (code == current) ui_->languageCombo->setCurrentIndex(ui_->languageCombo->count() - 1);
    }
    ui_->accountValueLabel->setText(workstation_.isSignedIn() ? accountText(workstation_.actor()) : tr("nobody"));
    ui_->databasePathLabel->setText(workstation_.hasDatabase() ? workstation_.databasePath() : tr("none"));
    ui_->topLeadsSpin->setValue(AppSettings::reportTopLeads());
    const auto pipeline = workstation_.pipeline();
    ui_->modelsValueLabel->setText(pipeline ? tr("%1 (match threshold %2)")
                                                  .arg(toQString(pipeline->embeddingModelId()))
                                                  .arg(pipeline->distanceThreshold())
                                            : workstation_.statusText());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept() {
    const QString language = ui_->languageCombo->currentData().toString();
    languageChanged_ = language != AppSettings::language();
    AppSettings::setLanguage(language);
    AppSettings::setReportTopLeads(ui_->topLeadsSpin->value());
    QDialog::accept();
}

}  // namespace reunite::gui
