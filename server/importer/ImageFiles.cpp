#include "importer/ImageFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>

namespace imagefiles {
namespace {

// The bytes after the last image marker that a writer may legitimately leave behind (padding).
QByteArray trimTrailingPadding(QByteArray tail)
{
    while (!tail.isEmpty() && (tail.back() == '\0' || tail.back() == '\n' || tail.back() == '\r' || tail.back() == ' '))
        tail.chop(1);
    return tail;
}

bool isComplete(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray head = file.read(8);
    const qint64 size = file.size();
    file.seek(qMax<qint64>(0, size - 64));
    const QByteArray tail = trimTrailingPadding(file.readAll());
    if (head.startsWith("\xFF\xD8")) {
        if (!tail.endsWith("\xFF\xD9")) {
            *error = QStringLiteral("truncated JPEG (no end-of-image marker)");
            return false;
        }
    } else if (head.startsWith("\x89PNG\r\n\x1A\n")) {
        if (!tail.contains("IEND")) {
            *error = QStringLiteral("truncated PNG (no IEND chunk)");
            return false;
        }
    }
    return true;
}

int channelsOf(const QImage &image)
{
    if (image.hasAlphaChannel())
        return 4;
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB: return 1;
    default: return 3;
    }
}

} // namespace

bool isSupportedSuffix(const QString &suffix)
{
    static const QStringList suffixes{ QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("bmp") };
    return suffixes.contains(suffix.toLower());
}

std::optional<ImageInfo> probe(const QString &path, QString *error)
{
    if (!isComplete(path, error))
        return std::nullopt;
    QImageReader reader(path);
    reader.setAutoTransform(false);
    const QImage image = reader.read();
    if (image.isNull()) {
        *error = QStringLiteral("cannot be decoded: %1").arg(reader.errorString());
        return std::nullopt;
    }
    return ImageInfo{ image.width(), image.height(), channelsOf(image) };
}

QImage decodeScaled(const QString &path, int maxSide)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > maxSide || size.height() > maxSide))
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    return image;
}

bool writePreview(const QString &source, const QString &target, int maxSide, QString *error)
{
    const QImage image = decodeScaled(source, maxSide);
    if (image.isNull()) {
        *error = QStringLiteral("cannot decode the image");
        return false;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "JPEG", 85) || !file.commit()) {
        *error = QStringLiteral("cannot write the preview: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace imagefiles
