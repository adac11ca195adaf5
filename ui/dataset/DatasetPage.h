#pragma once

#include "workflow/DatasetOverview.h"

#include <QWidget>

class DatasetTableModel;
class LabelChart;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class VersionsPanel;

// The project's datasets (searchable) and, for the selected one, its label statistics and the five
// preconditions as a checklist with what fails and what to do. Emits intents; shows what it is given.
class DatasetPage final : public QWidget
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(DatasetPage)
    explicit DatasetPage(QWidget *parent = nullptr);

    void setDatasets(const QList<Dataset> &datasets);
    void showOverview(const DatasetOverview::Data &data);
    void showError(const QString &message);
    void selectDataset(const QString &datasetId);
    QString selectedDatasetId() const;
    DatasetTableModel *model() const { return m_model; }
    VersionsPanel *versionsPanel() const { return m_versions; }
    // What is known of the selected dataset (its overview), if it has come.
    const std::optional<DatasetOverview::Data> &overview() const { return m_current; }

signals:
    void refreshRequested();
    void datasetSelected(const QString &datasetId);
    void startRequested(const Dataset &dataset);
    void openTaskRequested(const QString &datasetId, const QString &taskId);
    // A finished task with samples to confirm, or (ReviewSession::suspectsTaskId()) the suspect labels.
    void reviewRequested(const QString &datasetId, const QString &taskId);
    void deleteSamplesRequested(const QString &datasetId, const QStringList &sampleIds); // asked and answered

private:
    void showChecks(const QList<Preconditions::Check> &checks);
    void askDeleteFourChannel();
    void showWhatCanStart(const Dataset &dataset, const QList<Preconditions::Check> &checks);

    DatasetTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_title;
    LabelChart *m_chart;
    QListWidget *m_checks;
    QLabel *m_message;
    QPushButton *m_start;
    QPushButton *m_openTask;
    QPushButton *m_suspects; // a review of the labels already given that look wrong
    QPushButton *m_deleteRgba = nullptr; // the 4-channel images out of the dataset
    VersionsPanel *m_versions;
    std::optional<DatasetOverview::Data> m_current;
    QString m_openOnLoad; // a dataset activated before its overview came: open its task when it does
    void openCurrentTask();
    QWidget *createListPane();
    QWidget *createDetailPane();
};
