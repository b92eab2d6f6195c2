#pragma once
// RelativesPanel: the missing child's relatives (mother, father, siblings, others), read and
// saved off the GUI thread through the application layer (workflows::RelativeActions), each with
// the same photo handling as the child (PhotoPanel).
// Inputs: setCase(caseId) (nullopt: no case selected, everything disabled).
// Guarantees: relatives are listed in the order they were added; saveRelative() starts the save
// (relativeSaved() follows) and reports errors in the panel; removing asks for confirmation and deletes the
// relative's photos and faces with it (schema cascade). Edits are never dropped silently: choosing
// another relative or "Add relative" with unsaved edits asks (save / discard / stay), and
// mayLeaveRelative() lets the case page ask the same before another case is shown.
// Thread safety: GUI thread only.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QWidget>

#include "db/records/RelativeRecord.h"
#include "gui/common/SaveBeforeLeaving.h"

namespace Ui {
class RelativesPanel;
}

namespace reunite::gui {

class FaceImageProvider;
class PhotoPanel;
class Workstation;

class RelativesPanel : public QWidget {
    Q_OBJECT

public:
    RelativesPanel(Workstation& workstation, FaceImageProvider& images, QWidget* parent = nullptr);
    ~RelativesPanel() override;

    void setCase(std::optional<qint64> caseId);
    void startNewRelative();
    bool saveRelative();
    void selectRelative(int row);
    int relativeCount() const { return static_cast<int>(relatives_.size()); }
    // True while a field differs from the relative shown (or from the empty form of a new one).
    bool hasUnsavedChanges() const;
    // Without unsaved edits: true. Otherwise asks; "save" starts the save and calls thenDo once
    // it is stored and shown (false is returned: the caller does not go on by itself).
    bool mayLeaveRelative(std::function<void()> thenDo);
    PhotoPanel& photoPanel() { return *photos_; }

signals:
    void relativeSaved(qint64 relativeId);

private:
    // A mother is female and a father male: the sex follows the relation chosen.
    void suggestSexFromRelation();
    void reload(qint64 selectRelativeId = 0);
    void showRelatives(std::vector<db::RelativeRecord> relatives, qint64 selectRelativeId);
    void showSelectedRelative();
    void removeSelectedRelative();
    void onRowChanged(int row);
    void onAddRelativeClicked();
    void restoreShownRow();
    db::RelativeRecord recordFromFields() const;
    QString relativeLabel() const;

    Workstation& workstation_;
    std::unique_ptr<Ui::RelativesPanel> ui_;
    PhotoPanel* photos_;
    std::optional<qint64> caseId_;
    std::vector<db::RelativeRecord> relatives_;
    std::optional<db::RelativeRecord> current_;
    db::RelativeRecord shownFields_;     // the form as last shown, read back from the widgets
    int shownRow_ = -1;                  // the list row shown in the form (-1: a new relative)
    SaveBeforeLeaving leaving_;  // the save asked for before leaving, and where to go after
};

}  // namespace reunite::gui
