#include "folder/FolderReview.h"

#include "lookalike/FeatureCache.h"
#include "lookalike/LookAlikes.h"
#include "review/ReviewSession.h"
#include "support/TestServer.h"
#include "workflow/TaskMonitor.h"

#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <limits>

namespace folderreview {

QString import(Bench &b, const QString &folder, const QString &name, int labeledPerClass, quint32 seed)
{
    ImportOptions options;
    options.datasetName = name;
    options.folder = folder;
    options.labeledPerClass = labeledPerClass;
    options.seed = seed;
    const ImportReport report = importFolder(b.server.storage(), options);
    if (!report.ok) {
        std::fprintf(stderr, "import: %s\n", qPrintable(report.error));
        return {};
    }
    SampleQuery all;
    all.limit = std::numeric_limits<qint64>::max();
    for (const SampleRecord &r : b.server.storage().samples().list(report.datasetId, all)) {
        if (!r.truth.isEmpty())
            b.truth.insert(r.id, r.truth);
    }
    return report.datasetId;
}

QString runTask(ModelArtsClient *client, const QString &dataset)
{
    QString taskId;
    bool answered = false;
    client->createTask(dataset, AutoLabelOptions{}, client, [&](const Result<QString> &r) {
        if (r.ok())
            taskId = *r.value;
        else
            std::fprintf(stderr, "task: %s\n", qPrintable(r.error.toString()));
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 60000) || taskId.isEmpty())
        return {};
    TaskMonitor monitor(client);
    monitor.setIntervals({ 100, 500, 1.5 });
    QSignalSpy finished(&monitor, &TaskMonitor::taskFinished);
    monitor.watch(dataset, taskId);
    if (!finished.wait(1800000))
        return {};
    return finished.first().at(0).value<TaskInfo>().status == TaskStatus::Succeeded ? taskId : QString();
}

std::unique_ptr<ReviewSession> openReview(Bench &b, const QString &dataset, const QString &task, bool looks)
{
    auto session = std::make_unique<ReviewSession>(b.client, dataset, task);
    QStringList labels;
    for (const LabelRecord &l : b.server.storage().datasets().labels(dataset))
        labels.append(l.name);
    session->setLabels(labels);
    session->setComputeLookAlikes(false);
    if (!session->openJournal(QStringLiteral("%1/journal-%2.sqlite").arg(b.workDir).arg(++b.journals)))
        return nullptr;
    QSignalSpy loaded(session.get(), &ReviewSession::loadFinished);
    session->load();
    if (!loaded.wait(600000))
        return nullptr;
    if (looks) {
        LookAlikes *l = session->lookAlikes();
        l->setCachePath(featurecache::pathFor(b.workDir + QStringLiteral("/cache"), b.server.base(), QStringLiteral("local"), dataset));
        QSignalSpy done(l, &LookAlikes::finished);
        l->start();
        if (!done.wait(3600000))
            return nullptr;
    }
    return session;
}

} // namespace folderreview
