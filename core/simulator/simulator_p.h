#pragma once

// What the Simulator's .cpp files share: the compact JSON of an answer and
// the ISO time of a field. Private to the simulator.

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace sim::simulator_detail {

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace sim::simulator_detail
