#pragma once

#include <QByteArray>
#include <QString>

namespace bench {

// What one client can do to modelarts-local that the others feel: connections that send half a request
// and wait, and large bodies the service refuses. Prints "name value unit" lines.
class AbuseBench
{
public:
    struct Target
    {
        quint16 port = 0;
        qint64 pid = 0; // the service's process: its memory is read from /proc
        QByteArray token;
        QByteArray samplesPath; // a dataset's batch update target
    };

    explicit AbuseBench(Target target);

    // `count` connections from 127.0.0.1 each send a request line and a header, then nothing; meanwhile 20
    // new clients from 127.0.0.2 ask for something: how many of those were refused.
    void halfRequests(int count);
    // The service's memory: idle; after one refused body of `megabytes`; at its peak while `concurrent`
    // such bodies come at once, and after.
    void refusedBodies(int concurrent, int megabytes);

private:
    double residentMb(const char *field) const; // VmRSS, VmHWM
    void resetPeak() const;
    QByteArray refusedBody(int megabytes) const;

    Target m_target;
};

} // namespace bench
