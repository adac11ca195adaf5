#pragma once

#include "types/ModelArtsTypes.h"

#include <QAbstractTableModel>

// The project's datasets for a table: name, type, total, labeled, to confirm, running task.
class DatasetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(DatasetTableModel)
    enum Column { NameColumn, TypeColumn, TotalColumn, LabeledColumn, UnconfirmedColumn, LabelsColumn, ColumnCount };
    enum Role { DatasetIdRole = Qt::UserRole + 1, StartableRole };

    explicit DatasetTableModel(QObject *parent = nullptr);

    void setDatasets(const QList<Dataset> &datasets);
    const QList<Dataset> &datasets() const { return m_datasets; }
    std::optional<Dataset> datasetAt(int row) const;
    int rowOf(const QString &datasetId) const;

    static QString typeName(int type);
    // Why a new-version (v2) dataset cannot be worked on here.
    static QString newVersionReason();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Dataset> m_datasets;
};
