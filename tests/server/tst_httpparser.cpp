#include "http/HttpParser.h"

#include <QTest>

// The HTTP/1.1 request parser of the service's front: what it reads, what it refuses and with which
// status, and that a limit is enforced as soon as it is known to be passed (not after reading the body).
class tst_HttpParser : public QObject
{
    Q_OBJECT
private:
    static HttpParser::Outcome feed(HttpParser &parser, QByteArrayView data)
    {
        parser.append(data);
        return parser.parse();
    }
    static int failureOf(const QByteArray &data, HttpLimits limits = {})
    {
        HttpParser parser(limits);
        return feed(parser, data) == HttpParser::Outcome::Failed ? parser.failure().status : 0;
    }

private slots:
    void readsARequestWithABody()
    {
        HttpParser parser;
        QCOMPARE(feed(parser, "PUT /v2/p/datasets?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nX-Auth-Token:  tok \r\n\r\nhel"),
                 HttpParser::Outcome::NeedMore);
        QVERIFY(parser.hasPartialRequest());
        QCOMPARE(feed(parser, "lo"), HttpParser::Outcome::Complete);
        const HttpRequest request = parser.take();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.target, QByteArray("/v2/p/datasets?x=1"));
        QCOMPARE(request.header("x-auth-token"), QByteArray("tok"));
        QCOMPARE(request.body, QByteArray("hello"));
        QVERIFY(request.keepAlive);
        QVERIFY(!parser.hasPartialRequest());
    }

    // A large body is read straight into room made once for all of it, and the request takes that room: the
    // thread that moves the bytes neither copies nor reallocates it (which cost the connections beside it
    // tens of milliseconds per megabyte).
    void aBodyOfKnownLengthIsReadInPlace()
    {
        HttpParser parser;
        const qsizetype length = 3 * 1024 * 1024;
        QCOMPARE(feed(parser, QByteArray("PUT /x HTTP/1.1\r\nHost: a\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n")),
                 HttpParser::Outcome::NeedMore);
        const QByteArray body(length, 'b');
        const char *first = nullptr;
        for (qsizetype at = 0; at < length; at += 64 * 1024) {
            const qsizetype piece = qMin<qsizetype>(64 * 1024, length - at);
            char *room = parser.space(piece + 100); // more room asked than filled, as a socket read may
            if (!first)
                first = room;
            QCOMPARE(room, first + at); // never moved
            memcpy(room, body.constData() + at, size_t(piece));
            parser.commit(piece);
            QCOMPARE(parser.parse(), at + piece < length ? HttpParser::Outcome::NeedMore : HttpParser::Outcome::Complete);
        }
        const HttpRequest request = parser.take();
        QCOMPARE(request.body.constData(), first); // not copied
        QVERIFY(request.body == body);
        QVERIFY(!parser.hasPartialRequest());

        // The next request on the connection reads as before.
        const QByteArray next = "GET /y HTTP/1.1\r\nHost: a\r\n\r\n";
        memcpy(parser.space(64), next.constData(), size_t(next.size()));
        parser.commit(next.size());
        QCOMPARE(parser.parse(), HttpParser::Outcome::Complete);
        QCOMPARE(parser.take().target, QByteArray("/y"));
    }

    void aBodyFollowedByAnotherRequestIsCopiedOut()
    {
        HttpParser parser;
        const QByteArray two = "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\nHost: a\r\n\r\n";
        memcpy(parser.space(two.size()), two.constData(), size_t(two.size()));
        parser.commit(two.size());
        QCOMPARE(parser.parse(), HttpParser::Outcome::Complete);
        QCOMPARE(parser.take().body, QByteArray("abc"));
        QCOMPARE(parser.parse(), HttpParser::Outcome::Complete);
        QCOMPARE(parser.take().target, QByteArray("/b"));
    }

    void aBodyThatArrivesLaterIsNotReadAsHeaders()
    {
        // Body lines must never count as header lines, whatever they hold and however they arrive.
        HttpLimits limits;
        limits.maxHeaderBytes = 100;
        HttpParser parser(limits);
        const QByteArray body = QByteArray("X-Not-A-Header: 1\r\n").repeated(50);
        QCOMPARE(feed(parser, QByteArray("PUT /x HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n")),
                 HttpParser::Outcome::NeedMore);
        QCOMPARE(feed(parser, body.first(500)), HttpParser::Outcome::NeedMore);
        QCOMPARE(feed(parser, body.sliced(500)), HttpParser::Outcome::Complete);
        QCOMPARE(parser.take().body, body);
    }

    void readsPipelinedRequestsOneByOne()
    {
        HttpParser parser;
        QCOMPARE(feed(parser, "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.0\r\n\r\nGET /c"), HttpParser::Outcome::Complete);
        QCOMPARE(parser.take().target, QByteArray("/a"));
        QCOMPARE(parser.parse(), HttpParser::Outcome::Complete);
        const HttpRequest b = parser.take();
        QCOMPARE(b.target, QByteArray("/b"));
        QVERIFY(!b.keepAlive); // HTTP/1.0 without keep-alive
        QCOMPARE(parser.parse(), HttpParser::Outcome::NeedMore);
        QVERIFY(parser.hasPartialRequest());
    }

    void readsAChunkedBodyInPieces()
    {
        HttpParser parser;
        const QByteArray wire =
                "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\n";
        HttpParser::Outcome outcome = HttpParser::Outcome::NeedMore;
        for (char c : wire) {
            QCOMPARE(outcome, HttpParser::Outcome::NeedMore);
            outcome = feed(parser, QByteArrayView(&c, 1));
        }
        QCOMPARE(outcome, HttpParser::Outcome::Complete);
        QCOMPARE(parser.take().body, QByteArray("hello world"));
    }

    void connectionClose()
    {
        HttpParser parser;
        QCOMPARE(feed(parser, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"), HttpParser::Outcome::Complete);
        QVERIFY(!parser.take().keepAlive);
    }

    void refusesATooLargeBodyBeforeReadingIt()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 1000;
        HttpParser parser(limits);
        QCOMPARE(feed(parser, "PUT /x HTTP/1.1\r\nContent-Length: 104857600\r\n\r\n"), HttpParser::Outcome::Failed);
        QCOMPARE(parser.failure().status, 413);
        QCOMPARE(failureOf("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n7d0\r\n", limits), 413);
        // After a failure nothing more is taken.
        QCOMPARE(feed(parser, "GET / HTTP/1.1\r\n\r\n"), HttpParser::Outcome::Failed);
    }

    void refusesLongLinesAsTheyArrive()
    {
        HttpLimits limits;
        limits.maxRequestLine = 100;
        limits.maxHeaderBytes = 200;
        // No line end yet: the length alone says it.
        QCOMPARE(failureOf("GET /" + QByteArray(200, 'a'), limits), 414);
        QCOMPARE(failureOf("GET / HTTP/1.1\r\nX: " + QByteArray(300, 'b'), limits), 431);
        QCOMPARE(failureOf("GET / HTTP/1.1\r\n" + QByteArray("X-A: 1234567890\r\n").repeated(20), limits), 431);
        limits.maxHeaderCount = 3;
        QCOMPARE(failureOf("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n", limits), 431);
    }

    void refusesWhatCanBeReadTwoWays_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nA: b\rc\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nA : b\r\n\r\n") << 400;
        QTest::newRow("length and chunked") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                            << 400;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << 400;
        QTest::newRow("signed length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n") << 400;
        QTest::newRow("bogus chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("chunk longer than said") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n") << 400;
        QTest::newRow("gzip encoding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("not a path") << QByteArray("GET http:x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("TLS hello") << QByteArray::fromHex("16030100f5010000f10303") << 400; // no line end needed
        QTest::newRow("binary after the method") << QByteArray("GET /\x01") << 400;
        QTest::newRow("bare CRLFs") << QByteArray("\r\n").repeated(100) << 400;
        QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nA: b\x01\r\n\r\n") << 400;
    }
    void refusesWhatCanBeReadTwoWays()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        QCOMPARE(failureOf(wire), status);
    }

    void aFewEmptyLinesBeforeARequestAreIgnored()
    {
        HttpParser parser;
        QCOMPARE(feed(parser, "\r\n\r\nGET /ok HTTP/1.1\r\n\r\n"), HttpParser::Outcome::Complete);
        QCOMPARE(parser.take().target, QByteArray("/ok"));
    }

    void expectContinueOnce()
    {
        HttpParser parser;
        QCOMPARE(feed(parser, "PUT /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"), HttpParser::Outcome::NeedMore);
        QVERIFY(parser.takeContinue());
        QVERIFY(!parser.takeContinue());
        QCOMPARE(feed(parser, "ok"), HttpParser::Outcome::Complete);
    }
};

QTEST_GUILESS_MAIN(tst_HttpParser)
#include "tst_httpparser.moc"
