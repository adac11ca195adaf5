#include "api/ModelArtsClient.h"
#include "publish/LabelExporter.h"
#include "publish/VersionWatcher.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

// The client's version and export calls against modelarts-local over real HTTP: publish and follow a
// version to its end, list versions, create and poll an export task, and the service's refusals as errors
// with their codes.
class tst_VersionsClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<LocalClient> m_local;
    QString m_dataset;

    template<typename T, typename Call>
    Result<T> wait(Call call)
    {
        std::optional<Result<T>> out;
        call([&out](const Result<T> &r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000); }();
        return out.value_or(Result<T>{});
    }
    ModelArtsClient *client() const { return m_local->client.get(); }
    static Dataset named(const QString &id, const QString &name)
    {
        Dataset d;
        d.id = id;
        d.name = name;
        return d;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("shapes"), 6, 4);
        QVERIFY(!m_dataset.isEmpty());
        m_local = std::make_unique<LocalClient>(m_server->base());
        QVERIFY(m_local->login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")));
    }
    void cleanup()
    {
        m_local.reset();
        m_server.reset();
        m_dir.reset();
    }

    void publishFollowAndList()
    {
        PublishRequestOptions options;
        options.name = QStringLiteral("first");
        options.trainRatio = 0.75;
        const auto id = wait<QString>([&](auto done) { client()->publishVersion(m_dataset, options, this, done); });
        QVERIFY2(id.ok(), qPrintable(id.error.toString()));
        VersionWatcher watcher(client());
        watcher.setIntervals({ 20, 200, 1.5 });
        QSignalSpy finished(&watcher, &VersionWatcher::finished);
        watcher.watch(m_dataset, *id.value);
        QVERIFY(finished.wait(30000));
        const auto v = finished.first().first().value<DatasetVersion>();
        QCOMPARE(v.status, VersionStatus::Normal);
        QCOMPARE(v.name, QStringLiteral("first"));
        QCOMPARE(v.trainRatio, 0.75);
        QCOMPARE(v.annotatedSamples, m_server->storage().datasets().counts(m_dataset).labeled);
        QVERIFY(!v.labelStats.isEmpty());
        const auto list = wait<QList<DatasetVersion>>([&](auto done) { client()->versions(m_dataset, this, done); });
        QVERIFY(list.ok());
        QCOMPARE(list.value->size(), 1);
        QVERIFY(list.value->first().isCurrent);
        // Refusals arrive as service errors with the documented codes.
        const auto again = wait<QString>([&](auto done) { client()->publishVersion(m_dataset, options, this, done); });
        QCOMPARE(again.error.kind, ApiError::Kind::Service);
        QCOMPARE(again.error.code, QStringLiteral("ModelArts.4371"));
        const auto missing =
                wait<DatasetVersion>([&](auto done) { client()->version(m_dataset, QStringLiteral("NoSuchVersion123456"), this, done); });
        QCOMPARE(missing.error.code, QStringLiteral("ModelArts.4353"));
    }

    void exportTaskToItsEnd()
    {
        const auto id = wait<QString>([&](auto done) {
            client()->createExport(m_dataset, QStringLiteral("/modelarts-local/exports/a/"), ExportSelection::Labeled, 1, this, done);
        });
        QVERIFY2(id.ok(), qPrintable(id.error.toString()));
        ExportTask task;
        QTRY_VERIFY_WITH_TIMEOUT((task = wait<ExportTask>([&](auto done) {
                                             client()->exportTask(m_dataset, *id.value, this, done);
                                         }).value.value_or(ExportTask{}),
                                  task.isTerminal()),
                                 30000);
        QCOMPARE(task.status, ExportStatus::Succeeded);
        QCOMPARE(task.progress, 100.0);
        QCOMPARE(task.finishedSamples, m_server->storage().datasets().counts(m_dataset).labeled);
        const auto bad = wait<QString>([&](auto done) {
            client()->createExport(m_dataset, QStringLiteral("/elsewhere/a/"), ExportSelection::All, 2, this, done);
        });
        QCOMPARE(bad.error.code, QStringLiteral("ModelArts.4311"));
    }

    void anExportStoppedByAFaultResumes()
    {
        // Every image labeled: 5 x 40 to download.
        const QString many = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("many"), 40, 40);
        QVERIFY(!many.isEmpty());
        Dataset dataset;
        dataset.id = many;
        dataset.name = QStringLiteral("many");
        const QString folder = m_dir->filePath(QStringLiteral("out"));
        qint64 written = 0;
        {
            LabelExporter exporter(client(), dataset, LabelExporter::Format::Folders, folder);
            QSignalSpy finished(&exporter, &LabelExporter::finished);
            bool stopped = false;
            connect(&exporter, &LabelExporter::progress, this, [&](qint64 done, qint64) {
                if (done >= 20 && !stopped) {
                    stopped = true;
                    m_server->stop(); // the service goes away mid-export
                }
            });
            exporter.start();
            QVERIFY(finished.wait(60000));
            const auto o = finished.first().first().value<LabelExporter::Outcome>();
            QVERIFY(!o.ok);
            QCOMPARE(o.error.kind, ApiError::Kind::Network); // a fault, not a refusal
            QVERIFY(o.failed.isEmpty());
            QVERIFY(o.written >= 20 && o.written < 200);
            written = o.written;
        }
        // Every file there is whole (no temporary ones left), and a run after the restart takes up the rest.
        QStringList files;
        for (const QString &label : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            files += QDir(QDir(folder).filePath(label)).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(qint64(files.size()), written);
        QVERIFY(m_server->restart());
        LabelExporter again(client(), dataset, LabelExporter::Format::Folders, folder);
        QSignalSpy finished(&again, &LabelExporter::finished);
        again.start();
        QVERIFY(finished.wait(60000));
        const auto o = finished.first().first().value<LabelExporter::Outcome>();
        QVERIFY2(o.ok, qPrintable(o.error.toString()));
        QCOMPARE(o.skipped, written);
        QCOMPARE(o.written, 200 - written + 1); // the rest and the manifest
    }

    void cancelKeepsWhatIsComplete()
    {
        const QString many = m_server->importGenerated(m_dir->filePath(QStringLiteral("src")), QStringLiteral("many"), 40, 40);
        LabelExporter exporter(client(), named(many, QStringLiteral("many")), LabelExporter::Format::Folders,
                               m_dir->filePath(QStringLiteral("c")));
        QSignalSpy finished(&exporter, &LabelExporter::finished);
        connect(&exporter, &LabelExporter::progress, this, [&](qint64 done, qint64) {
            if (done == 10)
                exporter.cancel();
        });
        exporter.start();
        QVERIFY(finished.wait(60000));
        const auto o = finished.first().first().value<LabelExporter::Outcome>();
        QVERIFY(o.cancelled);
        QVERIFY(!o.ok);
        QVERIFY(!o.error.isError());
        QVERIFY(o.written >= 10 && o.written < 200);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("c/many.manifest")))); // no manifest for a part
    }
};

QTEST_GUILESS_MAIN(tst_VersionsClient)
#include "tst_versionsclient.moc"
