// Every decoder of the client's JsonCodec over arbitrary bytes: none may crash, hang or read out of
// bounds, whatever a server or a proxy sends.
#include "FuzzInput.h"
#include "json/JsonCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)jsoncodec::decodeToken(body, QByteArrayLiteral("token"));
    (void)jsoncodec::decodeDatasetList(body);
    (void)jsoncodec::decodeDataset(body);
    (void)jsoncodec::decodeLabels(body);
    (void)jsoncodec::decodeStats(body);
    (void)jsoncodec::decodeSamplePage(body);
    (void)jsoncodec::decodeSample(body);
    (void)jsoncodec::decodeCreateTask(body);
    (void)jsoncodec::decodeTaskInfo(body);
    (void)jsoncodec::decodeTaskList(body);
    (void)jsoncodec::decodeBatchUpdate(body, { SampleUpdate{} });
    (void)jsoncodec::decodeError(400, body, QByteArrayLiteral("id"));
    return 0;
}
