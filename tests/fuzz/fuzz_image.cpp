// Image import on arbitrary bytes: what the importer reads of a file (OpenCV's decoders through
// imagefiles::probe) and what makes a preview (decodeScaled) must refuse or decode, never crash.
#include "importer/ImageFiles.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString suffixes[] = { QStringLiteral("jpg"), QStringLiteral("png"), QStringLiteral("bmp") };
    // The first byte picks the name's suffix: the importer goes by it.
    const QString path = dir.filePath(QStringLiteral("input.") + suffixes[size > 0 ? data[0] % 3 : 0]);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString error;
    if (const auto info = imagefiles::probe(path, &error)) {
        if (qint64(info->width) * info->height <= 4096 * 4096) // what a fuzzer's budget allows to decode
            (void)imagefiles::decodeScaled(path, 64);
    }
    return 0;
}
