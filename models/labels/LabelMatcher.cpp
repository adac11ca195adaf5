#include "labels/LabelMatcher.h"

#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

// ICU's transliterator is made once (it takes milliseconds) and is not thread-safe: one at a time.
QString transliterate(const QString &text)
{
    static std::mutex mutex;
    static std::unique_ptr<icu::Transliterator> toLatin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(
                icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    if (!toLatin)
        return text.toLower();
    icu::UnicodeString unicode(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    {
        const std::lock_guard lock(mutex);
        toLatin->transliterate(unicode);
    }
    return QString(reinterpret_cast<const QChar *>(unicode.getBuffer()), unicode.length());
}

const QRegularExpression &wordBreak()
{
    static const QRegularExpression breaks(QStringLiteral("[\\s_\\-./]+"));
    return breaks;
}

} // namespace

LabelMatcher::LabelMatcher(const QStringList &labels)
{
    m_entries.reserve(labels.size());
    for (const QString &label : labels) {
        Entry entry;
        entry.folded = fold(label);
        entry.words = entry.folded.split(wordBreak(), Qt::SkipEmptyParts);
        if (hasHan(label)) {
            const QStringList syllables = pinyin(label).split(wordBreak(), Qt::SkipEmptyParts);
            for (const QString &syllable : syllables) {
                entry.pinyinWhole += syllable;
                entry.initials += syllable.front();
            }
        }
        m_entries.append(std::move(entry));
    }
}

QString LabelMatcher::fold(const QString &text) { return text.toCaseFolded().trimmed(); }

QString LabelMatcher::pinyin(const QString &text) { return hasHan(text) ? transliterate(text).simplified() : text.toLower(); }

LabelMatcher::Rank LabelMatcher::rank(int index, const QString &text) const
{
    const Entry &e = m_entries.at(index);
    const QString wanted = fold(text);
    if (wanted.isEmpty())
        return Rank::Substring;
    if (e.folded == wanted)
        return Rank::Exact;
    if (e.folded.startsWith(wanted))
        return Rank::Prefix;
    if (std::any_of(e.words.cbegin(), e.words.cend(), [&](const QString &w) { return w.startsWith(wanted); }))
        return Rank::WordPrefix;
    const QString letters = QString(wanted).remove(wordBreak());
    if (!e.initials.isEmpty() && !letters.isEmpty() && e.initials.startsWith(letters))
        return Rank::Initials;
    if (!e.pinyinWhole.isEmpty() && !letters.isEmpty() && e.pinyinWhole.startsWith(letters))
        return Rank::Pinyin;
    if (e.folded.contains(wanted) || (!letters.isEmpty() && e.pinyinWhole.contains(letters)))
        return Rank::Substring;
    return Rank::None;
}

QList<int> LabelMatcher::find(const QString &text) const
{
    QList<QPair<Rank, int>> found;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Rank r = rank(i, text);
        if (r != Rank::None)
            found.append({ r, i });
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> out;
    out.reserve(found.size());
    for (const auto &f : found)
        out.append(f.second);
    return out;
}
