#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Finds labels among many by what a person types: the name or a substring of it (case-insensitive), the
// start of any of its words (English names split at spaces, '_', '-', '.', '/'), and for a Chinese name
// its pinyin, whole ("hongmeigui") or by initials ("hmg"), from ICU's Han-Latin transliteration. The
// names are prepared once (their pinyin too); a search then compares strings only. Shared by the label
// picker and `autolabel labels --find`.
class LabelMatcher final
{
public:
    // How a label matched, best first.
    enum class Rank { Exact, Prefix, WordPrefix, Initials, Pinyin, Substring, None };

    explicit LabelMatcher(const QStringList &labels = {});

    // The indices (into the labels given) of those that match `text`, best rank first, then in the order
    // given. Empty text: every label, in order.
    QList<int> find(const QString &text) const;
    Rank rank(int index, const QString &text) const;
    qsizetype size() const { return m_entries.size(); }

    // "hong mei gui" for 红玫瑰: ICU's Han-Latin without tones, syllables apart; other text in lower case.
    static QString pinyin(const QString &text);

private:
    struct Entry
    {
        QString folded; // the name, case-folded
        QStringList words; // its words, case-folded
        QString pinyinWhole; // no spaces: "hongmeigui" (empty when the name has no Han)
        QString initials; // "hmg"
    };
    static QString fold(const QString &text);

    QList<Entry> m_entries;
};
