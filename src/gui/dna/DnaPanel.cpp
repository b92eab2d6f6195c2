#include "gui/dna/DnaPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "gui/common/TimeText.h"
#include "gui/dna/ClosingNoteDialog.h"
#include "gui/dna/CustodyEventDialog.h"
#include "gui/dna/DnaLabels.h"
#include "gui/dna/KinshipAnalysisView.h"
#include "gui/dna/LabFileDropArea.h"
#include "gui/dna/SampleRegistrationDialog.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/shell/QtBridge.h"
#include "gui/shell/Workstation.h"
#include "workflows/dna/DnaActions.h"

namespace reunite::gui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QTableWidget* makeTable(QWidget* parent, const char* name, const QStringList& headers) {
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setColumnCount(headers.size());
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget& table, int row, qint64 id, const QStringList& cells) {
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setData(kIdRole, QVariant::fromValue<qint64>(id));
        table.setItem(row, column, item);
    }
}

QString candidateName(const db::CandidateRecord& c) {
    return QStringLiteral("#%1 %2 (%3)").arg(c.id).arg(CandidateResultModel::candidateName(c), toQString(c.externalRef));
}

}  // namespace

DnaPanel::DnaPanel(Workstation& workstation, QWidget* parent) : QWidget(parent), workstation_(workstation) {
    buildLayout();
    connect(requests_, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = requests_->selectedItems();
        if (selected.isEmpty()) return;
        selectedRequestId_ = selected.front()->data(kIdRole).value<qint64>();
        showSelectedRequest();
    });
    connect(samples_, &QTableWidget::itemSelectionChanged, this, [this] {
        showCustody();
        updateButtons();
    });
    connect(registerButton_, &QPushButton::clicked, this, &DnaPanel::startRegisterSample);
    connect(custodyButton_, &QPushButton::clicked, this, &DnaPanel::startCustodyEvent);
    connect(dropArea_, &LabFileDropArea::fileChosen, this, &DnaPanel::importLabFile);
    connect(analyseButton_, &QPushButton::clicked, this, &DnaPanel::analyse);
    connect(importTableButton_, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Allele-frequency table (Familias format)"), QString(),
                                                          tr("Frequency tables (*.txt *.tsv *.csv);;All files (*)"));
        if (!file.isEmpty()) importFrequencyTable(file);
    });
    connect(confirmButton_, &QPushButton::clicked, this, [this] { close(db::DnaOutcome::Confirmed); });
    connect(excludeButton_, &QPushButton::clicked, this, [this] { close(db::DnaOutcome::Excluded); });
    connect(moreLociButton_, &QPushButton::clicked, this, [this] { close(db::DnaOutcome::MoreLociRequested); });
    connect(&workstation_, &Workstation::recordsChanged, this, [this](int kind, qint64, qint64 caseId) {
        const bool relevant = kind == static_cast<int>(workflows::RecordKind::Dna) || kind == static_cast<int>(workflows::RecordKind::ReviewDecision);
        if (relevant && case_ && caseId == case_->id) reload();
    });
    setCase(std::nullopt);
}

DnaPanel::~DnaPanel() = default;

void DnaPanel::buildLayout() {
    auto* layout = new QVBoxLayout(this);
    auto* requestsGroup = new QGroupBox(tr("DNA requests (made with Request DNA… in Compare and decide)"), this);
    auto* requestsLayout = new QVBoxLayout(requestsGroup);
    requests_ = makeTable(requestsGroup, "requestsTable", {tr("Request"), tr("Candidate"), tr("Status"), tr("Requested by"), tr("Reason")});
    requests_->setMaximumHeight(84);
    requestsLayout->addWidget(requests_);
    layout->addWidget(requestsGroup);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildSamplesColumn());
    splitter->addWidget(buildAnalysisColumn());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 840});
    layout->addWidget(splitter, 1);
    messageLabel_ = new QLabel(this);
    messageLabel_->setObjectName(QStringLiteral("dnaMessageLabel"));
    messageLabel_->setWordWrap(true);
    layout->addWidget(messageLabel_);
}

QWidget* DnaPanel::buildSamplesColumn() {
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* samplesGroup = new QGroupBox(tr("Samples and chain of custody"), column);
    auto* samplesLayout = new QVBoxLayout(samplesGroup);
    samples_ = makeTable(samplesGroup, "samplesTable", {tr("Sample id"), tr("Whose"), tr("Type"), tr("Collected"), tr("Lab results")});
    samplesLayout->addWidget(samples_, 2);
    auto* buttons = new QHBoxLayout;
    registerButton_ = new QPushButton(tr("Register sample…"), samplesGroup);
    registerButton_->setObjectName(QStringLiteral("registerSampleButton"));
    custodyButton_ = new QPushButton(tr("Add custody event…"), samplesGroup);
    custodyButton_->setObjectName(QStringLiteral("custodyEventButton"));
    buttons->addWidget(registerButton_);
    buttons->addWidget(custodyButton_);
    buttons->addStretch();
    samplesLayout->addLayout(buttons);
    custody_ = new QListWidget(samplesGroup);
    custody_->setObjectName(QStringLiteral("custodyList"));
    samplesLayout->addWidget(new QLabel(tr("Custody timeline of the selected sample:"), samplesGroup));
    samplesLayout->addWidget(custody_, 1);
    layout->addWidget(samplesGroup, 3);

    auto* labGroup = new QGroupBox(tr("Lab results"), column);
    auto* labLayout = new QVBoxLayout(labGroup);
    auto* labForm = new QHBoxLayout;
    kitEdit_ = new QLineEdit(labGroup);
    kitEdit_->setPlaceholderText(tr("kit, e.g. GlobalFiler"));
    labEdit_ = new QLineEdit(labGroup);
    labEdit_->setPlaceholderText(tr("laboratory"));
    reportIdEdit_ = new QLineEdit(labGroup);
    reportIdEdit_->setPlaceholderText(tr("lab report id"));
    labForm->addWidget(kitEdit_);
    labForm->addWidget(labEdit_);
    labForm->addWidget(reportIdEdit_);
    labLayout->addLayout(labForm);
    dropArea_ = new LabFileDropArea(labGroup);
    labLayout->addWidget(dropArea_);
    importReport_ = new QListWidget(labGroup);
    importReport_->setObjectName(QStringLiteral("importReportList"));
    importReport_->setMaximumHeight(90);
    labLayout->addWidget(importReport_);
    layout->addWidget(labGroup, 2);
    return column;
}

QWidget* DnaPanel::buildAnalysisColumn() {
    auto* group = new QGroupBox(tr("Kinship analysis"), this);
    auto* layout = new QVBoxLayout(group);
    auto* options = new QHBoxLayout;
    hypothesisCombo_ = new QComboBox(group);
    hypothesisCombo_->setObjectName(QStringLiteral("hypothesisCombo"));
    DnaLabels::fillHypotheses(*hypothesisCombo_);
    priorSpin_ = new QDoubleSpinBox(group);
    priorSpin_->setObjectName(QStringLiteral("priorSpin"));
    priorSpin_->setRange(0.01, 0.99);
    priorSpin_->setSingleStep(0.05);
    priorSpin_->setValue(0.5);
    thetaSpin_ = new QDoubleSpinBox(group);
    thetaSpin_->setDecimals(3);
    thetaSpin_->setRange(0.0, 0.25);
    thetaSpin_->setSingleStep(0.01);
    analyseButton_ = new QPushButton(tr("Analyse"), group);
    analyseButton_->setObjectName(QStringLiteral("analyseButton"));
    options->addWidget(new QLabel(tr("Hypothesis"), group));
    options->addWidget(hypothesisCombo_, 1);
    options->addWidget(new QLabel(tr("Prior"), group));
    options->addWidget(priorSpin_);
    options->addWidget(new QLabel(tr("θ"), group));
    options->addWidget(thetaSpin_);
    options->addWidget(analyseButton_);
    layout->addLayout(options);
    auto* tables = new QHBoxLayout;
    tableCombo_ = new QComboBox(group);
    tableCombo_->setObjectName(QStringLiteral("frequencyTableCombo"));
    importTableButton_ = new QPushButton(tr("Import table…"), group);
    tables->addWidget(new QLabel(tr("Allele frequencies"), group));
    tables->addWidget(tableCombo_, 1);
    tables->addWidget(importTableButton_);
    layout->addLayout(tables);
    analysis_ = new KinshipAnalysisView(group);
    layout->addWidget(analysis_, 1);
    auto* closing = new QHBoxLayout;
    confirmButton_ = new QPushButton(tr("Confirm reunion…"), group);
    confirmButton_->setObjectName(QStringLiteral("confirmButton"));
    excludeButton_ = new QPushButton(tr("Exclude candidate…"), group);
    excludeButton_->setObjectName(QStringLiteral("excludeButton"));
    moreLociButton_ = new QPushButton(tr("Request more loci…"), group);
    moreLociButton_->setObjectName(QStringLiteral("moreLociButton"));
    closing->addWidget(confirmButton_);
    closing->addWidget(excludeButton_);
    closing->addWidget(moreLociButton_);
    closing->addStretch();
    layout->addLayout(closing);
    outcomeLabel_ = new QLabel(group);
    outcomeLabel_->setObjectName(QStringLiteral("outcomeLabel"));
    outcomeLabel_->setWordWrap(true);
    layout->addWidget(outcomeLabel_);
    return group;
}

void DnaPanel::setCase(const std::optional<db::CaseRecord>& record) {
    const bool otherCase = !record || !case_ || record->id != case_->id;
    case_ = record;
    if (otherCase) {
        selectedRequestId_.reset();
        data_ = DnaScreenData{};
        importReport_->clear();
        messageLabel_->clear();
        show(DnaScreenData{});
    }
    reload();
}

void DnaPanel::reload() {
    if (!case_ || !workstation_.hasDatabase()) {
        workstation_.dropPendingReads(this);
        return;
    }
    const qint64 caseId = case_->id;
    workstation_.runLatest<DnaScreenData>(
        this,
        [caseId](workflows::Session& session) -> Result<DnaScreenData> {
            workflows::DnaActions dna(session);
            Result<workflows::DnaCaseFile> file = dna.caseFile(caseId);
            if (!file) return file.error();
            Result<std::vector<db::FrequencyTableRecord>> tables = dna.frequencyTables();
            if (!tables) return tables.error();
            return DnaScreenData{std::move(file).value(), std::move(tables).value()};
        },
        [this, caseId](Result<DnaScreenData> loaded) {
            if (!case_ || case_->id != caseId) return;
            if (!loaded) {
                messageLabel_->setText(tr("The DNA records could not be read: %1").arg(errorText(loaded.error())));
                return;
            }
            show(std::move(loaded).value());
            emit reloaded();
        });
}

void DnaPanel::show(DnaScreenData data) {
    data_ = std::move(data);
    if (!selectedRequestId_ && !data_.file.requests.empty()) selectedRequestId_ = data_.file.requests.back().request.id;
    showRequests();
    showTables();
    showSelectedRequest();
}

void DnaPanel::showTables() {
    const QVariant chosen = tableCombo_->currentData();
    const QSignalBlocker blocker(tableCombo_);
    tableCombo_->clear();
    tableCombo_->addItem(tr("East Asia (shipped with Reunite)"), QVariant());
    for (const db::FrequencyTableRecord& table : data_.tables) {
        if (table.name.rfind("East Asia (norSTR", 0) == 0) continue;  // the shipped table, stored on first use
        tableCombo_->addItem(tr("%1 (%n marker(s))", nullptr, table.markerCount).arg(toQString(table.name)), QVariant::fromValue<qint64>(table.id));
    }
    const int index = chosen.isValid() ? tableCombo_->findData(chosen) : 0;
    tableCombo_->setCurrentIndex(index < 0 ? 0 : index);
}

void DnaPanel::showRequests() {
    const QSignalBlocker blocker(requests_);
    requests_->clearContents();
    requests_->setRowCount(static_cast<int>(data_.file.requests.size()));
    for (int row = 0; row < requests_->rowCount(); ++row) {
        const workflows::DnaRequestFile& r = data_.file.requests[static_cast<std::size_t>(row)];
        setRow(*requests_, row, r.request.id,
               {QString::number(r.request.id), candidateName(r.candidate), DnaLabels::requestStatus(r.request.status),
                tr("%1, %2").arg(toQString(r.request.requestedBy), toQString(r.request.requestedAt.substr(0, 16))), toQString(r.request.reason)});
        if (selectedRequestId_ && r.request.id == *selectedRequestId_) requests_->selectRow(row);
    }
    requests_->resizeColumnsToContents();
    requests_->horizontalHeader()->setStretchLastSection(true);
}

const workflows::DnaRequestFile* DnaPanel::currentRequest() const {
    if (!selectedRequestId_) return nullptr;
    for (const workflows::DnaRequestFile& r : data_.file.requests) {
        if (r.request.id == *selectedRequestId_) return &r;
    }
    return nullptr;
}

const workflows::DnaSampleFile* DnaPanel::currentSample() const {
    const workflows::DnaRequestFile* request = currentRequest();
    const QList<QTableWidgetItem*> selected = samples_->selectedItems();
    if (!request || selected.isEmpty()) return nullptr;
    const qint64 id = selected.front()->data(kIdRole).value<qint64>();
    for (const workflows::DnaSampleFile& s : request->samples) {
        if (s.sample.id == id) return &s;
    }
    return nullptr;
}

void DnaPanel::showSelectedRequest() {
    const workflows::DnaRequestFile* request = currentRequest();
    if (!request) {
        samples_->setRowCount(0);
        custody_->clear();
        analysis_->clear(case_ ? tr("No DNA request for this case yet: use Request DNA… in Compare and decide.") : QString());
        outcomeLabel_->clear();
        updateButtons();
        return;
    }
    showSamples(*request);
    showAnalysis(*request);
    showOutcome(*request);
    updateButtons();
}

void DnaPanel::showSamples(const workflows::DnaRequestFile& request) {
    qint64 selectedId = 0;
    if (const workflows::DnaSampleFile* current = currentSample()) selectedId = current->sample.id;
    const QSignalBlocker blocker(samples_);
    samples_->clearContents();
    samples_->setRowCount(static_cast<int>(request.samples.size()));
    for (int row = 0; row < samples_->rowCount(); ++row) {
        const workflows::DnaSampleFile& s = request.samples[static_cast<std::size_t>(row)];
        const QString typed = s.latestProfile ? tr("%n marker(s), %1", nullptr, static_cast<int>(s.latestProfile->loci.size()))
                                                    .arg(toQString(s.latestProfile->sourceFile))
                                              : tr("awaited");
        const QString donor = s.sample.donorName.empty() ? DnaLabels::donorRole(s.sample.donorRole)
                                                         : tr("%1 (%2)").arg(DnaLabels::donorRole(s.sample.donorRole), toQString(s.sample.donorName));
        setRow(*samples_, row, s.sample.id,
               {toQString(s.sample.sampleCode), donor, DnaLabels::sampleType(s.sample.sampleType), localTimeText(s.sample.collectedAt), typed});
        if (s.sample.id == selectedId || (selectedId == 0 && row == samples_->rowCount() - 1)) samples_->selectRow(row);
    }
    samples_->resizeColumnsToContents();
    samples_->horizontalHeader()->setStretchLastSection(true);
    showCustody();
}

void DnaPanel::showCustody() {
    custody_->clear();
    const workflows::DnaSampleFile* sample = currentSample();
    if (!sample) return;
    for (const db::CustodyEventRecord& e : sample->timeline) {
        QString line = tr("%1 · %2 · %3").arg(localTimeText(e.occurredAt), DnaLabels::custodyEvent(e.event),
                                               toQString(e.person));
        if (!e.note.empty()) line += QStringLiteral(" — ") + toQString(e.note);
        custody_->addItem(line);
    }
}

QString DnaPanel::tableName(qint64 tableId) const {
    for (const db::FrequencyTableRecord& table : data_.tables) {
        if (table.id == tableId) return toQString(table.name);
    }
    return tr("table %1").arg(tableId);
}

void DnaPanel::showAnalysis(const workflows::DnaRequestFile& request) {
    if (const db::KinshipAnalysisRecord* latest = request.latestAnalysis()) {
        analysis_->showAnalysis(*latest, tableName(latest->frequencyTableId));
    } else {
        analysis_->clear(tr("No analysis yet: register the candidate's and a relative's samples, import the lab's results, then Analyse."));
    }
}

void DnaPanel::showOutcome(const workflows::DnaRequestFile& request) {
    if (request.outcomes.empty()) {
        outcomeLabel_->setText(tr("Request status: <b>%1</b>").arg(DnaLabels::requestStatus(request.request.status)));
        return;
    }
    const db::CaseOutcomeRecord& last = request.outcomes.back();
    outcomeLabel_->setText(tr("Request status: <b>%1</b> · %2 by %3 at %4 — “%5”")
                               .arg(DnaLabels::requestStatus(request.request.status), DnaLabels::outcome(last.outcome),
                                    toQString(last.decidedBy).toHtmlEscaped(), localTimeText(last.decidedAt),
                                    toQString(last.note).toHtmlEscaped()));
}

void DnaPanel::updateButtons() {
    const workflows::DnaRequestFile* request = currentRequest();
    const bool open = request && !db::isFinal(request->request.status) && !busy_;
    const db::KinshipAnalysisRecord* latest = request ? request->latestAnalysis() : nullptr;
    registerButton_->setEnabled(open);
    custodyButton_->setEnabled(request && currentSample() && !busy_);
    dropArea_->setEnabled(open && !request->samples.empty());
    analyseButton_->setEnabled(open);
    importTableButton_->setEnabled(!busy_ && case_.has_value());
    confirmButton_->setEnabled(open && latest && latest->conclusion == "supported");
    excludeButton_->setEnabled(open && latest && latest->conclusion == "excluded");
    moreLociButton_->setEnabled(open);
}

int DnaPanel::requestCount() const { return static_cast<int>(data_.file.requests.size()); }

std::optional<qint64> DnaPanel::currentRequestId() const { return currentRequest() ? selectedRequestId_ : std::nullopt; }

bool DnaPanel::selectRequest(qint64 requestId) {
    for (const workflows::DnaRequestFile& r : data_.file.requests) {
        if (r.request.id != requestId) continue;
        selectedRequestId_ = requestId;
        showRequests();
        showSelectedRequest();
        return true;
    }
    return false;
}

int DnaPanel::sampleCount() const { return currentRequest() ? static_cast<int>(currentRequest()->samples.size()) : 0; }

int DnaPanel::custodyEventCount() const { return custody_->count(); }

void DnaPanel::finish(bool ok, const QString& message) {
    busy_ = false;
    messageLabel_->setText(message);
    messageLabel_->setStyleSheet(ok ? QString() : QStringLiteral("color: #b71c1c;"));
    updateButtons();
    emit actionFinished(ok, message);
}

void DnaPanel::startRegisterSample() {
    const workflows::DnaRequestFile* request = currentRequest();
    if (!request) return;
    SampleRegistrationDialog dialog(workstation_.userName(), this);
    if (request->samples.empty()) {
        dialog.setDonorRole(db::DonorRole::Candidate);
        dialog.setDonorName(toQString(db::candidateDisplayName(request->candidate)));
    }
    if (dialog.exec() == QDialog::Accepted) registerSample(dialog.registration());
}

void DnaPanel::registerSample(workflows::SampleRegistration input) {
    const workflows::DnaRequestFile* request = currentRequest();
    if (!request || busy_) return;
    input.requestId = request->request.id;
    busy_ = true;
    updateButtons();
    workstation_.run<db::DnaSampleRecord>(
        this, [input](workflows::Session& session) { return workflows::DnaActions(session).registerSample(input); },
        [this](Result<db::DnaSampleRecord> sample) {
            if (!sample) return finish(false, tr("The sample was not registered: %1").arg(errorText(sample.error())));
            finish(true, tr("Sample %1 registered.").arg(toQString(sample.value().sampleCode)));
        });
}

void DnaPanel::startCustodyEvent() {
    const workflows::DnaSampleFile* sample = currentSample();
    if (!sample) return;
    CustodyEventDialog dialog(sample->sample.id, toQString(sample->sample.sampleCode), workstation_.userName(), this);
    if (dialog.exec() == QDialog::Accepted) addCustodyEvent(dialog.event());
}

void DnaPanel::addCustodyEvent(const workflows::CustodyEventInput& input) {
    if (busy_) return;
    busy_ = true;
    updateButtons();
    workstation_.run<db::CustodyEventRecord>(
        this, [input](workflows::Session& session) { return workflows::DnaActions(session).addCustodyEvent(input); },
        [this](Result<db::CustodyEventRecord> event) {
            if (!event) return finish(false, tr("The custody event was not recorded: %1").arg(errorText(event.error())));
            finish(true, tr("%1 recorded.").arg(DnaLabels::custodyEvent(event.value().event)));
        });
}

void DnaPanel::importLabFile(const QString& path) {
    const workflows::DnaRequestFile* request = currentRequest();
    if (!request || busy_) return;
    workflows::LabFileImportRequest input{request->request.id, toPath(path), toUtf8(kitEdit_->text().trimmed()),
                                          toUtf8(labEdit_->text().trimmed()), toUtf8(reportIdEdit_->text().trimmed())};
    busy_ = true;
    updateButtons();
    importReport_->clear();
    workstation_.run<workflows::LabImportReport>(
        this, [input](workflows::Session& session) { return workflows::DnaActions(session).importLabFile(input); },
        [this, path](Result<workflows::LabImportReport> report) {
            if (!report) {
                finish(false, tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), errorText(report.error())));
                emit labImportFinished(false, 1);
                return;
            }
            for (const dna::ImportProblem& problem : report.value().problems) {
                auto* item = new QListWidgetItem(toQString(dna::describe(problem, report.value().fileName)), importReport_);
                item->setForeground(problem.severity == dna::ImportProblem::Severity::Error ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x8d, 0x6e, 0x00));
            }
            const int errors = dna::countErrors(report.value().problems);
            if (report.value().imported()) {
                finish(true, tr("%n profile(s) imported from %1.", nullptr, static_cast<int>(report.value().stored.size()))
                                 .arg(toQString(report.value().fileName)));
            } else {
                finish(false, tr("Nothing was imported from %1: %n error(s), listed below.", nullptr, errors).arg(toQString(report.value().fileName)));
            }
            emit labImportFinished(report.value().imported(), errors);
        });
}

void DnaPanel::analyse() {
    const workflows::DnaRequestFile* request = currentRequest();
    if (!request || busy_) return;
    workflows::KinshipAnalysisRequest input;
    input.requestId = request->request.id;
    const QString hypothesis = hypothesisCombo_->currentData().toString();
    if (!hypothesis.isEmpty()) input.hypothesis = dna::parseHypothesis(toUtf8(hypothesis));
    input.options.prior = priorSpin_->value();
    input.options.theta = thetaSpin_->value();
    if (tableCombo_->currentData().isValid()) input.frequencyTableId = tableCombo_->currentData().value<qint64>();
    busy_ = true;
    updateButtons();
    messageLabel_->setText(tr("Analysing…"));
    workstation_.run<db::KinshipAnalysisRecord>(
        this, [input](workflows::Session& session) { return workflows::DnaActions(session).analyse(input); },
        [this](Result<db::KinshipAnalysisRecord> analysis) {
            if (!analysis) return finish(false, tr("The analysis could not be run: %1").arg(errorText(analysis.error())));
            finish(true, tr("Analysis %1 stored: %2.").arg(analysis.value().id).arg(DnaLabels::conclusion(analysis.value().conclusion)));
        });
}

void DnaPanel::importFrequencyTable(const QString& path) {
    if (busy_) return;
    const workflows::FrequencyTableImportRequest input{toPath(path), toUtf8(QFileInfo(path).completeBaseName())};
    busy_ = true;
    updateButtons();
    workstation_.run<workflows::FrequencyTableImportReport>(
        this, [input](workflows::Session& session) { return workflows::DnaActions(session).importFrequencyTable(input); },
        [this, path](Result<workflows::FrequencyTableImportReport> report) {
            if (!report) return finish(false, tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), errorText(report.error())));
            importReport_->clear();
            for (const dna::ImportProblem& problem : report.value().problems) {
                importReport_->addItem(toQString(dna::describe(problem, report.value().fileName)));
            }
            if (!report.value().stored) return finish(false, tr("The table was not stored: it has errors, listed below."));
            const qint64 id = report.value().stored->id;
            finish(true, tr("Frequency table %1 stored.").arg(toQString(report.value().stored->name)));
            reload();
            connect(this, &DnaPanel::reloaded, tableCombo_, [this, id] {
                const int index = tableCombo_->findData(QVariant::fromValue<qint64>(id));
                if (index >= 0) tableCombo_->setCurrentIndex(index);
            }, Qt::SingleShotConnection);
        });
}

bool DnaPanel::close(db::DnaOutcome outcome) {
    const workflows::DnaRequestFile* request = currentRequest();
    if (!request) return false;
    ClosingNoteDialog dialog(outcome, candidateName(request->candidate), this);
    if (dialog.exec() != QDialog::Accepted) return false;
    recordClosing(outcome, dialog.note());
    return true;
}

void DnaPanel::recordClosing(db::DnaOutcome outcome, const QString& note) {
    const workflows::DnaRequestFile* request = currentRequest();
    if (!request || busy_) return;
    const workflows::DnaClosingInput input{request->request.id, outcome, toUtf8(note.trimmed())};
    busy_ = true;
    updateButtons();
    workstation_.run<workflows::ClosedDnaRequest>(
        this, [input](workflows::Session& session) { return workflows::DnaActions(session).close(input); },
        [this](Result<workflows::ClosedDnaRequest> closed) {
            if (!closed) return finish(false, tr("Not recorded: %1").arg(errorText(closed.error())));
            if (closed.value().closedCase) {
                case_ = closed.value().closedCase;
                emit caseChanged(*closed.value().closedCase);
            }
            finish(true, DnaLabels::outcome(closed.value().outcome.outcome));
        });
}

}  // namespace reunite::gui
