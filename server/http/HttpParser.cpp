#include "http/HttpParser.h"

#include <cstring>
#include <utility>

namespace {

constexpr int kMaxEmptyLinesBefore = 8; // RFC 9112 2.2: at least one empty line before a request is ignored
constexpr qsizetype kMaxChunkLine = 1024;
constexpr qsizetype kMaxMethod = 32;

bool isTokenChar(char c)
{
    static constexpr std::string_view extra = "!#$%&'*+-.^_`|~";
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || extra.find(c) != std::string_view::npos;
}

bool isToken(QByteArrayView text) { return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar); }

// A header value: visible characters, spaces and tabs, and obs-text (bytes >= 0x80).
bool isFieldValue(QByteArrayView text)
{
    return std::none_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
}

bool isTargetChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f;
}

QByteArray trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

// The start of a request line so far: a method of token characters, then printable characters.
bool plausibleRequestLine(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    const QByteArrayView method = space < 0 ? text : text.first(space);
    if (!std::all_of(method.begin(), method.end(), isTokenChar) || method.size() > kMaxMethod)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 0x20 && u < 0x7f) || c == '\r';
    });
}

// A Content-Length value ("12", or "12, 12" as some proxies repeat it); -1 when it is not one number.
qint64 contentLength(const QByteArray &value)
{
    qint64 length = -1;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray digits = trimmed(part);
        if (digits.isEmpty() || digits.size() > 18
            || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return -1;
        const qint64 n = digits.toLongLong();
        if (length >= 0 && n != length)
            return -1;
        length = n;
    }
    return length;
}

} // namespace

ApiRequest toApiRequest(HttpRequest request, const QString &peer)
{
    ApiRequest api;
    api.method = request.method; // methods are case-sensitive (RFC 9110 9.1): "get" is not GET
    const qsizetype query = request.target.indexOf('?');
    api.encodedPath = query < 0 ? request.target : request.target.first(query);
    api.encodedQuery = query < 0 ? QByteArray() : request.target.sliced(query + 1);
    api.headers = std::move(request.headers);
    api.body = std::move(request.body);
    api.peer = peer;
    return api;
}

HttpParser::HttpParser(HttpLimits limits)
    : m_limits(limits)
{
}

void HttpParser::append(QByteArrayView data)
{
    char *room = space(data.size());
    if (!data.isEmpty())
        std::memcpy(room, data.data(), size_t(data.size()));
    commit(data.size());
}

char *HttpParser::space(qsizetype size)
{
    const qsizetype have = m_buffer.size();
    const qsizetype wanted = have + size;
    if (m_buffer.capacity() < wanted) {
        // A body's length is known (and within the limits): all of it, once. Otherwise grow geometrically.
        const qsizetype body = m_phase == Phase::Body ? m_pos + qsizetype(m_bodyLength) : 0;
        m_buffer.reserve(qMax(wanted, body > 0 ? body : m_buffer.capacity() * 2));
    }
    m_buffer.resize(wanted);
    m_spaceAt = have;
    return m_buffer.data() + have;
}

void HttpParser::commit(qsizetype written)
{
    Q_ASSERT(m_spaceAt >= 0 && written >= 0 && m_spaceAt + written <= m_buffer.size());
    m_buffer.resize(m_phase == Phase::Failed ? 0 : m_spaceAt + written);
    m_spaceAt = -1;
}

qint64 HttpParser::bodyBytesExpected() const
{
    switch (m_phase) {
    case Phase::Body: return m_bodyLength;
    case Phase::ChunkData: return m_request.body.size() + m_bodyLength;
    case Phase::ChunkSize:
    case Phase::ChunkEnd:
    case Phase::Trailers:
    case Phase::Complete: return m_request.body.size();
    default: return 0;
    }
}

bool HttpParser::takeContinue()
{
    const bool wanted = m_expectContinue;
    m_expectContinue = false;
    return wanted;
}

HttpParser::Outcome HttpParser::fail(int status, const QString &message)
{
    m_phase = Phase::Failed;
    m_failure = HttpFailure{ status, message };
    m_buffer.clear();
    m_pos = 0;
    return Outcome::Failed;
}

std::optional<QByteArray> HttpParser::line(qsizetype maxLength, bool *tooLong)
{
    *tooLong = false;
    const qsizetype newline = m_buffer.indexOf('\n', m_pos);
    const qsizetype end = newline < 0 ? m_buffer.size() : newline;
    qsizetype length = end - m_pos;
    if (newline >= 0 && length > 0 && m_buffer.at(end - 1) == '\r')
        --length;
    if (length > maxLength) {
        *tooLong = true;
        return std::nullopt;
    }
    if (newline < 0)
        return std::nullopt;
    QByteArray text = m_buffer.sliced(m_pos, length);
    m_pos = newline + 1;
    return text;
}

HttpParser::Outcome HttpParser::parse()
{
    switch (m_phase) {
    case Phase::Failed: return Outcome::Failed;
    case Phase::Complete: return Outcome::Complete;
    case Phase::Head: return parseHead();
    case Phase::Body: return parseBody();
    default: return parseChunks();
    }
}

HttpRequest HttpParser::take()
{
    HttpRequest request = std::move(m_request);
    m_request = {};
    m_phase = Phase::Head;
    m_haveRequestLine = false;
    m_emptyLines = 0;
    m_headerBytes = 0;
    m_bodyLength = 0;
    m_expectContinue = false;
    consume();
    return request;
}

void HttpParser::consume()
{
    m_buffer.remove(0, m_pos);
    m_pos = 0;
}

HttpParser::Outcome HttpParser::parseHead()
{
    for (;;) {
        bool tooLong = false;
        const qsizetype limit = m_haveRequestLine ? m_limits.maxHeaderBytes - m_headerBytes : m_limits.maxRequestLine;
        const std::optional<QByteArray> text = line(limit, &tooLong);
        if (tooLong) {
            return m_haveRequestLine
                    ? fail(431, QStringLiteral("The request's headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes))
                    : fail(414, QStringLiteral("The request line is longer than %1 bytes").arg(m_limits.maxRequestLine));
        }
        if (!text) {
            // Junk (a TLS hello, binary) is refused as it arrives, not when a line end happens to come.
            if (!m_haveRequestLine && !plausibleRequestLine(QByteArrayView(m_buffer).sliced(m_pos)))
                return fail(400, QStringLiteral("Not an HTTP request line"));
            return Outcome::NeedMore;
        }
        if (text->contains('\r'))
            return fail(400, QStringLiteral("A bare carriage return in the request's head"));
        const Outcome outcome = m_haveRequestLine ? headerLine(*text) : requestLine(*text);
        if (outcome != Outcome::NeedMore || m_phase != Phase::Head)
            return outcome; // failed, or the head is complete (the body may still be coming)
    }
}

HttpParser::Outcome HttpParser::requestLine(const QByteArray &text)
{
    if (text.isEmpty()) {
        if (++m_emptyLines > kMaxEmptyLinesBefore)
            return fail(400, QStringLiteral("Empty lines where a request was expected"));
        consume();
        return Outcome::NeedMore;
    }
    const QList<QByteArray> parts = text.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[0].size() > kMaxMethod || parts[1].isEmpty()
        || !std::all_of(parts[1].begin(), parts[1].end(), isTargetChar))
        return fail(400, QStringLiteral("Not an HTTP request line"));
    if (!parts[1].startsWith('/') && parts[1] != "*")
        return fail(400, QStringLiteral("The request target must be a path"));
    const QByteArray &version = parts[2];
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || !std::isdigit(static_cast<unsigned char>(version[5]))
        || !std::isdigit(static_cast<unsigned char>(version[7])))
        return fail(400, QStringLiteral("Not an HTTP version"));
    if (version[5] != '1')
        return fail(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are served"));
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.minorVersion = version[7] - '0';
    m_haveRequestLine = true;
    return Outcome::NeedMore;
}

HttpParser::Outcome HttpParser::headerLine(const QByteArray &text)
{
    if (text.isEmpty())
        return headComplete();
    m_headerBytes += text.size() + 2;
    if (text.front() == ' ' || text.front() == '\t')
        return fail(400, QStringLiteral("Folded header lines are not accepted"));
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(text).first(colon)))
        return fail(400, QStringLiteral("A malformed header line"));
    const QByteArray value = trimmed(QByteArrayView(text).sliced(colon + 1));
    if (!isFieldValue(value))
        return fail(400, QStringLiteral("A header value with control characters"));
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return fail(431, QStringLiteral("More than %1 headers").arg(m_limits.maxHeaderCount));
    m_request.headers.append({ text.first(colon), value });
    return Outcome::NeedMore;
}

HttpParser::Outcome HttpParser::headComplete()
{
    const QByteArray connection = m_request.header("Connection").toLower();
    m_request.keepAlive = m_request.minorVersion >= 1 ? !connection.contains("close") : connection.contains("keep-alive");
    const QByteArray encoding = trimmed(m_request.header("Transfer-Encoding")).toLower();
    bool hasLength = false;
    for (const auto &[name, value] : m_request.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        const qint64 length = contentLength(value);
        if (length < 0 || (hasLength && length != m_bodyLength))
            return fail(400, QStringLiteral("An invalid Content-Length"));
        hasLength = true;
        m_bodyLength = length;
    }
    if (!encoding.isEmpty() && hasLength)
        return fail(400, QStringLiteral("Content-Length and Transfer-Encoding together"));
    if (!encoding.isEmpty() && encoding != "chunked")
        return fail(501, QStringLiteral("Transfer-Encoding %1 is not supported").arg(QString::fromLatin1(encoding)));
    if (m_bodyLength > m_limits.maxBodyBytes)
        return fail(413, QStringLiteral("Request entity too large: %1 bytes, at most %2").arg(m_bodyLength).arg(m_limits.maxBodyBytes));
    const bool hasBody = !encoding.isEmpty() || m_bodyLength > 0;
    m_expectContinue = hasBody && m_request.minorVersion >= 1 && m_request.header("Expect").toLower() == "100-continue";
    consume();
    m_phase = encoding.isEmpty() ? Phase::Body : Phase::ChunkSize;
    return parse();
}

HttpParser::Outcome HttpParser::parseBody()
{
    if (m_buffer.size() - m_pos < m_bodyLength)
        return Outcome::NeedMore;
    if (m_pos == 0 && m_buffer.size() == m_bodyLength) {
        m_request.body = std::exchange(m_buffer, QByteArray()); // the body is all there is: taken, not copied
    } else {
        m_request.body = m_buffer.sliced(m_pos, m_bodyLength);
        m_pos += m_bodyLength;
    }
    m_phase = Phase::Complete;
    return Outcome::Complete;
}

HttpParser::Outcome HttpParser::parseChunks()
{
    for (;;) {
        bool tooLong = false;
        if (m_phase == Phase::ChunkData) {
            if (m_buffer.size() - m_pos < m_bodyLength)
                return Outcome::NeedMore;
            m_request.body.append(QByteArrayView(m_buffer).sliced(m_pos, m_bodyLength));
            m_pos += m_bodyLength;
            consume();
            m_phase = Phase::ChunkEnd;
            continue;
        }
        const qsizetype limit = m_phase == Phase::Trailers ? m_limits.maxHeaderBytes - m_headerBytes : kMaxChunkLine;
        const std::optional<QByteArray> text = line(limit, &tooLong);
        if (tooLong)
            return m_phase == Phase::Trailers ? fail(431, QStringLiteral("The request's trailers are too large"))
                                              : fail(400, QStringLiteral("A malformed chunk"));
        if (!text)
            return Outcome::NeedMore;
        if (m_phase == Phase::ChunkEnd) {
            if (!text->isEmpty())
                return fail(400, QStringLiteral("A chunk longer than its size"));
            m_phase = Phase::ChunkSize;
        } else if (m_phase == Phase::Trailers) {
            m_headerBytes += text->size() + 2;
            if (text->isEmpty()) {
                m_phase = Phase::Complete;
                return Outcome::Complete;
            }
        } else {
            const QByteArray size = trimmed(QByteArrayView(*text).first(text->contains(';') ? text->indexOf(';') : text->size()));
            bool ok = false;
            const qint64 n = size.size() <= 15 ? size.toLongLong(&ok, 16) : -1;
            if (!ok || n < 0 || !std::all_of(size.begin(), size.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
                return fail(400, QStringLiteral("A malformed chunk size"));
            if (m_request.body.size() + n > m_limits.maxBodyBytes)
                return fail(413, QStringLiteral("Request entity too large: more than %1 bytes").arg(m_limits.maxBodyBytes));
            m_bodyLength = n;
            m_phase = n == 0 ? Phase::Trailers : Phase::ChunkData;
        }
    }
}
