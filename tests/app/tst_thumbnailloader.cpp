#include "review/ThumbnailLoader.h"
#include "support/AutoLabeledSeed.h"
#include "support/LocalClient.h"
#include "support/TestServer.h"

#include <memory>

// ThumbnailLoader against modelarts-local's presigned previews: every thumbnail its own sample's image,
// a broken image failed with its reason, thumbnails fetched while the loader's thread is busy, and a
// loader deleted while it decodes.
class tst_ThumbnailLoader : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<LocalClient> m_local;
    QString m_dataset;

    // The service's first page of auto-labeled samples, lowest score first (with their preview URLs).
    QList<Sample> firstPage(int n)
    {
        std::optional<Result<SamplePage>> out;
        ModelArtsClient::AutoQuery q;
        q.limit = n;
        m_local->client->autoAnnotations(m_dataset, q, this, [&](const Result<SamplePage> &r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out && out->ok() ? out->value->samples : QList<Sample>{};
    }

    // Asks `loader` (32 px) for each of `samples`' thumbnails and hands the jobs to its fetcher, running
    // nothing else on this thread.
    static void askAt32(ThumbnailLoader &loader, const QList<Sample> &samples)
    {
        loader.setThumbnailSize(32);
        for (const Sample &s : samples)
            loader.thumbnail(s.id, s.previewUrl());
        QCoreApplication::sendPostedEvents(&loader);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestServer>(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(m_server->start());
        m_server->addUser(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123"));
        m_dataset = seed::autoLabeled(m_server->storage(), QStringLiteral("pets"), 40,
                                      { QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fox") });
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

    void thumbnailsLoadAndBrokenImagesFail()
    {
        const QList<Sample> samples = firstPage(20);
        QCOMPARE(samples.size(), 20);
        // Break one sample's image on disk before its preview is made.
        const Sample &broken = samples[7];
        const auto record = m_server->storage().samples().find(m_dataset, broken.id);
        QVERIFY(record);
        QFile file(QDir(m_server->dataDir()).filePath(record->relPath));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not an image");
        file.close();

        ThumbnailLoader loader;
        loader.setThumbnailSize(32);
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
        ThumbnailLoader::Status status;
        for (int r = 0; r < 20; ++r) {
            QVERIFY(loader.thumbnail(samples[r].id, samples[r].previewUrl(), &status).isNull());
            QCOMPARE(status, ThumbnailLoader::Status::Loading);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ready.size() + failed.size(), 20, 30000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), broken.id);
        // Each thumbnail is its own sample's image (requests go pipelined, several on a connection): the
        // seed paints sample i on a background of hue (i % 16) * 23.
        for (int r = 0; r < 20; ++r) {
            const Sample &item = samples[r];
            if (item.id == broken.id)
                continue;
            const int i = QStringView(item.name).mid(4, 6).toInt();
            const QImage thumbnail = loader.thumbnail(item.id, {}, &status);
            QCOMPARE(status, ThumbnailLoader::Status::Ready);
            const int hue = thumbnail.pixelColor(1, 1).hsvHue();
            const int expected = ((i % 16) * 23) % 360;
            const int distance = qAbs(hue - expected);
            QVERIFY2(qMin(distance, 360 - distance) <= 10,
                     qPrintable(QStringLiteral("%1: hue %2, expected %3").arg(item.name).arg(hue).arg(expected)));
        }
        const QImage image = loader.thumbnail(samples[0].id, {}, &status);
        QCOMPARE(status, ThumbnailLoader::Status::Ready);
        QCOMPARE(image.size(), QSize(32, 24)); // 48x36 at most 32 on the longer side
        loader.thumbnail(broken.id, {}, &status);
        QCOMPARE(status, ThumbnailLoader::Status::Failed);
        QVERIFY(!loader.failure(broken.id).isEmpty());
    }

    // Downloads and decoding run on threads of their own: while this thread is busy (painting, sorting)
    // every thumbnail asked for arrives, and one turn of this thread's loop takes them all.
    void thumbnailsArriveWhileThisThreadIsBusy()
    {
        const QList<Sample> samples = firstPage(20);
        QCOMPARE(samples.size(), 20);
        ThumbnailLoader loader;
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        askAt32(loader, samples); // handed to the fetcher: nothing else runs here
        QElapsedTimer busy;
        busy.start();
        while (loader.resultsWaiting() < 20 && busy.elapsed() < 30000)
            QThread::usleep(500); // busy: no event of this thread is processed
        QCOMPARE(loader.resultsWaiting(), 20);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(loader.inFlight(), 20);
        QCoreApplication::sendPostedEvents(&loader);
        QCOMPARE(ready.size(), 20);
        QCOMPARE(loader.inFlight(), 0);
    }

    // The size changed while thumbnails were on their way: each comes at the new size, none is lost.
    void thumbnailsInFlightAtAnOldSizeComeAtTheNewOne()
    {
        const QList<Sample> samples = firstPage(20);
        QCOMPARE(samples.size(), 20);
        ThumbnailLoader loader;
        QSignalSpy ready(&loader, &ThumbnailLoader::thumbnailReady);
        askAt32(loader, samples); // on their way at 32
        QCOMPARE(loader.inFlight(), 20);
        loader.setThumbnailSize(40);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 20, 30000);
        QTRY_COMPARE(loader.inFlight(), 0);
        ThumbnailLoader::Status status;
        for (const Sample &s : samples) {
            QCOMPARE(loader.thumbnail(s.id, {}, &status).size(), QSize(40, 30)); // 48x36 at most 40 on the longer side
            QCOMPARE(status, ThumbnailLoader::Status::Ready);
        }
    }

    // Deleted with downloads in flight and previews waiting to be decoded: the decoding threads are waited
    // for and nothing reaches the gone loader (decoded images come back in batches, through queued events).
    void aLoaderDeletedWhileDecodingDeliversNothing()
    {
        const QList<Sample> samples = firstPage(40);
        QCOMPARE(samples.size(), 40);
        auto loader = std::make_unique<ThumbnailLoader>();
        int ready = 0;
        connect(loader.get(), &ThumbnailLoader::thumbnailReady, this, [&ready] { ++ready; });
        for (const Sample &s : samples)
            loader->thumbnail(s.id, s.previewUrl());
        QTRY_VERIFY_WITH_TIMEOUT(ready > 0, 30000);
        loader.reset();
        const int atDeletion = ready;
        QCoreApplication::processEvents();
        QCOMPARE(ready, atDeletion);
    }
};

QTEST_MAIN(tst_ThumbnailLoader)
#include "tst_thumbnailloader.moc"
