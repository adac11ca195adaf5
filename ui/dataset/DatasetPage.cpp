#include "dataset/DatasetPage.h"

#include "dataset/LabelChart.h"
#include "publish/VersionsPanel.h"
#include "review/ReviewSession.h"
#include "tables/DatasetTableModel.h"
#include "widgets/FormWidgets.h"
#include "widgets/Prompts.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Only "unlabeled images to auto-label" fails: not something to fix, the labeling is done.
bool everyImageLabeled(const QList<Preconditions::Check> &checks)
{
    return std::all_of(checks.cbegin(), checks.cend(),
                       [](const Preconditions::Check &c) { return c.passed || c.id == Preconditions::Id::UnlabeledImages; });
}

} // namespace

DatasetPage::DatasetPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new DatasetTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("datasetPage"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(DatasetTableModel::NameColumn);

    m_search = formwidgets::searchField(this, tr("Search datasets"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(createListPane());
    splitter->addWidget(createDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

// The datasets: search, refresh, the table.
QWidget *DatasetPage::createListPane()
{
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    connect(refresh, &QPushButton::clicked, this, &DatasetPage::refreshRequested);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("datasets"));
    m_table->setAccessibleName(tr("Datasets"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The rows come in the service's order: no sort arrow until the user picks a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Enter or a double click on a dataset with a running or finished-but-unconfirmed task opens straight
    // into that task (its overview may still be on its way: then when it comes).
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(DatasetTableModel::DatasetIdRole).toString();
        if (m_current && m_current->dataset.id == id)
            openCurrentTask();
        else
            m_openOnLoad = id;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(DatasetTableModel::DatasetIdRole).toString();
        if (!id.isEmpty())
            emit datasetSelected(id);
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search);
    searchRow->addWidget(refresh);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_table);
    return left;
}

// The selected dataset: its label chart, the preconditions, and what can be done with it.
QWidget *DatasetPage::createDetailPane()
{
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    m_title = new QLabel(tr("Choose a dataset."), right);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_chart = new LabelChart(right);
    m_chart->setObjectName(QStringLiteral("labelChart"));
    m_checks = new QListWidget(right);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setAccessibleName(tr("Auto-labeling preconditions"));
    m_checks->setWordWrap(true);
    m_message = new QLabel(right);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_start = new QPushButton(tr("&Start auto-labeling…"), right);
    m_start->setObjectName(QStringLiteral("startTask"));
    m_start->setEnabled(false);
    m_openTask = new QPushButton(right);
    m_openTask->setObjectName(QStringLiteral("openTask"));
    m_openTask->hide();
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit startRequested(m_current->dataset);
    });
    connect(m_openTask, &QPushButton::clicked, this, &DatasetPage::openCurrentTask);
    // The labels already given, questioned: a review of the suspect ones.
    m_suspects = new QPushButton(tr("Suspect &labels…"), right);
    m_suspects->setObjectName(QStringLiteral("suspectLabels"));
    m_suspects->setToolTip(tr("Audit the labels already given and review the ones that look wrong, most suspect first: keep, "
                              "relabel or reject each. A suspect is a reason to look, not a verdict."));
    m_suspects->hide();
    connect(m_suspects, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit reviewRequested(m_current->dataset.id, ReviewSession::suspectsTaskId());
    });
    // 4-channel images stop a task: named in the checks, and removable from here.
    m_deleteRgba = new QPushButton(right);
    m_deleteRgba->setObjectName(QStringLiteral("deleteFourChannel"));
    m_deleteRgba->hide();
    connect(m_deleteRgba, &QPushButton::clicked, this, &DatasetPage::askDeleteFourChannel);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(new QLabel(tr("Labeled images per label:"), right));
    rightLayout->addWidget(m_chart);
    rightLayout->addWidget(new QLabel(tr("Before auto-labeling:"), right));
    rightLayout->addWidget(m_checks, 1);
    rightLayout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deleteRgba);
    buttons->addStretch();
    buttons->addWidget(m_suspects);
    buttons->addWidget(m_openTask);
    buttons->addWidget(m_start);
    rightLayout->addLayout(buttons);
    m_versions = new VersionsPanel(right);
    rightLayout->addWidget(m_versions);
    return right;
}

void DatasetPage::setDatasets(const QList<Dataset> &datasets)
{
    const QString selected = selectedDatasetId();
    m_model->setDatasets(datasets);
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectDataset(selected);
}

void DatasetPage::selectDataset(const QString &datasetId)
{
    const int row = m_model->rowOf(datasetId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

QString DatasetPage::selectedDatasetId() const { return m_table->currentIndex().data(DatasetTableModel::DatasetIdRole).toString(); }

void DatasetPage::showError(const QString &message) { m_message->setText(message); }

void DatasetPage::openCurrentTask()
{
    if (!m_current)
        return;
    // A running task opens in the task view; a finished one with samples to confirm, in the review.
    if (m_current->activeTask)
        emit openTaskRequested(m_current->dataset.id, m_current->activeTask->taskId);
    else if (m_current->unconfirmedTask)
        emit reviewRequested(m_current->dataset.id, m_current->unconfirmedTask->taskId);
}

void DatasetPage::showOverview(const DatasetOverview::Data &data)
{
    m_current = data;
    if (m_openOnLoad == data.dataset.id) {
        m_openOnLoad.clear();
        if ((data.activeTask || data.unconfirmedTask) && !data.dataset.isNewVersion()) {
            openCurrentTask();
            return;
        }
    }
    const Dataset &d = data.dataset;
    const QLocale l;
    m_title->setText(tr("<b>%1</b> — %2 images, %3 labeled, %4 to confirm")
                             .arg(d.name.toHtmlEscaped(), l.toString(d.totalSamples), l.toString(d.annotatedSamples),
                                  l.toString(d.unconfirmedSamples)));
    m_chart->setStats(data.stats.labels, Preconditions::minimumImagesPerLabel);
    showChecks(data.checks);
    showWhatCanStart(d, data.checks);
    m_deleteRgba->setText(tr("&Delete the %n 4-channel image(s)…", nullptr, int(data.fourChannelIds.size())));
    m_deleteRgba->setVisible(!data.fourChannelIds.isEmpty() && d.isWorkflowSupported());
    m_versions->setVersions(data.versions, data.versionsError);
    m_versions->setHasLabels(d.annotatedSamples > 0);
    m_suspects->setVisible(d.isWorkflowSupported() && !d.isNewVersion() && d.annotatedSamples > 0);
    if (d.isNewVersion()) {
        m_openTask->hide(); // no review, no confirmation on it
    } else if (data.activeTask) {
        m_openTask->setText(tr("&Watch the running task"));
        m_openTask->show();
    } else if (data.unconfirmedTask) {
        m_openTask->setText(tr("Review the finished &task (%n to confirm)", nullptr, int(data.unconfirmedTask->unconfirmedSamples)));
        m_openTask->show();
    } else {
        m_openTask->hide();
    }
}

void DatasetPage::showChecks(const QList<Preconditions::Check> &checks)
{
    m_checks->clear();
    for (const Preconditions::Check &c : checks) {
        QString text = c.title + QStringLiteral("\n") + c.detail;
        for (const QString &item : c.items.mid(0, 8))
            text += QStringLiteral("\n  • ") + item;
        if (c.items.size() > 8)
            text += QStringLiteral("\n  • ") + tr("… and %n more", nullptr, int(c.items.size() - 8));
        // No unlabeled image is a state, not a fault: nothing to auto-label is not an error to fix.
        const QStyle::StandardPixmap icon = c.passed         ? QStyle::SP_DialogApplyButton
                : c.id == Preconditions::Id::UnlabeledImages ? QStyle::SP_MessageBoxInformation
                                                             : QStyle::SP_MessageBoxCritical;
        auto *item = new QListWidgetItem(style()->standardIcon(icon), text, m_checks);
        item->setData(Qt::UserRole, c.passed);
        item->setToolTip(c.items.join(QLatin1Char('\n')));
    }
}

void DatasetPage::showWhatCanStart(const Dataset &d, const QList<Preconditions::Check> &checks)
{
    const bool startable = d.isWorkflowSupported() && Preconditions::allPassed(checks);
    m_start->setEnabled(startable);
    m_start->setToolTip(d.isNewVersion()                    ? DatasetTableModel::newVersionReason()
                                : d.isImageClassification() ? QString()
                                                            : tr("Only image-classification datasets can be auto-labeled here."));
    if (d.isNewVersion())
        m_message->setText(DatasetTableModel::newVersionReason());
    else if (!d.isImageClassification())
        m_message->setText(tr("This is not an image-classification dataset: it cannot be auto-labeled here."));
    else if (!startable && everyImageLabeled(checks))
        m_message->setText(tr("Every image is labeled: there is nothing to auto-label. Publish a version to train on them."));
    else if (!startable)
        m_message->setText(tr("Fix what is marked, then refresh."));
    else
        m_message->clear();
}

void DatasetPage::askDeleteFourChannel()
{
    if (!m_current || m_current->fourChannelIds.isEmpty())
        return;
    const qsizetype n = m_current->fourChannelIds.size();
    const int choice = prompts::choose(this, tr("Delete the 4-channel images"),
                                       tr("Delete %n image(s) with an alpha channel from %1? They leave the dataset (their files are "
                                          "kept); an auto-label task can then start. Convert them to RGB and import them again to "
                                          "keep them in the dataset.",
                                          nullptr, int(n))
                                               .arg(m_current->dataset.name),
                                       { tr("&Delete"), tr("Cancel") }, 1, 1);
    if (choice == 0)
        emit deleteSamplesRequested(m_current->dataset.id, m_current->fourChannelIds);
}
