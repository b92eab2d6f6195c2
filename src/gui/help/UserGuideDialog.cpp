#include "gui/help/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace reunite::gui {

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), browser_(new QTextBrowser(this)) {
    setWindowTitle(tr("Reunite user guide"));
    setObjectName(QStringLiteral("userGuideDialog"));
    browser_->setObjectName(QStringLiteral("guideBrowser"));
    browser_->setOpenLinks(true);
    browser_->setSource(QUrl(QStringLiteral("qrc") + guideResource()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString UserGuideDialog::guideResource() {
    // The interface language's code, as LanguageSupport set the default locale ("zh_CN", "en_US").
    const QString localized = QStringLiteral(":/help/guide.%1.html").arg(QLocale().name());
    return QFile::exists(localized) ? localized : QStringLiteral(":/help/guide.en.html");
}

void UserGuideDialog::showTopic(const QString& topic) {
    topic_ = topic;
    browser_->scrollToAnchor(topic);
}

}  // namespace reunite::gui
