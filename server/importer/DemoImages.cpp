#include "importer/DemoImages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QtMath>

namespace demoimages {
namespace {

QColor randomColour(QRandomGenerator &rng) { return QColor::fromHsv(rng.bounded(360), 80 + rng.bounded(176), 90 + rng.bounded(166)); }

QPainterPath shapePath(int cls, double r)
{
    QPainterPath path;
    switch (cls) {
    case 0: // circle
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case 1: // square
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7));
        break;
    case 2: { // triangle
        QPolygonF p;
        for (int i = 0; i < 3; ++i)
            p << QPointF(r * qCos(qDegreesToRadians(-90.0 + 120 * i)), r * qSin(qDegreesToRadians(-90.0 + 120 * i)));
        path.addPolygon(p);
        path.closeSubpath();
        break;
    }
    case 3: { // star
        QPolygonF p;
        for (int i = 0; i < 10; ++i) {
            const double rr = i % 2 ? r * 0.42 : r;
            p << QPointF(rr * qCos(qDegreesToRadians(-90.0 + 36 * i)), rr * qSin(qDegreesToRadians(-90.0 + 36 * i)));
        }
        path.addPolygon(p);
        path.closeSubpath();
        break;
    }
    default: { // ring
        path.addEllipse(QPointF(0, 0), r, r);
        path.addEllipse(QPointF(0, 0), r * 0.55, r * 0.55);
        path.setFillRule(Qt::OddEvenFill);
        break;
    }
    }
    return path;
}

QImage draw(int cls, int width, int height, QRandomGenerator &rng, bool transparent)
{
    QImage image(width, height, transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!transparent) {
        QLinearGradient gradient(0, 0, width * rng.generateDouble(), height);
        // Muted backgrounds (low saturation), so that the subject is what carries the colour.
        auto muted = [&rng] { return QColor::fromHsv(rng.bounded(360), rng.bounded(70), 60 + rng.bounded(170)); };
        gradient.setColorAt(0, muted());
        gradient.setColorAt(1, muted());
        painter.fillRect(image.rect(), gradient);
    }
    // Clutter: lines and blobs that belong to no class.
    const int clutter = rng.bounded(2, 7);
    for (int i = 0; i < clutter; ++i) {
        QColor c = randomColour(rng);
        c.setAlpha(90 + rng.bounded(120));
        painter.setPen(QPen(c, 1 + rng.bounded(4)));
        if (rng.bounded(2))
            painter.drawLine(QPointF(rng.bounded(width), rng.bounded(height)), QPointF(rng.bounded(width), rng.bounded(height)));
        else
            painter.drawEllipse(QPointF(rng.bounded(width), rng.bounded(height)), 2 + rng.bounded(8), 2 + rng.bounded(8));
    }
    const double r = height * (0.22 + 0.2 * rng.generateDouble());
    painter.translate(width / 2.0 + (rng.generateDouble() - 0.5) * (width - 2 * r),
                      height / 2.0 + (rng.generateDouble() - 0.5) * (height - 2 * r));
    painter.rotate(rng.bounded(360));
    // Each class leans to a hue of its own, with a wide spread that overlaps its neighbours', and one shape
    // in six takes any colour: colour helps, but only the shape settles every case.
    QColor fill = randomColour(rng);
    if (rng.bounded(6) != 0) {
        const double hue = 72.0 * cls + 40.0 * (rng.generateDouble() + rng.generateDouble() - 1.0);
        fill = QColor::fromHsv((int(hue) % 360 + 360) % 360, 120 + rng.bounded(136), 110 + rng.bounded(146));
    }
    painter.setPen(QPen(fill.darker(150), 1 + rng.bounded(3)));
    painter.setBrush(fill);
    painter.drawPath(shapePath(cls, r));
    painter.end();

    if (!transparent) {
        // Sensor noise.
        const int amplitude = 6 + rng.bounded(20);
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const int n = rng.bounded(2 * amplitude + 1) - amplitude;
                line[x] = qRgb(qBound(0, qRed(line[x]) + n, 255), qBound(0, qGreen(line[x]) + n, 255), qBound(0, qBlue(line[x]) + n, 255));
            }
        }
    }
    return image;
}

} // namespace

QStringList classNames()
{
    return { QStringLiteral("circle"), QStringLiteral("square"), QStringLiteral("triangle"), QStringLiteral("star"),
             QStringLiteral("ring") };
}

bool generate(const QString &folder, int perClass, quint32 seed, QString *error, int width, int height)
{
    const QStringList names = classNames();
    for (int cls = 0; cls < names.size(); ++cls) {
        const QString dir = QDir(folder).filePath(names[cls]);
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create %1").arg(dir);
            return false;
        }
        QRandomGenerator rng(seed * 7919u + quint32(cls));
        for (int i = 0; i < perClass; ++i) {
            // Names that do not give the class away: the demo hides the class of its unlabeled images.
            const QByteArray key = QByteArray::number(seed) + '/' + QByteArray::number(cls) + '/' + QByteArray::number(i);
            const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
            const QString path = QDir(dir).filePath(QStringLiteral("img_%1.jpg").arg(name));
            if (!draw(cls, width, height, rng, false).save(path, "JPEG", 90)) {
                *error = QStringLiteral("cannot write %1").arg(path);
                return false;
            }
        }
    }
    return true;
}

bool generateRgba(const QString &path, quint32 seed, QString *error)
{
    QRandomGenerator rng(seed);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!draw(int(seed % 5), 160, 120, rng, true).save(path, "PNG")) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace demoimages
