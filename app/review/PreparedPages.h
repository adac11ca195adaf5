#pragma once

#include "samples/SampleListModel.h"

#include <QObject>

#include <map>
#include <memory>

// The pages of a listing made ready for the model (SampleListModel::prepare: the URLs split and encoded)
// on the thread pool, and handed on in the order they were added: the GUI thread only puts rows in. At a
// million samples, making pages ready on the GUI thread took a sixth of its time while they loaded.
class PreparedPages final : public QObject
{
    Q_OBJECT
public:
    explicit PreparedPages(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PreparedPages)

    // Makes `page` ready; `ready` follows once it and every page added before it are.
    void add(const QList<Sample> &page);
    // Drops the pages on their way: nothing more comes of them.
    void reset();
    // Every page added has been handed on.
    bool isIdle() const { return m_handed == m_added; }

signals:
    void ready(const QList<SampleListModel::Prepared> &rows);

private:
    void arrived(quint64 page, const QList<SampleListModel::Prepared> &rows);

    std::unique_ptr<QObject> m_context; // replaced by reset(): answers for dropped pages are not delivered
    quint64 m_added = 0;
    quint64 m_handed = 0;
    std::map<quint64, QList<SampleListModel::Prepared>> m_early; // ready before a page added earlier
};
