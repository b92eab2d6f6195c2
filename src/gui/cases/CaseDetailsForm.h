#pragma once
// CaseDetailsForm: the missing child's details (case number, names, sex, dates of birth and last
// seen, place, description, distinguishing marks, status), created or saved off the GUI thread
// through the application layer (workflows::CaseActions) as the Workstation's user.
// Inputs: startNewCase() or showCase(record).
// Guarantees: save() validates (a case number is required) and starts the save (false when the
// input is refused at once); the outcome follows as saved() with the stored record, or as
// saveFailed() with the message also shown in the form (e.g. a duplicate case number), without
// losing the user's input. hasUnsavedChanges() is true while a field differs from the shown case
// (or, for a new case, from the empty form).
// Thread safety: GUI thread only.
#include <memory>
#include <optional>

#include <QWidget>

#include "db/records/CaseRecord.h"

namespace Ui {
class CaseDetailsForm;
}

namespace reunite::gui {

class Workstation;

class CaseDetailsForm : public QWidget {
    Q_OBJECT

public:
    explicit CaseDetailsForm(Workstation& workstation, QWidget* parent = nullptr);
    ~CaseDetailsForm() override;

    void startNewCase();
    void showCase(const db::CaseRecord& record);
    bool save();
    std::optional<qint64> caseId() const;
    bool hasUnsavedChanges() const;
    // "the details of case GUI-7" or "the new case", for questions about the form.
    QString caseLabel() const;

signals:
    void saved(const reunite::db::CaseRecord& record);
    void saveFailed(const QString& message);

private:
    db::CaseRecord recordFromFields() const;

    Workstation& workstation_;
    std::unique_ptr<Ui::CaseDetailsForm> ui_;
    std::optional<db::CaseRecord> current_;
    db::CaseRecord shownFields_;  // the fields as shown by the last showCase(), read back from the widgets
};

}  // namespace reunite::gui
