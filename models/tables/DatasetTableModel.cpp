#include "tables/DatasetTableModel.h"

DatasetTableModel::DatasetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DatasetTableModel::setDatasets(const QList<Dataset> &datasets)
{
    beginResetModel(); // a new list from the service: a full reload
    m_datasets = datasets;
    endResetModel();
}

std::optional<Dataset> DatasetTableModel::datasetAt(int row) const
{
    if (row < 0 || row >= m_datasets.size())
        return std::nullopt;
    return m_datasets[row];
}

int DatasetTableModel::rowOf(const QString &datasetId) const
{
    for (int i = 0; i < m_datasets.size(); ++i) {
        if (m_datasets[i].id == datasetId)
            return i;
    }
    return -1;
}

QString DatasetTableModel::newVersionReason()
{
    return tr("A dataset of ModelArts' new version: it is labeled by labeling jobs, whose API is not published. This workflow "
              "(auto-labeling in Data Management, old version) cannot start tasks or confirm labels on it; use the ModelArts "
              "console.");
}

QString DatasetTableModel::typeName(int type)
{
    switch (type) {
    case 0: return tr("Image classification");
    case 1: return tr("Object detection");
    case 3: return tr("Image segmentation");
    case 100: return tr("Text classification");
    case 200: return tr("Sound classification");
    case 600: return tr("Video");
    default: return tr("Other (%1)").arg(type);
    }
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_datasets.size()); }

int DatasetTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Dataset &d = m_datasets[index.row()];
    if (role == DatasetIdRole)
        return d.id;
    if (role == StartableRole)
        return d.isWorkflowSupported();
    if (role == Qt::ToolTipRole) {
        QString tip = d.description.isEmpty() ? d.id : d.description + QLatin1Char('\n') + d.id;
        if (d.isNewVersion())
            tip += QLatin1Char('\n') + newVersionReason();
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= TotalColumn && index.column() <= UnconfirmedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return d.existRunningTask ? tr("%1 (task running)").arg(d.name) : d.name;
    case TypeColumn: return d.isNewVersion() ? tr("%1 (new version: not supported)").arg(typeName(d.type)) : typeName(d.type);
    case TotalColumn: return d.totalSamples;
    case LabeledColumn: return d.annotatedSamples;
    case UnconfirmedColumn: return d.unconfirmedSamples;
    case LabelsColumn: {
        QStringList names;
        for (const Label &l : d.labels)
            names.append(l.name);
        return names.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Dataset");
    case TypeColumn: return tr("Type");
    case TotalColumn: return tr("Images");
    case LabeledColumn: return tr("Labeled");
    case UnconfirmedColumn: return tr("To confirm");
    case LabelsColumn: return tr("Labels");
    default: return {};
    }
}
