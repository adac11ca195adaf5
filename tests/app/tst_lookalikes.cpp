#include "lookalike/FeatureCache.h"
#include "lookalike/LabeledSamples.h"
#include "lookalike/LookAlikes.h"
#include "support/ReviewSessionFixture.h"

#include <QDirIterator>
#include <QFileInfo>

// The review's look-alikes against modelarts-local over real HTTP: vectors computed from the previews
// the grid fetches, cached per dataset (reused, recomputed for a changed image), cancellable; the samples
// most like one; groups. The seeded dataset repeats 16 distinct images (sample i shows image i % 16).
class tst_LookAlikes : public QObject, private ReviewSessionFixture
{
    Q_OBJECT

    QString cachePath() const
    {
        return featurecache::pathFor(m_dir->filePath(QStringLiteral("cache")), m_server->base(), QStringLiteral("local"), m_dataset);
    }

    static int imageOf(const ReviewItem &it) { return it.name.mid(4, 6).toInt() % 16; }

    std::unique_ptr<ReviewSession> computed(bool *ok, int *unreadable = nullptr, QString *error = nullptr)
    {
        auto session = openSession(false);
        session->setComputeLookAlikes(false);
        QSignalSpy loaded(session.get(), &ReviewSession::loadFinished);
        session->load();
        *ok = loaded.wait(30000);
        LookAlikes *l = session->lookAlikes();
        l->setCachePath(cachePath());
        QSignalSpy finished(l, &LookAlikes::finished);
        l->start();
        *ok = *ok && finished.wait(60000) && !finished.first().at(0).toBool();
        if (unreadable)
            *unreadable = l->unreadable();
        if (error && !finished.isEmpty())
            *error = finished.first().at(1).toString();
        return session;
    }

    void removeImages()
    {
        QDirIterator it(m_server->dataDir() + QStringLiteral("/images"), { QStringLiteral("*.jpg") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY(QFile::remove(it.next()));
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void nearestAreTheSameImage()
    {
        bool ok = false;
        auto session = computed(&ok);
        QVERIFY(ok);
        LookAlikes *l = session->lookAlikes();
        const SampleListModel *model = session->model();
        QCOMPARE(l->known(), qint64(kSamples));
        QVERIFY(l->memoryBytes() <= 200 * kSamples); // 20 MB per 100,000 at most
        for (int row : { 0, 17, 101, 249 }) {
            const int same = kSamples / 16 + (imageOf(model->item(row)) < kSamples % 16 ? 1 : 0);
            const QList<int> near = l->nearest(row, same);
            QCOMPARE(near.size(), same);
            QCOMPARE(near.first(), row);
            for (int r : near)
                QCOMPARE(imageOf(model->item(r)), imageOf(model->item(row)));
        }
        QVERIFY(l->nearest(0, 1000).size() == kSamples);
    }

    void cacheIsReusedAndAChangedImageRecomputed()
    {
        bool ok = false;
        QString changedId;
        {
            auto first = computed(&ok);
            QVERIFY(ok);
            changedId = first->model()->item(5).id;
        }
        // An image that changed since: its cached signature is another.
        featurecache::Contents before = featurecache::load(cachePath());
        QCOMPARE(before.entries.size(), kSamples);
        featurecache::Entry changed = before.entries.value(changedId);
        const QByteArray signature = changed.signature;
        changed.signature = "an older image";
        QString error;
        QVERIFY2(featurecache::store(cachePath(), {}, { changed }, &error), qPrintable(error));
        // Only the changed one can be fetched: the rest must come from the cache.
        const QString keep =
                m_server->dataDir() + QStringLiteral("/images/") + m_dataset + QLatin1Char('/') + changedId + QStringLiteral(".jpg");
        QFile kept(keep);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray bytes = kept.readAll();
        kept.close();
        removeImages();
        {
            QFile again(keep);
            QVERIFY(again.open(QIODevice::WriteOnly));
            again.write(bytes);
        }
        int unreadable = -1;
        auto second = computed(&ok, &unreadable);
        QVERIFY(ok);
        QCOMPARE(unreadable, 0);
        QCOMPARE(second->lookAlikes()->known(), qint64(kSamples));
        QCOMPARE(featurecache::load(cachePath()).entries.value(changedId).signature, signature);
    }

    void anUnreadableCacheIsSaidSetAsideAndMadeAgain()
    {
        QVERIFY(QDir().mkpath(QFileInfo(cachePath()).absolutePath()));
        {
            QFile damaged(cachePath());
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(QByteArray(8192, 'x'));
        }
        bool ok = false;
        QString error;
        {
            auto first = computed(&ok, nullptr, &error);
            QVERIFY(ok);
            QVERIFY2(error.contains(QStringLiteral("could not be read")) && error.contains(QStringLiteral("set aside")), qPrintable(error));
            QCOMPARE(first->lookAlikes()->known(), qint64(kSamples)); // computed all the same
        }
        QVERIFY(QFile::exists(cachePath() + QStringLiteral(".unreadable")));
        QCOMPARE(featurecache::load(cachePath()).entries.size(), kSamples);
        // The next review reads the new cache, with nothing to say, every image file gone.
        removeImages();
        error = QStringLiteral("unset");
        auto second = computed(&ok, nullptr, &error);
        QVERIFY(ok);
        QCOMPARE(error, QString());
        QCOMPARE(second->lookAlikes()->known(), qint64(kSamples));
    }

    void labeledSamplesFollowANewLoginAndSayWhenThereIsNone()
    {
        bool ok = false;
        auto session = computed(&ok);
        QVERIFY(ok);
        // The login the review began with ends; the review goes on with a new one (as after an expiry).
        auto other = std::make_unique<LocalClient>(m_server->base());
        QVERIFY(other->login(QStringLiteral("acme"), QStringLiteral("alice"), QStringLiteral("password-123")));
        LabeledSamples *labeled = session->labeledSamples();
        session->setClient(other->client.get());
        m_local.reset();
        QSignalSpy finished(labeled, &LabeledSamples::finished);
        labeled->start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(labeled->isReady());
        // No login at all: said, not a silent nothing.
        LabeledSamples alone;
        alone.setSource(nullptr, m_dataset, {}, cachePath(), {});
        QSignalSpy refused(&alone, &LabeledSamples::finished);
        alone.start();
        QCOMPARE(refused.count(), 1);
        QVERIFY(!refused.first().at(0).toBool());
        QVERIFY(!refused.first().at(1).toString().isEmpty());
    }

    void cancelKeepsWhatWasDoneAndResumes()
    {
        auto session = openSession();
        session->setComputeLookAlikes(false);
        LookAlikes *l = session->lookAlikes();
        l->setCachePath(cachePath());
        QSignalSpy finished(l, &LookAlikes::finished);
        QSignalSpy progress(l, &LookAlikes::progress);
        l->start();
        QVERIFY(l->isComputing());
        l->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true); // cancelled, not failed
        QVERIFY(!l->isComputing());
        l->start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(l->known(), qint64(kSamples));
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(kSamples));
    }

    void groupsGatherTheSameImage()
    {
        bool ok = false;
        auto session = computed(&ok);
        QVERIFY(ok);
        const SampleListModel *model = session->model();
        std::optional<QList<LookAlikeGroup>> groups;
        session->lookAlikes()->group(allRows(model), 16, [&](const QList<LookAlikeGroup> &g) { groups = g; });
        QTRY_VERIFY_WITH_TIMEOUT(groups.has_value(), 30000);
        QCOMPARE(groups->size(), 16);
        int total = 0;
        for (const LookAlikeGroup &g : *groups) {
            total += int(g.rows.size());
            for (int r : g.rows)
                QCOMPARE(imageOf(model->item(r)), imageOf(model->item(g.rows.first())));
            QVERIFY(g.majorityLabel >= 0);
            QCOMPARE(g.decided, 0);
        }
        QCOMPARE(total, kSamples);
        for (qsizetype i = 1; i < groups->size(); ++i) // least consistent first
            QVERIFY(groups->at(i - 1).majorityShare() <= groups->at(i).majorityShare());
        // The heads follow decisions.
        QList<LookAlikeGroup> heads = *groups;
        QVERIFY(session->decide(heads.first().rows.mid(0, 2), Decision::accept()));
        QTRY_VERIFY(!session->isSaving());
        LookAlikes::summarise(*model, heads);
        QCOMPARE(heads.first().decided, 2);
    }
};

QTEST_MAIN(tst_LookAlikes)
#include "tst_lookalikes.moc"
