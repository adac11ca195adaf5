#pragma once

#include <QHash>
#include <QString>

#include <memory>

class ModelArtsClient;
class ReviewSession;
class TestServer;

// What the benches that measure on a folder of class sub-folders share: the folder imported into
// modelarts-local (in this process) with a few labeled per class and the truth kept, an auto-label task run
// to its end, and a review of its results opened with the app's own code.
namespace folderreview {

struct Bench
{
    TestServer &server;
    ModelArtsClient *client;
    QString workDir;
    QHash<QString, QString> truth; // sample id -> its true label
    int journals = 0;
};

// Imports `folder` as a dataset `name` (labeledPerClass labeled per class, chosen by `seed`): its id, or
// empty after saying why on stderr.
QString import(Bench &b, const QString &folder, const QString &name, int labeledPerClass, quint32 seed);
// Starts an auto-label task on the dataset and waits for its end: its id, empty if it did not succeed.
QString runTask(ModelArtsClient *client, const QString &dataset);
// The task's review, loaded; with `looks`, its look-alike vectors computed too. Null on a failure.
std::unique_ptr<ReviewSession> openReview(Bench &b, const QString &dataset, const QString &task, bool looks);

} // namespace folderreview
