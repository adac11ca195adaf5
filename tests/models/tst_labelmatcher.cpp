#include "labels/LabelMatcher.h"

#include <QElapsedTimer>
#include <QTest>

// Finding a label among many by what is typed: a substring, the start of a word, a Chinese name by its
// pinyin or its initials (ICU's Han-Latin); best matches first.
class tst_LabelMatcher : public QObject
{
    Q_OBJECT
private:
    static QStringList names(const QStringList &labels, const QList<int> &found)
    {
        QStringList out;
        for (int i : found)
            out.append(labels.at(i));
        return out;
    }

private slots:
    void pinyinComesFromIcu()
    {
        QCOMPARE(LabelMatcher::pinyin(QStringLiteral("红玫瑰")), QStringLiteral("hong mei gui"));
        QCOMPARE(LabelMatcher::pinyin(QStringLiteral("向日葵")), QStringLiteral("xiang ri kui"));
        QCOMPARE(LabelMatcher::pinyin(QStringLiteral("Tulip")), QStringLiteral("tulip"));
    }

    void findsBySubstringWordPinyinAndInitials()
    {
        const QStringList labels{ QStringLiteral("red rose"),   QStringLiteral("Rosemary"),  QStringLiteral("红玫瑰"),
                                  QStringLiteral("向日葵"),     QStringLiteral("sunflower"), QStringLiteral("primrose_yellow"),
                                  QStringLiteral("daisy-white") };
        const LabelMatcher matcher(labels);
        // A prefix of the name before a word's, before a substring.
        QCOMPARE(names(labels, matcher.find(QStringLiteral("rose"))),
                 (QStringList{ QStringLiteral("Rosemary"), QStringLiteral("red rose"), QStringLiteral("primrose_yellow") }));
        QCOMPARE(names(labels, matcher.find(QStringLiteral("ROSEMARY"))), QStringList{ QStringLiteral("Rosemary") });
        QCOMPARE(names(labels, matcher.find(QStringLiteral("white"))), QStringList{ QStringLiteral("daisy-white") });
        QCOMPARE(names(labels, matcher.find(QStringLiteral("yel"))), QStringList{ QStringLiteral("primrose_yellow") });
        // Chinese names: by initials, by the whole pinyin (with or without spaces), by a character.
        QCOMPARE(names(labels, matcher.find(QStringLiteral("hmg"))), QStringList{ QStringLiteral("红玫瑰") });
        QCOMPARE(names(labels, matcher.find(QStringLiteral("xrk"))), QStringList{ QStringLiteral("向日葵") });
        QCOMPARE(names(labels, matcher.find(QStringLiteral("hongmei"))), QStringList{ QStringLiteral("红玫瑰") });
        QCOMPARE(names(labels, matcher.find(QStringLiteral("xiang ri"))), QStringList{ QStringLiteral("向日葵") });
        QCOMPARE(names(labels, matcher.find(QStringLiteral("日"))), QStringList{ QStringLiteral("向日葵") });
        QCOMPARE(matcher.rank(2, QStringLiteral("h")), LabelMatcher::Rank::Initials);
        QVERIFY(matcher.find(QStringLiteral("zzz")).isEmpty());
        QCOMPARE(matcher.find(QString()).size(), labels.size()); // nothing typed: all, in order
    }

    // A thousand labels, a quarter Chinese: made once, each search well within a frame.
    void aThousandLabelsAreSearchedAtOnce()
    {
        const QStringList han{ QStringLiteral("红"), QStringLiteral("黄"), QStringLiteral("蓝"), QStringLiteral("花"),
                               QStringLiteral("草"), QStringLiteral("树"), QStringLiteral("猫"), QStringLiteral("狗") };
        QStringList labels;
        for (int i = 0; i < 1000; ++i) {
            if (i % 4 == 0)
                labels.append(han[i % 8] + han[(i / 8) % 8] + han[(i / 64) % 8]);
            else
                labels.append(QStringLiteral("class_%1 item").arg(i));
        }
        QElapsedTimer made;
        made.start();
        const LabelMatcher matcher(labels);
        const qint64 makeMs = made.elapsed();
        QElapsedTimer searched;
        searched.start();
        int found = 0;
        for (const QString &typed : { QStringLiteral("h"), QStringLiteral("hh"), QStringLiteral("class_9"), QStringLiteral("item") })
            found += int(matcher.find(typed).size());
        const double perSearchMs = double(searched.nsecsElapsed()) / 4e6;
        qInfo("1000 labels: prepared in %lld ms, %.2f ms a search", makeMs, perSearchMs);
        QVERIFY(found > 0);
        QVERIFY2(perSearchMs < 16, qPrintable(QString::number(perSearchMs)));
    }
};

QTEST_GUILESS_MAIN(tst_LabelMatcher)
#include "tst_labelmatcher.moc"
