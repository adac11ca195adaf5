// The whole request path of modelarts-local in process: raw bytes through the HTTP parser, each request it
// completes through the service (routing, authentication, every route's parsing, the database), over a
// data directory with a user, a token and a dataset. Placeholders in the input are replaced with the real
// ids, so that mutations reach past authentication: {TOKEN}, {PROJECT}, {DATASET}, {SAMPLE}.
// Logins are left out: each costs a key stretching (~0.1 s), which would slow fuzzing to a crawl.
#include "auth/PasswordHash.h"
#include "http/HttpParser.h"
#include "service/ModelArtsService.h"
#include "storage/Storage.h"
#include "support/AutoLabeledSeed.h"
#include "tasks/TaskManager.h"
#include "versions/ExportTasks.h"
#include "versions/VersionPublisher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstring>

namespace {

struct Service
{
    QTemporaryDir dir;
    Storage storage{ dir.filePath(QStringLiteral("data")) };
    std::unique_ptr<TaskManager> tasks;
    std::unique_ptr<VersionPublisher> publisher;
    std::unique_ptr<ExportTasks> exports;
    std::unique_ptr<ModelArtsService> service;
    QByteArray token, project, dataset, sample;

    Service()
    {
        if (!storage.open())
            qFatal("storage: %s", qPrintable(storage.lastError()));
        storage.identity().upsertUser(QStringLiteral("fuzz"), QStringLiteral("fuzz"), QStringLiteral("local"),
                                      passwordhash::hash(QStringLiteral("fuzz-password"), 1000));
        dataset = seed::autoLabeled(storage, QStringLiteral("fuzzed"), 40, { QStringLiteral("a"), QStringLiteral("b") }).toLatin1();
        SampleQuery one;
        one.limit = 1;
        sample = storage.samples().list(QString::fromLatin1(dataset), one).value(0).id.toLatin1();
        tasks = std::make_unique<TaskManager>(storage, TaskOptions{});
        publisher = std::make_unique<VersionPublisher>(storage.dataDir(), PublishOptions{});
        exports = std::make_unique<ExportTasks>(storage.dataDir());
        service = std::make_unique<ModelArtsService>(storage, ServiceJobs{ *tasks, *publisher, *exports }, ServiceConfig{});
        ApiRequest login;
        login.method = "POST";
        login.encodedPath = "/v3/auth/tokens";
        login.body = R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"fuzz","password":"fuzz-password",)"
                     R"("domain":{"name":"fuzz"}}}},"scope":{"project":{"name":"local"}}}})";
        const ApiResponse answer = service->handle(login);
        for (const auto &[name, value] : answer.headers) {
            if (name == "X-Subject-Token")
                token = value;
        }
        project = QJsonDocument::fromJson(answer.body)[QLatin1String("token")][QLatin1String("project")][QLatin1String("id")]
                          .toString()
                          .toLatin1();
        if (token.isEmpty() || project.isEmpty() || sample.isEmpty())
            qFatal("fuzz_request: the service could not be set up");
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_request";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static Service s;
    QByteArray wire(reinterpret_cast<const char *>(data), qsizetype(size));
    wire.replace("{TOKEN}", s.token).replace("{PROJECT}", s.project).replace("{DATASET}", s.dataset).replace("{SAMPLE}", s.sample);
    HttpLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    HttpParser parser(limits);
    // As a socket gives it: in pieces (their size follows from the input), each read straight into the
    // parser's room, with more room asked than filled.
    const qsizetype piece = 1 + qsizetype(size * 7919 % 4096);
    int handled = 0;
    for (qsizetype at = 0; at < wire.size() && handled < 8;) {
        const qsizetype n = qMin(piece, wire.size() - at);
        memcpy(parser.space(n + 7), wire.constData() + at, size_t(n));
        parser.commit(n);
        at += n;
        HttpParser::Outcome outcome = HttpParser::Outcome::NeedMore;
        while (handled < 8 && (outcome = parser.parse()) == HttpParser::Outcome::Complete) {
            ++handled;
            ApiRequest api = toApiRequest(parser.take(), QStringLiteral("127.0.0.1"));
            if (api.encodedPath.startsWith("/v3/auth/tokens"))
                continue;
            const ApiResponse response = s.service->handle(std::move(api));
            if (response.status < 200 || response.status > 599)
                __builtin_trap();
        }
        if (outcome == HttpParser::Outcome::Failed)
            break;
    }
    return 0;
}
