#pragma once
// UserGuideDialog: the short user guide (one section per screen, English and Simplified Chinese,
// embedded under :/help), opened with F1 at the section of the screen the user is on.
// Inputs: a topic, the anchor of a section ("cases", "search", ...; see resources/help).
// Guarantees: the guide of the interface language (QLocale's default, set at start-up), English
// when there is none; an unknown topic shows the guide from its start. Non-modal, one at a time.
// Thread safety: GUI thread only.
#include <QDialog>

class QTextBrowser;

namespace reunite::gui {

class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    void showTopic(const QString& topic);
    QString topic() const { return topic_; }

    // The embedded guide for the default locale's language.
    static QString guideResource();

private:
    QTextBrowser* browser_;
    QString topic_;
};

}  // namespace reunite::gui
