#pragma once
// CasesPage: the list of missing children (filterable) beside the CaseWorkspace of the selected or
// new case. On an empty database it offers to build the demo workspace (DemoWorkspaceBuilder).
// Inputs: the Workstation and the shared FaceImageProvider. The list reloads itself whenever a
// case changes (from any screen or job); reload(id) also selects that case once it is listed.
// Guarantees: a saved case appears in the list and stays selected; the demo banner shows only
// while the database has neither cases nor candidates and the sample photos exist. Unsaved case
// details are never dropped silently: selecting another case or starting a new one asks first
// (save, discard or stay); "save" goes on once the case is stored, and stays when it is refused.
// Thread safety: GUI thread only.
#include <functional>
#include <memory>

#include <QWidget>

#include "gui/common/SaveBeforeLeaving.h"

namespace Ui {
class CasesPage;
}

class QSortFilterProxyModel;

namespace reunite::db {
struct CaseRecord;
}

namespace reunite::gui {

class CaseListModel;
class CaseWorkspace;
class DemoWorkspaceBuilder;
class FaceImageProvider;
class Workstation;

class CasesPage : public QWidget {
    Q_OBJECT

public:
    CasesPage(Workstation& workstation, FaceImageProvider& images, QWidget* parent = nullptr);
    ~CasesPage() override;

    void reload(qint64 selectCaseId = 0);
    // Shows the case (asking about unsaved edits first); true when it is shown now.
    bool selectCase(qint64 caseId);
    void startNewCase();
    // Whether the current case may be left now: true with nothing unsaved or when the user
    // discards; false when the user stays, or chose "save": then the save starts and `thenDo` runs
    // once the case is stored (not when the save is refused).
    bool mayLeaveCurrentCase(std::function<void()> thenDo);
    bool buildDemoWorkspace();
    CaseWorkspace& workspace() { return *workspace_; }
    DemoWorkspaceBuilder& demoBuilder() { return *demoBuilder_; }
    int caseCount() const;

signals:
    void demoWorkspaceBuilt(qint64 caseId);

private:
    void showSelectedCase();
    void restoreListSelection();
    void afterSave(const db::CaseRecord& record);
    void afterReload();
    void updateDemoBanner();

    Workstation& workstation_;
    std::unique_ptr<Ui::CasesPage> ui_;
    CaseListModel* cases_;
    QSortFilterProxyModel* filtered_;
    CaseWorkspace* workspace_;
    DemoWorkspaceBuilder* demoBuilder_;
    qint64 pendingSelection_ = 0;  // the case to select once the list has reloaded
    bool galleryEmpty_ = false;
    bool creatingNewCase_ = false;  // the workspace shows an unsaved new case
    SaveBeforeLeaving leaving_;  // the case form's save asked for before leaving, and where to go after
};

}  // namespace reunite::gui
