#include "service/AbuseBench.h"

#include "service/ServiceWire.h"
#include "support/WaitFor.h"

#include <QFile>
#include <QMap>
#include <QTcpSocket>

#include <memory>
#include <vector>

namespace bench {

AbuseBench::AbuseBench(Target target)
    : m_target(std::move(target))
{
}

double AbuseBench::residentMb(const char *field) const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_target.pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void AbuseBench::resetPeak() const
{
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(m_target.pid));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // the peak resident size starts again from the current one
}

void AbuseBench::halfRequests(int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> half;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_target.port);
        socket->write("GET /v3 HTTP/1.1\r\nHost: x\r\n");
        half.push_back(std::move(socket));
    }
    waitFor([] { return false; }, 1500); // connected, sent, and either held or refused
    const auto refusedHalf = std::count_if(half.begin(), half.end(), [](const auto &s) { return s->bytesAvailable() > 0; });
    QMap<int, int> statuses;
    int answered = 0;
    std::vector<std::unique_ptr<QTcpSocket>> fresh;
    for (int i = 0; i < 20; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->bind(QHostAddress(QStringLiteral("127.0.0.2")));
        socket->connectToHost(QHostAddress::LocalHost, m_target.port);
        socket->write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QObject::connect(socket.get(), &QTcpSocket::readyRead, socket.get(), [&statuses, &answered, s = socket.get()] {
            const QByteArray line = s->readLine();
            ++statuses[line.mid(9, 3).toInt()];
            ++answered;
            s->disconnect();
        });
        fresh.push_back(std::move(socket));
    }
    waitFor([&] { return answered == 20; }, 10000);
    std::printf("# %d half requests from 127.0.0.1, %lld of them refused at once\n", count, qint64(refusedHalf));
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        std::printf("#   new clients answered %d: %d\n", it.key(), it.value());
    print("half_requests_new_clients_refused", double(20 - statuses.value(404)), "of 20");
}

QByteArray AbuseBench::refusedBody(int megabytes) const
{
    // A batch update just under the size limit whose last item is wrong: the service reads all of it before
    // it refuses it.
    const QByteArray item = R"({"sample_id":"0123456789abcdef0123456789abcdef","labels":[{"name":"daisy"}]},)";
    QByteArray body = R"({"samples":[)";
    const qsizetype target = qsizetype(megabytes) * 1024 * 1024 - 200;
    body.reserve(target + 200);
    while (body.size() + item.size() < target)
        body += item;
    return body + R"({"sample_id":12}]})";
}

void AbuseBench::refusedBodies(int concurrent, int megabytes)
{
    const QByteArray put = request("PUT", m_target.samplesPath, m_target.token, refusedBody(megabytes));
    const auto send = [&](int count) {
        QObject owner;
        QMap<int, int> statuses;
        int left = count;
        for (int i = 0; i < count; ++i) {
            auto *wire = new Wire(m_target.port, &owner);
            wire->send(put, [&](int status, double, const QByteArray &) {
                ++statuses[status];
                --left;
            });
        }
        waitFor([&] { return left == 0; }, 300000);
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            std::printf("#   answered %d: %d\n", it.key(), it.value());
    };
    waitFor([] { return false; }, 1000);
    const double idle = residentMb("VmRSS:");
    print("idle_rss_mb", idle, "MB");
    send(1);
    waitFor([] { return false; }, 1000);
    print("refused_body_1_rss_after_mb", residentMb("VmRSS:"), "MB");
    resetPeak();
    send(concurrent);
    const double peak = residentMb("VmHWM:");
    waitFor([] { return false; }, 1000);
    const double after = residentMb("VmRSS:");
    print(QByteArray("refused_bodies_" + QByteArray::number(concurrent) + "_peak_mb").constData(), peak, "MB");
    print(QByteArray("refused_bodies_" + QByteArray::number(concurrent) + "_rss_after_mb").constData(), after, "MB");
    print("rss_after_over_idle_mb", after - idle, "MB");
}

} // namespace bench
