#include "gui/search/CandidateSearchPanel.h"

#include <algorithm>

#include "gui/common/NoticeText.h"
#include "gui/common/TimeText.h"
#include "search/GalleryIndex.h"
#include "gui/search/CandidateResultDelegate.h"
#include "gui/search/CandidateResultModel.h"
#include "gui/search/CaseSearchWorker.h"
#include "gui/shell/QtBridge.h"
#include "gui/common/RecordLabels.h"
#include "gui/photos/PhotoListing.h"
#include "workflows/search/CaseSearchActions.h"
#include "gui/shell/Workstation.h"
#include "ui_CandidateSearchPanel.h"

namespace reunite::gui {
namespace {

std::set<std::string> checkedValues(const QListWidget& list) {
    std::set<std::string> values;
    for (int i = 0; i < list.count(); ++i) {
        const QListWidgetItem* item = list.item(i);
        if (item->checkState() == Qt::Checked) values.insert(toUtf8(item->data(Qt::UserRole).toString()));
    }
    return values;
}

void addCheckable(QListWidget& list, const QString& label, const QString& value, bool checked) {
    auto* item = new QListWidgetItem(label, &list);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

// The busy bar keeps its place while hidden, and the status holds two lines whatever it says, so a
// search moves nothing below them: no relayout and no repaint of the whole tab, and the leads stay
// where the analyst's pointer is.
void keepResultsInPlace(Ui::CandidateSearchPanel& ui) {
    QSizePolicy busyPolicy = ui.busyBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    ui.busyBar->setSizePolicy(busyPolicy);
    ui.busyBar->hide();
    ui.statusLabel->setMinimumHeight(2 * ui.statusLabel->fontMetrics().lineSpacing());
}

// While a search runs, the short "Searching" note keeps the height of the summary it replaces (a
// summary with notes may take three lines or more), so the results below do not move up and back.
void holdStatusHeight(QLabel& status) { status.setMinimumHeight(std::max(status.minimumHeight(), status.height())); }

void releaseStatusHeight(QLabel& status) { status.setMinimumHeight(2 * status.fontMetrics().lineSpacing()); }


}  // namespace

CandidateSearchPanel::CandidateSearchPanel(Workstation& workstation, FaceImageProvider& images, QWidget* parent)
    : QWidget(parent),
      workstation_(workstation),
      ui_(std::make_unique<Ui::CandidateSearchPanel>()),
      results_(new CandidateResultModel(images, this)),
      worker_(new CaseSearchWorker(workstation, this)) {
    ui_->setupUi(this);
    ui_->resultsView->setModel(results_);
    ui_->resultsView->setItemDelegate(new CandidateResultDelegate(ui_->resultsView));
    ui_->resultsView->setGridSize(QSize(CandidateResultDelegate::CellWidth, CandidateResultDelegate::CellHeight));
    ui_->sexFilterCombo->addItem(tr("Same as the child"), true);
    ui_->sexFilterCombo->setItemData(0, tr("Candidates of unknown sex are always included."), Qt::ToolTipRole);
    ui_->sexFilterCombo->addItem(tr("Any"), false);
    for (db::CandidateSource source : {db::CandidateSource::NationalDatabase, db::CandidateSource::SelfRegistered,
                                       db::CandidateSource::Flyer, db::CandidateSource::TipOff}) {
        addCheckable(*ui_->sourceList, RecordLabels::source(source), toQString(db::toDatabaseText(source)), false);
    }
    keepResultsInPlace(*ui_);
    rerunTimer_.setSingleShot(true);
    rerunTimer_.setInterval(400);

    connect(&rerunTimer_, &QTimer::timeout, this, &CandidateSearchPanel::runSearch);
    connect(ui_->findButton, &QPushButton::clicked, this, &CandidateSearchPanel::runSearch);
    connect(ui_->cancelButton, &QPushButton::clicked, worker_, &CaseSearchWorker::cancel);
    connect(ui_->resultsView, &QListView::activated, this, [this](const QModelIndex& index) { emit compareRequested(index.row()); });
    connect(ui_->sexFilterCombo, &QComboBox::currentIndexChanged, this, &CandidateSearchPanel::onFiltersChanged);
    connect(ui_->birthYearCheck, &QCheckBox::toggled, this, &CandidateSearchPanel::onFiltersChanged);
    connect(ui_->yearToleranceSpin, &QSpinBox::valueChanged, this, &CandidateSearchPanel::onFiltersChanged);
    connect(ui_->estimatedYearCheck, &QCheckBox::toggled, this, &CandidateSearchPanel::onFiltersChanged);
    connect(ui_->unknownYearCheck, &QCheckBox::toggled, this, &CandidateSearchPanel::onFiltersChanged);
    connect(ui_->regionList, &QListWidget::itemChanged, this, &CandidateSearchPanel::onFiltersChanged);
    connect(ui_->sourceList, &QListWidget::itemChanged, this, &CandidateSearchPanel::onFiltersChanged);

    connect(worker_, &CaseSearchWorker::finished, this, &CandidateSearchPanel::onFinished);
    connect(worker_, &CaseSearchWorker::failed, this, [this](const QString& message) {
        ui_->statusLabel->setText(tr("The search did not run: %1").arg(message));
        releaseStatusHeight(*ui_->statusLabel);
        emit searchFinished();
    });
    connect(worker_, &CaseSearchWorker::cancelled, this, [this] {
        ui_->statusLabel->setText(tr("Search cancelled."));
        releaseStatusHeight(*ui_->statusLabel);
        emit searchFinished();
    });
    connect(worker_, &BackgroundJob::runningChanged, this, &CandidateSearchPanel::updateControls);
    connect(&workstation_, &Workstation::phaseChanged, this, &CandidateSearchPanel::updateControls);
    connect(&workstation_, &Workstation::phaseChanged, this, [this](Workstation::Phase phase) {
        // Results shown before the transform was loaded get their component scales now.
        if (phase != Workstation::Phase::Ready || results_->rowCount() == 0) return;
        applyKindScales();
        results_->setResults(results_->results());
    });
    connect(&workstation_, &Workstation::galleryChanged, this, &CandidateSearchPanel::refreshRegions);
    refreshRegions();
    updateControls();
}

CandidateSearchPanel::~CandidateSearchPanel() = default;

void CandidateSearchPanel::setCase(const std::optional<db::CaseRecord>& record) {
    const bool sameCase = record && case_ && record->id == case_->id;
    case_ = record;
    if (!sameCase) {
        worker_->cancel();
        rerunTimer_.stop();
        searchedThisCase_ = false;
        results_->clear();
        ui_->statusLabel->clear();
        showLatestRun();
    }
    const bool hasBirthDate = case_ && case_->birthDate.has_value();
    ui_->birthYearNote->setText(hasBirthDate ? tr("The child was born in %1.").arg(toQString(case_->birthDate->substr(0, 4)))
                                             : tr("The case has no date of birth: the birth-year window is not applied."));
    ui_->birthYearCheck->setEnabled(hasBirthDate);
    ui_->yearToleranceSpin->setEnabled(hasBirthDate);
    ui_->estimatedYearCheck->setEnabled(hasBirthDate);
    refreshProbeWarnings();
    updateControls();
}

void CandidateSearchPanel::refreshProbeWarnings() {
    if (!case_ || !workstation_.hasDatabase()) {
        ui_->probeWarningLabel->clear();
        return;
    }
    const qint64 caseId = case_->id;
    listPhotosInBackground(workstation_, this, db::PhotoOwner::ofCase(caseId), [this, caseId](Result<std::vector<workflows::PhotoWithFaces>> listed) {
        if (!case_ || case_->id != caseId) return;
        if (!listed) {
            ui_->probeWarningLabel->setText(errorText(listed.error()));
            return;
        }
        showProbeWarnings(listed.value());
    });
}

void CandidateSearchPanel::showProbeWarnings(const std::vector<workflows::PhotoWithFaces>& photos) {
    int withoutFace = 0;
    int withSeveral = 0;
    for (const workflows::PhotoWithFaces& entry : photos) {
        if (entry.faces.empty()) ++withoutFace;
        if (entry.faces.size() > 1) ++withSeveral;
    }
    QStringList warnings;
    if (photos.empty()) warnings << tr("No childhood photo yet: add one on the Photos tab. Until then a search uses the relatives' photos alone, "
                                         "which is much weaker.");
    if (withoutFace > 0) warnings << tr("%n photo(s) without a face are not searched.", nullptr, withoutFace);
    if (withSeveral > 0) {
        warnings << tr("%n photo(s) show several faces: every face is searched until you keep only the child's (Photos tab).",
                       nullptr, withSeveral);
    }
    ui_->probeWarningLabel->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QLatin1Char(' ')));
}

workflows::CaseSearchOptions CandidateSearchPanel::optionsFromFilters() const {
    workflows::CaseSearchOptions request;
    request.topK = 30;
    request.filterBySex = ui_->sexFilterCombo->currentData().toBool();
    request.birthYearTolerance = ui_->birthYearCheck->isChecked() ? ui_->yearToleranceSpin->value() : -1;
    request.useEstimatedBirthYears = ui_->estimatedYearCheck->isChecked();
    request.includeUnknownBirthYear = ui_->unknownYearCheck->isChecked();
    request.regions = checkedValues(*ui_->regionList);
    request.sources = checkedValues(*ui_->sourceList);
    return request;
}

bool CandidateSearchPanel::runSearch() {
    if (!case_) return false;
    if (worker_->isRunning()) {
        worker_->cancel();
        rerunTimer_.start();
        return false;
    }
    if (!workstation_.isReady()) {
        ui_->statusLabel->setText(workstation_.statusText());
        return false;
    }
    searchedThisCase_ = true;
    holdStatusHeight(*ui_->statusLabel);
    ui_->statusLabel->setText(tr("Searching the gallery…"));
    searchClock_.start();
    return worker_->start(case_->id, optionsFromFilters());
}

void CandidateSearchPanel::applyKindScales() {
    const auto transform = workstation_.ageInvariantTransform();
    results_->setKindScales(transform ? ScoreBreakdown::scalesOf(transform->weights()) : ScoreBreakdown::KindScales{});
}

void CandidateSearchPanel::onFinished(const workflows::RankedLeads& results) {
    if (!case_ || results.run.caseId != case_->id) return;
    applyKindScales();
    results_->setResults(results);
    QStringList notes;
    for (const Notice& note : results.notes) notes << NoticeText::asSentence(note);
    ui_->statusLabel->setText(summaryOf(results) +
                              (notes.isEmpty() ? QString() : QLatin1Char(' ') + notes.join(QLatin1Char(' '))));
    releaseStatusHeight(*ui_->statusLabel);
    if (!results.leads.empty()) selectResult(0);
    emit searchFinished();
}

QString CandidateSearchPanel::summaryOf(const workflows::RankedLeads& results) const {
    const auto gallery = workstation_.gallery();
    const int galleryFaces = gallery ? static_cast<int>(gallery->faceCount()) : static_cast<int>(results.facesCompared);
    const qint64 waitedMs = searchClock_.isValid() ? searchClock_.elapsed() : results.run.durationMs;
    const QString waited = waitedMs < 1000 ? tr("%1 ms").arg(waitedMs) : tr("%1 s").arg(waitedMs / 1000.0, 0, 'f', 1);
    return tr("%n lead(s).", nullptr, static_cast<int>(results.leads.size())) + QLatin1Char(' ') +
           tr("%1 of the %n gallery face(s) (%2) passed the filters.", nullptr, galleryFaces)
               .arg(results.facesCompared)
               .arg(tr("%n candidate(s)", nullptr, static_cast<int>(results.candidatesEligible))) +
           QLatin1Char(' ') + tr("The search took %1.").arg(waited);
}

void CandidateSearchPanel::showLatestRun() {
    if (!case_ || !workstation_.hasDatabase()) return;
    const qint64 caseId = case_->id;
    workstation_.run<std::optional<workflows::RankedLeads>>(
        this, [caseId](workflows::Session& session) { return workflows::CaseSearchActions(session).latestRun(caseId); },
        [this, caseId](Result<std::optional<workflows::RankedLeads>> latest) {
            if (!case_ || case_->id != caseId || worker_->isRunning() || results_->rowCount() > 0) return;
            if (!latest || !latest.value()) {
                ui_->statusLabel->setText(tr("No search has been run for this case yet."));
                return;
            }
            applyKindScales();
            const workflows::RankedLeads& run = *latest.value();
            ui_->statusLabel->setText(tr("Showing the latest search, run %1 by %2. Find candidates to search again.")
                                          .arg(localTimeText(run.run.runAt), toQString(run.run.runBy)));
            results_->setResults(run);
        });
}

void CandidateSearchPanel::selectResult(int row) {
    if (row < 0 || row >= results_->rowCount()) return;
    ui_->resultsView->setCurrentIndex(results_->index(row));
}

void CandidateSearchPanel::onFiltersChanged() {
    if (searchedThisCase_) rerunTimer_.start();
}

void CandidateSearchPanel::refreshRegions() {
    const std::set<std::string> checked = checkedValues(*ui_->regionList);
    const QSignalBlocker blocker(ui_->regionList);
    ui_->regionList->clear();
    for (const QString& region : workstation_.galleryRegions()) {
        addCheckable(*ui_->regionList, region, region, checked.count(toUtf8(region)) > 0);
    }
}

void CandidateSearchPanel::updateControls() {
    const bool running = worker_->isRunning();
    ui_->findButton->setEnabled(case_.has_value() && workstation_.isReady() && !running);
    ui_->cancelButton->setEnabled(running);
    ui_->busyBar->setVisible(running);
    if (!workstation_.isReady() && !running && case_) ui_->statusLabel->setText(workstation_.statusText());
}

}  // namespace reunite::gui
