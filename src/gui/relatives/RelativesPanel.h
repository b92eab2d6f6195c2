#pragma once
// RelativesPanel: the missing child's relatives (mother, father, siblings, others), read and
// saved off the GUI thread through the application layer (workflows::RelativeActions), each with
// the same photo handling as the child (PhotoPanel).
// Inputs: setCase(caseId) (nullopt: no case selected, everything disabled).
// Guarantees: relatives are listed in the order they were added; saveRelative() starts the save
// (relativeSaved() follows) and reports errors in the panel; removing asks for confirmation and deletes the
// relative's photos and faces with it (schema cascade).
// Thread safety: GUI thread only.
#include <memory>
#include <optional>
#include <vector>

#include <QWidget>

#include "db/records/RelativeRecord.h"

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

    Workstation& workstation_;
    std::unique_ptr<Ui::RelativesPanel> ui_;
    PhotoPanel* photos_;
    std::optional<qint64> caseId_;
    std::vector<db::RelativeRecord> relatives_;
    std::optional<db::RelativeRecord> current_;
};

}  // namespace reunite::gui
