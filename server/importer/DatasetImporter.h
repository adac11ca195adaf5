#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class Storage;

// Imports a folder of class sub-folders into a dataset of modelarts-local.
// The images are copied into the data directory (images/<dataset id>/); the rows are written in one
// transaction, so an import is stored whole or not at all (copied files are removed on failure).
struct ImportOptions
{
    QString datasetName;
    QString projectName = QStringLiteral("local");
    QString description;
    QString folder;
    // With a value: that many images per class stay labeled, the rest are imported unlabeled with their
    // class kept as hidden ground truth. Without: class folders are labeled, folder/unlabeled/ is not.
    std::optional<int> labeledPerClass;
    quint32 seed = 1;
};

struct ImportReport
{
    bool ok = false;
    QString error; // why nothing was imported
    QString datasetId;
    int classes = 0;
    int labeled = 0;
    int unlabeled = 0;
    int alreadyPresent = 0; // files imported by an earlier run, left as they are
    QStringList skipped; // "<file>: <reason>" for each file that was not imported
};

ImportReport importFolder(Storage &storage, const ImportOptions &options);
