#pragma once

#include "types/ModelArtsTypes.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

// The ModelArts manifest (JSON Lines, modelarts-api-versions.md 5) as the client writes it from confirmed
// samples and reads it back, tolerant of what real files hold: usage in any case, property as an object or
// a JSON string, the underscore aliases of the hyphenated keys.
namespace manifestformat {

struct Annotation
{
    QString name;
    QString type; // modelarts/image_classification
    QString annotatedBy;
    QString creationTime;
    std::optional<double> confidence;
    QJsonObject property;
};

struct Entry
{
    QString source;
    QString usage; // upper case; empty when absent
    QString id;
    std::optional<bool> hard;
    QList<Annotation> annotations;
};

// One line (no newline) for a labeled sample whose image is at `source`.
QByteArray line(const Sample &sample, const QString &source, const QString &usage = QStringLiteral("TRAIN"));
// A line of a manifest, or nullopt with *error naming what is wrong.
std::optional<Entry> read(const QByteArray &line, QString *error);

// CSV (RFC 4180): a field quoted when it holds a comma, a quote or a line break.
QByteArray csvRow(const QStringList &fields);

} // namespace manifestformat
