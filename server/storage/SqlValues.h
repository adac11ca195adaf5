#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// How values go in and out of modelarts-local's columns.
namespace sqlvalues {

// Qt SQL binds a null QString as NULL; the text columns are NOT NULL and '' means "none".
inline QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

inline QJsonObject parseObject(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

inline QString toJson(const QJsonObject &object) { return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)); }

} // namespace sqlvalues
