#include "review/ReviewBenchData.h"

#include "ServiceConfig.h"
#include "auth/PasswordHash.h"
#include "importer/ImageFiles.h"
#include "support/AutoLabeledSeed.h"
#include "support/WaitFor.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>

using bench::waitFor;

QString seedDataset(const QString &dataDir, int n)
{
    QString datasetId;
    {
        Storage storage(dataDir);
        if (!storage.open()) {
            std::fprintf(stderr, "storage: %s\n", qPrintable(storage.lastError()));
            return {};
        }
        storage.identity().upsertUser(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("local"),
                                      passwordhash::hash(QStringLiteral("bench-password"), 1000));
        datasetId = seed::autoLabeled(storage, QStringLiteral("bench"), n,
                                      { QStringLiteral("daisy"), QStringLiteral("dandelion"), QStringLiteral("rose"),
                                        QStringLiteral("sunflower"), QStringLiteral("tulip") });
        if (datasetId.isEmpty()) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(storage.lastError()));
            return {};
        }
    }
    QStringList images;
    for (QDirIterator it(QDir(dataDir).filePath(QStringLiteral("images/") + datasetId), QDir::Files); it.hasNext();)
        images.append(it.next());
    const QString previewDir = QDir(dataDir).filePath(QStringLiteral("previews/") + datasetId);
    QtConcurrent::blockingMap(images, [&](const QString &path) {
        QString error;
        imagefiles::writePreview(path, previewDir + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".jpg"),
                                 ServiceConfig{}.previewMaxSide, &error);
    });
    return datasetId;
}

QString prepareDataset(const QDir &dir, bool keep, int n)
{
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    const QString database = QDir(dataDir).filePath(QStringLiteral("modelarts-local.db"));
    const QString pristine = dir.filePath(QStringLiteral("pristine.db"));
    QFile seeded(dir.filePath(QStringLiteral("dataset-id")));
    QString datasetId;
    if (seeded.open(QIODevice::ReadOnly)) {
        datasetId = QString::fromUtf8(seeded.readAll()).trimmed();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(database + suffix);
        if (!QFile::copy(pristine, database)) {
            std::fprintf(stderr, "cannot restore %s\n", qPrintable(pristine));
            return {};
        }
    } else {
        datasetId = seedDataset(dataDir, n);
        if (datasetId.isEmpty())
            return {};
        if (keep
            && (!QFile::copy(database, pristine) || !seeded.open(QIODevice::WriteOnly) || seeded.write(datasetId.toUtf8()) <= 0
                || !seeded.flush())) { // now: a run that ends badly must not leave the id unwritten
            std::fprintf(stderr, "cannot keep the dataset in %s\n", qPrintable(dir.path()));
            return {};
        }
    }
    QFile::remove(dir.filePath(QStringLiteral("journal.sqlite"))); // each run reviews from the start
    return datasetId;
}

QUrl startService(QProcess &server, const QString &dataDir)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // BENCH_SERVICE: another build of modelarts-local (a before-and-after of the service in one sitting).
    server.start(
            qEnvironmentVariable("BENCH_SERVICE", QStringLiteral(MODELARTS_LOCAL_BIN)),
            { QStringLiteral("serve"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
    if (!server.waitForStarted(10000) || !waitFor([&] { return server.canReadLine(); }, 30000)) {
        std::fprintf(stderr, "modelarts-local did not start: %s\n", server.readAllStandardError().constData());
        return {};
    }
    return QUrl(QString::fromUtf8(server.readLine().trimmed().mid(int(qstrlen("listening on ")))));
}
