// Benchmark of modelarts-local's auto-label task: images per second of a whole task beside the bare decode
// rate (cv::imread) of the same files in the same run, and the latency of GET task while the task runs.
// Prints one "name value unit" line per figure. Usage: bench_engine [--images N] (default 10000).

#include "importer/DatasetImporter.h"
#include "importer/DemoImages.h"
#include "support/TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdio>

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// The images of a data directory's dataset, as the task reads them.
QStringList imageFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// The bare decode rate of these files, on this machine, now (images a second).
double decodeRate(const QStringList &files)
{
    QElapsedTimer decodeTimer;
    decodeTimer.start();
    for (const QString &file : files)
        cv::imread(file.toStdString(), cv::IMREAD_COLOR);
    return files.size() / (decodeTimer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of an auto-label task of modelarts-local."));
    parser.addHelpOption();
    const QCommandLineOption imagesOption(QStringLiteral("images"), QStringLiteral("Number of generated images (default 10000)."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOption(imagesOption);
    parser.process(app);
    const int images = std::max(50, parser.value(imagesOption).toInt());
    const int classes = int(demoimages::classNames().size());
    const int perClass = images / classes;
    const int labeledPerClass = std::min(20, perClass / 2);

    QTemporaryDir dir;
    QString error;
    const QString source = dir.filePath(QStringLiteral("source"));
    if (!demoimages::generate(source, perClass, 9, &error, 160, 120)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    TestServer server(dir.filePath(QStringLiteral("data")));
    if (!server.start())
        return 1;
    server.addUser(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench-password"));
    ImportOptions options;
    options.datasetName = QStringLiteral("bench");
    options.folder = source;
    options.labeledPerClass = labeledPerClass;
    const ImportReport report = importFolder(server.storage(), options);
    if (!report.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
        return 1;
    }
    print("images", report.labeled + report.unlabeled, "images");

    const QStringList files = imageFiles(dir.filePath(QStringLiteral("data/images")));
    const double decodePerS = decodeRate(files);
    print("decode_per_s", decodePerS, "images/s");

    HttpClient http;
    const auto login = http.login(server.base(), QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench-password"));
    const QUrl tasks = server.url(QStringLiteral("/v2/%1/datasets/%2/tasks").arg(login.second, report.datasetId));
    QElapsedTimer taskTimer;
    taskTimer.start();
    const HttpResult created = http.withToken("POST", tasks, login.first,
                                              R"({"task_type":"auto-label","collect_key_sample":true,"config":{"algorithm_type":"fast"}})");
    const QString taskId = created.json().value(QStringLiteral("task_id")).toString();
    if (taskId.isEmpty()) {
        std::fprintf(stderr, "task not created: %s\n", created.body.constData());
        return 1;
    }
    QUrl taskUrl = tasks;
    taskUrl.setPath(tasks.path() + QLatin1Char('/') + taskId);
    QList<double> latencies;
    int status = -1;
    while (status != 2 && status != 3 && status != 5) {
        QElapsedTimer request;
        request.start();
        const HttpResult r = http.get(taskUrl, login.first);
        latencies.append(request.nsecsElapsed() / 1e6);
        status = r.json().value(QStringLiteral("status")).toInt(-1);
        QSignalSpy finished(&server.tasks(), &TaskManager::taskFinished);
        finished.wait(100); // the next poll, ten a second (a GUI polls about once a second)
    }
    const double seconds = taskTimer.nsecsElapsed() / 1e9;
    std::sort(latencies.begin(), latencies.end());
    const double p99 = latencies.value(qMin(latencies.size() - 1, qsizetype(latencies.size() * 0.99)));
    const double perS = files.size() / seconds;
    print("task_seconds", seconds, "s");
    print("task_images_per_s", perS, "images/s");
    print("task_to_decode_ratio", perS / decodePerS, "ratio");
    print("get_task_p99_ms", p99, "ms");
    print("get_task_requests", double(latencies.size()), "requests");
    if (status != 3) {
        std::fprintf(stderr, "task ended with status %d\n", status);
        return 1;
    }
    return 0;
}
