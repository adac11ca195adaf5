#include "Ids.h"
#include "auth/SdkSignature.h"
#include "support/ServiceFixture.h"

#include <QDateTime>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

// modelarts-local's HTTP API over real HTTP on 127.0.0.1 against what is not a plain call: bodies too large,
// presigned and forged image URLs, paths out of the data directory, AK/SK signatures, a restart, tokens at
// rest and garbage.
class tst_ServiceHardening : public QObject, private ServiceFixture
{
    Q_OBJECT
private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void oversizedBodiesAreRefused()
    {
        QByteArray huge(12 * 1024 * 1024 + 16, ' ');
        huge.prepend("{\"samples\":[]}");
        const HttpResult r = m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token, huge);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json()[QStringLiteral("error_code")].toString(), QStringLiteral("APIGW.0201"));
    }

    void presignedImagesNeedNoTokenAndRefuseForgeries()
    {
        const QJsonObject sample = samplesOf(QStringLiteral("limit=1"))[0].toObject();
        const QUrl preview(sample[QStringLiteral("preview")].toString());
        const QUrl source(sample[QStringLiteral("source")].toString());
        QCOMPARE(preview.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(preview.port(), m_server->base().port());

        const HttpResult p = m_http.get(preview);
        QCOMPARE(p.status, 200);
        QCOMPARE(p.header("Content-Type"), QByteArray("image/jpeg"));
        QVERIFY(p.header("X-Request-Id").isEmpty()); // an image read is its bytes, type and length
        const QImage image = QImage::fromData(p.body);
        QVERIFY(!image.isNull());
        QVERIFY(qMax(image.width(), image.height()) <= 256);
        const QStringList cached = QDir(m_server->dataDir() + QStringLiteral("/previews/") + m_dataset).entryList(QDir::Files);
        QCOMPARE(cached.size(), 1); // made once, on disk

        const HttpResult s = m_http.get(source);
        QCOMPARE(s.status, 200);
        const QString id = sample[QStringLiteral("sample_id")].toString();
        QFile file(m_server->dataDir() + QLatin1Char('/') + m_server->storage().samples().find(m_dataset, id)->relPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(s.body, file.readAll());

        // Forged: another sample, another kind, a changed signature, a changed expiry.
        QUrl other = source;
        other.setPath(source.path().replace(id, QStringLiteral("0123456789abcdef0123456789abcdef")));
        const HttpResult forged = m_http.get(other);
        QCOMPARE(forged.status, 403);
        QVERIFY(!forged.header("X-Request-Id").isEmpty()); // a refusal says which request it was
        QUrl kind = source;
        kind.setPath(source.path().replace(QStringLiteral("/source"), QStringLiteral("/preview")));
        QCOMPARE(m_http.get(kind).status, 403);
        QUrlQuery q(source);
        const QString signature = q.queryItemValue(QStringLiteral("Signature"));
        q.removeQueryItem(QStringLiteral("Signature"));
        q.addQueryItem(
                QStringLiteral("Signature"),
                QString(signature).replace(0, 1, signature.startsWith(QLatin1Char('A')) ? QStringLiteral("B") : QStringLiteral("A")));
        QUrl badSig = source;
        badSig.setQuery(q);
        QCOMPARE(m_http.get(badSig).status, 403);
        QUrlQuery later(source);
        const qint64 expires = later.queryItemValue(QStringLiteral("Expires")).toLongLong();
        later.removeQueryItem(QStringLiteral("Expires"));
        later.addQueryItem(QStringLiteral("Expires"), QString::number(expires + 3600));
        QUrl extended = source;
        extended.setQuery(later);
        QCOMPARE(m_http.get(extended).status, 403);
        QUrl unsigned_ = source;
        unsigned_.setQuery(QString());
        QCOMPARE(m_http.get(unsigned_).status, 403);
        // A second Expires is not read past: refused, naming it (as a plain number, once).
        QUrlQuery twice(source);
        twice.addQueryItem(QStringLiteral("Expires"), QString::number(expires + 3600));
        QUrl doubled = source;
        doubled.setQuery(twice);
        const HttpResult refused = m_http.get(doubled);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json()[QStringLiteral("error_msg")].toString().contains(QStringLiteral("Expires")));

        // Expired.
        m_clockOffsetMs = 7 * 3600 * 1000LL;
        const HttpResult expired = m_http.get(source);
        QCOMPARE(expired.status, 403);
        QVERIFY(expired.json()[QStringLiteral("error_msg")].toString().contains(QStringLiteral("expired")));
    }

    void nothingOutsideTheDataDirectoryIsServed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dotdot") << QStringLiteral("/obs/../modelarts-local.db");
        QTest::newRow("encoded dotdot") << QStringLiteral("/obs/%2e%2e/%2e%2e/etc/passwd");
        QTest::newRow("encoded slash") << QStringLiteral("/obs/x/..%2f..%2fmodelarts-local.db/source");
        QTest::newRow("absolute") << QStringLiteral("/obs/%2fetc/passwd/source");
        QTest::newRow("database") << QStringLiteral("/modelarts-local.db");
        QTest::newRow("images folder") << QStringLiteral("/images/");
    }
    void nothingOutsideTheDataDirectoryIsServed()
    {
        QFETCH(QString, path);
        QUrl url = m_server->base();
        url.setPath(path, QUrl::TolerantMode);
        const HttpResult r = m_http.get(url);
        QVERIFY2(r.status == 403 || r.status == 404, qPrintable(QString::number(r.status)));
        QVERIFY(!r.body.startsWith("SQLite format"));
        QVERIFY(!r.body.contains("root:"));
    }

    // A preview made before is served while its image is there, without resolving the image's path again;
    // an image gone, or one that resolves out of the data directory (a link put in its place), is served as
    // neither source nor preview, and no preview is made of it.
    void aPreviewIsServedOnlyWhileItsImageIsInside()
    {
        const QJsonArray samples = samplesOf(QStringLiteral("limit=2"));
        const QString previewDir = m_server->dataDir() + QStringLiteral("/previews/") + m_dataset;
        const auto imageOf = [&](const QJsonObject &sample) -> QString {
            return m_server->dataDir() + QLatin1Char('/')
                    + m_server->storage().samples().find(m_dataset, sample[QStringLiteral("sample_id")].toString())->relPath;
        };
        QCOMPARE(samples.size(), 2);
        const QJsonObject kept = samples[0].toObject();
        const QUrl preview(kept[QStringLiteral("preview")].toString());
        QCOMPARE(m_http.get(preview).status, 200);
        const HttpResult again = m_http.get(preview);
        QCOMPARE(again.status, 200);
        QVERIFY(!QImage::fromData(again.body).isNull());
        QVERIFY(QFile::remove(imageOf(kept)));
        QCOMPARE(m_http.get(preview).status, 404);
        QCOMPARE(m_http.get(QUrl(kept[QStringLiteral("source")].toString())).status, 404);

        const QJsonObject linked = samples[1].toObject();
        QTemporaryDir outside;
        const QString secret = outside.filePath(QStringLiteral("secret.jpg"));
        QVERIFY(QFile::copy(imageOf(linked), secret));
        QVERIFY(QFile::remove(imageOf(linked)));
        QVERIFY(QFile::link(secret, imageOf(linked)));
        const QStringList before = QDir(previewDir).entryList(QDir::Files);
        QCOMPARE(m_http.get(QUrl(linked[QStringLiteral("preview")].toString())).status, 404);
        QCOMPARE(m_http.get(QUrl(linked[QStringLiteral("source")].toString())).status, 404);
        QCOMPARE(QDir(previewDir).entryList(QDir::Files), before);
    }

    void akSkSignedRequests()
    {
        const auto user = m_server->storage().identity().userByName(QStringLiteral("acme"), QStringLiteral("alice"));
        QVERIFY(m_server->storage().identity().addAccessKey(
                AccessKeyRecord{ QStringLiteral("AKTESTKEY0000000001"), "sk-secret-value", user->id, user->project.id }));
        auto signedRequest = [&](const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &sk,
                                 qint64 skewSeconds, const QByteArray &sentBody) {
            const QByteArray date =
                    QDateTime::currentDateTimeUtc().addSecs(skewSeconds).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
            const QByteArray host = QStringLiteral("127.0.0.1:%1").arg(url.port()).toLatin1();
            const sdksignature::HeaderList headers{ { "Content-Type", "application/json" }, { "Host", host }, { "X-Sdk-Date", date } };
            const QByteArray canonical =
                    sdksignature::canonicalRequest(method, url.path(QUrl::FullyEncoded).toUtf8(), url.query(QUrl::FullyEncoded).toUtf8(),
                                                   headers, { "content-type", "host", "x-sdk-date" }, ids::sha256Hex(body));
            const QByteArray signature = sdksignature::signatureHex(sk, sdksignature::stringToSign(date, canonical));
            return m_http.send(method, url, sentBody,
                               { { "Content-Type", "application/json" },
                                 { "X-Sdk-Date", date },
                                 { "Authorization",
                                   "SDK-HMAC-SHA256 Access=AKTESTKEY0000000001, SignedHeaders=content-type;host;x-sdk-date, Signature="
                                           + signature } });
        };
        const QUrl list = v2(QStringLiteral("datasets?limit=5&offset=0"));
        QCOMPARE(signedRequest("GET", list, {}, "sk-secret-value", 0, {}).status, 200);
        const HttpResult wrongKey = signedRequest("GET", list, {}, "not-the-secret", 0, {});
        QCOMPARE(wrongKey.status, 401);
        QVERIFY(wrongKey.json()[QStringLiteral("error_msg")].toString().contains(QStringLiteral("verify aksk signature fail")));
        const HttpResult skewed = signedRequest("GET", list, {}, "sk-secret-value", -20 * 60, {});
        QCOMPARE(skewed.status, 401);
        QVERIFY(skewed.json()[QStringLiteral("error_msg")].toString().contains(QStringLiteral("clock skew")));
        QCOMPARE(signedRequest("GET", list, {}, "sk-secret-value", 10 * 60, {}).status, 200); // within 15 minutes

        const QString a = samplesOf(QStringLiteral("sample_state=__NONE__&limit=1"))[0].toObject()[QStringLiteral("sample_id")].toString();
        const QByteArray body = QStringLiteral(R"({"samples":[{"sample_id":"%1","labels":[{"name":"star"}]}]})").arg(a).toUtf8();
        const QUrl put = ds(QStringLiteral("data-annotations/samples"));
        // A body changed after signing fails; the signed one goes through.
        QCOMPARE(signedRequest("PUT", put, body, "sk-secret-value", 0, QByteArray(body).replace("star", "ring")).status, 401);
        QCOMPARE(
                m_http.get(ds(QStringLiteral("data-annotations/samples/") + a), m_token).json()[QStringLiteral("sample_status")].toString(),
                QStringLiteral("UN_ANNOTATION"));
        const HttpResult applied = signedRequest("PUT", put, body, "sk-secret-value", 0, body);
        QCOMPARE(applied.status, 200);
        QCOMPARE(m_http.get(ds(QStringLiteral("data-annotations/samples/") + a), m_token).json()[QStringLiteral("annotated_by")].toString(),
                 QStringLiteral("human/acme/alice"));

        const HttpResult malformed = m_http.send("GET", list, {}, { { "Authorization", "SDK-HMAC-SHA256 nonsense" } });
        QCOMPARE(malformed.status, 401);
        const HttpResult noDate = m_http.send(
                "GET", list, {}, { { "Authorization", "SDK-HMAC-SHA256 Access=AKTESTKEY0000000001, SignedHeaders=host, Signature=00" } });
        QCOMPARE(noDate.status, 401);
    }

    void everythingSurvivesARestart()
    {
        const QString a = samplesOf(QStringLiteral("sample_state=__NONE__&limit=1"))[0].toObject()[QStringLiteral("sample_id")].toString();
        const QByteArray body = QStringLiteral(R"({"samples":[{"sample_id":"%1","labels":[{"name":"ring"}]}]})").arg(a).toUtf8();
        QCOMPARE(m_http.withToken("PUT", ds(QStringLiteral("data-annotations/samples")), m_token, body).status, 200);
        m_server->stop();
        QVERIFY(m_server->start(config()));
        // The same token (stored as a hash) and the same data, on a new port.
        const HttpResult r = m_http.get(ds(QStringLiteral("data-annotations/samples/") + a), m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("labels")].toArray()[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("ring"));
        QCOMPARE(m_http.get(ds(), m_token).json()[QStringLiteral("annotated_sample_count")].toInt(), 26);
    }

    void tokensAreStoredOnlyAsHashes()
    {
        QFile db(m_server->dataDir() + QStringLiteral("/modelarts-local.db"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QByteArray all = db.readAll();
        QFile wal(m_server->dataDir() + QStringLiteral("/modelarts-local.db-wal"));
        if (wal.open(QIODevice::ReadOnly))
            all += wal.readAll();
        QVERIFY(!all.contains(m_token));
        QVERIFY(!all.contains("password-123"));
    }

    void garbageNeverCrashesTheService()
    {
        // A deterministic stream of odd requests; the service must answer each and still work.
        QRandomGenerator rng(42);
        const QList<QByteArray> methods{ "GET", "PUT", "POST", "DELETE", "PATCH" };
        const QStringList paths{ QStringLiteral("/v2/%1/datasets/%2/data-annotations/samples"), QStringLiteral("/v2/%1/datasets/%2/tasks"),
                                 QStringLiteral("/v3/auth/tokens"), QStringLiteral("/v2/%1/datasets/%2/auto-annotations/samples"),
                                 QStringLiteral("/v2/%1/datasets/%2/tasks/x/stop") };
        for (int i = 0; i < 60; ++i) {
            QByteArray body(rng.bounded(200), '\0');
            for (char &c : body)
                c = char(rng.bounded(256));
            if (i % 3 == 0)
                body = QByteArrayLiteral("{\"samples\":[{\"sample_id\":") + QByteArray::number(i) + "}]}";
            const QUrl url = m_server->url(paths[i % paths.size()].arg(m_project, m_dataset));
            const HttpResult r = m_http.send(methods[i % methods.size()], url, body, { { "X-Auth-Token", m_token } });
            QVERIFY2(r.status >= 200 && r.status < 600 && r.status != 500,
                     qPrintable(QStringLiteral("%1 %2 -> %3")
                                        .arg(QString::fromLatin1(methods[i % methods.size()]), url.toString())
                                        .arg(r.status)));
        }
        QCOMPARE(m_http.get(ds(), m_token).json()[QStringLiteral("annotated_sample_count")].toInt(), 25);
    }
};

QTEST_GUILESS_MAIN(tst_ServiceHardening)
#include "tst_servicehardening.moc"
