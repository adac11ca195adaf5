#include "rest/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// JSON written straight into a buffer reads back as the same document, and is byte for byte what
// QJsonDocument writes for the same values (strings with every kind of character, numbers, nesting).
class tst_JsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void stringsAreEscapedAsQJsonDocumentDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("img_000123.jpg");
        QTest::newRow("quotes and backslash") << QStringLiteral("a\"b\\c/d");
        QTest::newRow("controls") << QString::fromUtf16(u"\x01\b\f\n\r\t\x1f\x7f end");
        QTest::newRow("chinese") << QStringLiteral("向日葵_雏菊");
        QTest::newRow("astral") << QString::fromUtf16(u"\U0001F33B sunflower");
        QTest::newRow("latin1") << QString::fromLatin1("caf\xe9 na\xefve");
        QTest::newRow("empty") << QString();
    }
    void stringsAreEscapedAsQJsonDocumentDoes()
    {
        QFETCH(QString, text);
        JsonWriter out;
        out.beginObject().key(QLatin1StringView("k")).value(text).endObject();
        const QByteArray written = out.take();
        QCOMPARE(written, QJsonDocument(QJsonObject{ { QStringLiteral("k"), text } }).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(written)[QLatin1String("k")].toString(), text);
        // Latin-1 text (keys, constants) the same way.
        const QByteArray latin1 = text.toLatin1();
        if (QString::fromLatin1(latin1) == text) {
            JsonWriter l;
            l.beginArray().value(QLatin1StringView(latin1)).endArray();
            QCOMPARE(l.take(), QJsonDocument(QJsonArray{ text }).toJson(QJsonDocument::Compact));
        }
    }

    void numbersAndNesting()
    {
        JsonWriter out;
        out.beginObject();
        out.key(QLatin1StringView("a"))
                .beginArray()
                .value(0.1)
                .value(0.999965)
                .value(1e-7)
                .value(2.0)
                .value(qint64(1) << 53)
                .value(-3)
                .endArray();
        out.key(QLatin1StringView("b"))
                .beginObject()
                .key(QLatin1StringView("c"))
                .value(true)
                .key(QLatin1StringView("d"))
                .nullValue()
                .endObject();
        out.key(QLatin1StringView("e")).beginArray().endArray();
        out.key(QLatin1StringView("f"))
                .value(QJsonObject{ { QStringLiteral("x"), 1 }, { QStringLiteral("y"), QJsonArray{ 1, QStringLiteral("z") } } });
        out.key(QLatin1StringView("g"))
                .beginArray()
                .beginObject()
                .endObject()
                .beginObject()
                .key(QLatin1StringView("h"))
                .value(false)
                .endObject()
                .endArray();
        out.endObject();
        const QJsonObject expected{
            { QStringLiteral("a"), QJsonArray{ 0.1, 0.999965, 1e-7, 2.0, qint64(1) << 53, -3 } },
            { QStringLiteral("b"), QJsonObject{ { QStringLiteral("c"), true }, { QStringLiteral("d"), QJsonValue::Null } } },
            { QStringLiteral("e"), QJsonArray{} },
            { QStringLiteral("f"),
              QJsonObject{ { QStringLiteral("x"), 1 }, { QStringLiteral("y"), QJsonArray{ 1, QStringLiteral("z") } } } },
            { QStringLiteral("g"), QJsonArray{ QJsonObject{}, QJsonObject{ { QStringLiteral("h"), false } } } },
        };
        QCOMPARE(out.take(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
