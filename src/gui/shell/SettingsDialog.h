#pragma once
// SettingsDialog: interface language (applies at the next start) and the user name recorded with
// every change; shows the open database and the face engine's state.
// Inputs: the Workstation. On accept the choices are stored (AppSettings, Workstation::setUserName).
// Guarantees: an empty user name is refused (the previous one is kept).
// Thread safety: GUI thread only.
#include <memory>

#include <QDialog>

namespace Ui {
class SettingsDialog;
}

namespace reunite::gui {

class Workstation;

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(Workstation& workstation, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    // True when the language differs from the one the program started with.
    bool languageChanged() const { return languageChanged_; }

private:
    Workstation& workstation_;
    std::unique_ptr<Ui::SettingsDialog> ui_;
    bool languageChanged_ = false;
};

}  // namespace reunite::gui
