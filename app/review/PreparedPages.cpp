#include "review/PreparedPages.h"

#include "OffThread.h"

PreparedPages::PreparedPages(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<QObject>())
{
}

void PreparedPages::add(const QList<Sample> &page)
{
    const quint64 number = m_added++;
    offthread::run(
            m_context.get(), [page] { return SampleListModel::prepare(page); },
            [this, number](const QList<SampleListModel::Prepared> &rows) { arrived(number, rows); });
}

void PreparedPages::reset()
{
    m_context = std::make_unique<QObject>();
    m_early.clear();
    m_added = m_handed = 0;
}

void PreparedPages::arrived(quint64 page, const QList<SampleListModel::Prepared> &rows)
{
    if (page != m_handed) {
        m_early.emplace(page, rows);
        return;
    }
    ++m_handed;
    emit ready(rows);
    // A slot may have reset() meanwhile: m_early is then empty and m_handed 0.
    for (auto it = m_early.begin(); it != m_early.end() && it->first == m_handed; it = m_early.begin()) {
        const QList<SampleListModel::Prepared> next = std::move(it->second);
        m_early.erase(it);
        ++m_handed;
        emit ready(next);
    }
}
