#pragma once
// FlyerFieldsForm: the editable fields of a flyer record (case number, names, sex, date of birth
// or birth year, date and place missing, contact, height, notes; Qt Designer form
// ui/flyer/FlyerFieldsForm.ui).
// Inputs: prefill(draft, fields) with the OCR suggestions: every prefilled field gets a tooltip
// naming the flyer line it was read from and its confidence; fields read with low confidence are
// highlighted until the volunteer edits them. clear() empties everything.
// Guarantees: draft() returns exactly what is shown (trimmed; empty dates absent);
// problem(forCase) names the first thing that prevents saving (dates that are not real calendar
// days, a birth year contradicting the date, no case number for a case), empty if none.
// Thread safety: GUI thread only.
#include <memory>

#include <QWidget>

#include "workflows/flyer/FlyerDraft.h"
#include "ocr/FlyerFields.h"

namespace Ui {
class FlyerFieldsForm;
}

namespace reunite::gui {

class FlyerFieldsForm : public QWidget {
    Q_OBJECT

public:
    explicit FlyerFieldsForm(QWidget* parent = nullptr);
    ~FlyerFieldsForm() override;

    void prefill(const workflows::FlyerDraft& draft, const ocr::FlyerFields& fields);
    void setCaseNumber(const QString& number);
    void clear();
    workflows::FlyerDraft draft() const;
    QString problem(bool forCase) const;
    void showProblem(const QString& text);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void markSource(QWidget* field, const ocr::FlyerField& source);
    void unmark(QWidget* field);
    void fillSexChoices();

    std::unique_ptr<Ui::FlyerFieldsForm> ui_;
};

}  // namespace reunite::gui
