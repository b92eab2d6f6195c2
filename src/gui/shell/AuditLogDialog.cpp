#include "gui/shell/AuditLogDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/audit/AuditActions.h"

namespace reunite::gui {

namespace {

constexpr int kNewestEntries = 2000;

QString optionalNumber(const std::optional<std::int64_t>& value) { return value ? QString::number(*value) : QString(); }

}  // namespace

AuditLogDialog::AuditLogDialog(Workstation& workstation, QWidget* parent) : QDialog(parent), workstation_(workstation) {
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit trail"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every action on personal data, newest last. Each entry holds the hash of the one before it, so an "
                                "entry changed, removed or added outside the workstation breaks the chain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_ = new QTableWidget(0, 7, this);
    table_->setObjectName(QStringLiteral("auditTable"));
    table_->setHorizontalHeaderLabels({tr("Entry"), tr("Time (UTC)"), tr("Account"), tr("Action"), tr("Case"), tr("Records"), tr("Parameters")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_, 1);
    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("auditStatusLabel"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(statusLabel_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    verifyButton_ = buttons->addButton(tr("Verify the chain"), QDialogButtonBox::ActionRole);
    verifyButton_->setObjectName(QStringLiteral("verifyAuditButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(verifyButton_, &QPushButton::clicked, this, &AuditLogDialog::verify);
    resize(1100, 640);
    reload();
}

void AuditLogDialog::reload() {
    db::AuditFilter filter;
    filter.limit = kNewestEntries;
    workstation_.run<std::vector<db::AuditEntryRecord>>(
        this, [filter](workflows::Session& session) { return workflows::AuditActions(session).list(filter); },
        [this](Result<std::vector<db::AuditEntryRecord>> entries) {
            if (!entries) {
                statusLabel_->setText(errorText(entries.error()));
                emit loaded(-1);
                return;
            }
            table_->setRowCount(static_cast<int>(entries.value().size()));
            int row = 0;
            for (const db::AuditEntryRecord& entry : entries.value()) {
                const QStringList cells{QString::number(entry.id), toQString(entry.at), toQString(entry.accountName), toQString(entry.action),
                                        optionalNumber(entry.caseId), toQString(entry.objects), toQString(entry.parameters)};
                for (int column = 0; column < cells.size(); ++column) table_->setItem(row, column, new QTableWidgetItem(cells[column]));
                ++row;
            }
            table_->resizeColumnsToContents();
            table_->scrollToBottom();
            emit loaded(row);
        });
}

void AuditLogDialog::verify() {
    verifyButton_->setEnabled(false);
    statusLabel_->setText(tr("Verifying…"));
    workstation_.run<workflows::AuditVerification>(
        this, [](workflows::Session& session) { return workflows::AuditActions(session).verify(); },
        [this](Result<workflows::AuditVerification> result) {
            verifyButton_->setEnabled(true);
            if (!result) {
                statusLabel_->setText(errorText(result.error()));
                emit verified(false);
                return;
            }
            const workflows::AuditVerification& found = result.value();
            if (found.intact()) {
                statusLabel_->setText(tr("The chain is intact: %n entries, head %1.", nullptr, static_cast<int>(found.entries))
                                          .arg(toQString(found.headHash)));
            } else {
                statusLabel_->setText(tr("The chain is broken at entry %1: %2").arg(*found.firstBadEntry).arg(toQString(found.problem)));
                statusLabel_->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
            }
            emit verified(found.intact());
            reload();
        });
}

}  // namespace reunite::gui
