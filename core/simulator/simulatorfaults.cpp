#include "simulator.h"
#include "simulator_p.h"

// The faults a Simulator can be switched to (setFault()); the server is in
// simulator.cpp.

namespace sim {
using namespace simulator_detail;

bool Simulator::applyFault(const QString &path, QTcpSocket *socket, Answer *answer)
{
    if (m_fault == Fault::None || m_faultCount == 0 || !path.startsWith(m_faultPrefix))
        return false;
    if (m_faultCount > 0)
        --m_faultCount;
    answer->status = 200;
    switch (m_fault) {
    case Fault::None:
        return false;
    case Fault::ServerError:
        *answer = error(503, QStringLiteral("SERVICE_UNAVAILABLE"),
                        QStringLiteral("Service temporarily unavailable."));
        return true;
    case Fault::Hang:
        m_hung.append(socket);
        answer->status = 0;
        return true;
    case Fault::ResetConnection:
        socket->abort();
        answer->status = 0;
        return true;
    case Fault::CutBody:
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n"
            "\r\n{\"id\":\"scan_cut\",\"status\":\"scann");
        socket->flush();
        socket->disconnectFromHost();
        answer->status = 0;
        return true;
    case Fault::MalformedJson:
        answer->body = "{\"id\": \"scan_x\", \"status\": \"scanning\", \"progress\": 4";
        return true;
    case Fault::WrongTypes:
        answer->body
            = "{\"id\": 12, \"status\": [\"scanning\"], \"progress\": \"45\", \"events\": {}}";
        return true;
    case Fault::UnknownStatus: {
        const QString id = path.section(QLatin1Char('/'), -1);
        QJsonObject object
            = m_scans.contains(id) ? statusJson(m_scans.value(id)) : QJsonObject { { "id", id } };
        object.insert("status", "exploded");
        answer->body = json(object);
        return true;
    }
    case Fault::HugeBody: {
        // Small on the wire, 64 MiB once inflated: only a cap counted after
        // decompression stops it.
        const QByteArray inflated = "{\"pad\":\"" + QByteArray(64 * 1024 * 1024, ' ') + "\"}";
        answer->body = qCompress(inflated, 9).mid(4);
        answer->headers.append({ QByteArray("Content-Encoding"), QByteArray("deflate") });
        return true;
    }
    case Fault::RateLimited:
        *answer
            = error(429, QStringLiteral("RATE_LIMITED"), QStringLiteral("Rate limit exceeded."));
        answer->headers.append({ QByteArray("Retry-After"), QByteArray("2") });
        answer->headers.append({ QByteArray("X-RateLimit-Remaining"), QByteArray("0") });
        return true;
    case Fault::Redirect:
        answer->status = 307;
        answer->headers.append(
            { QByteArray("Location"), m_redirectTarget.resolved(QUrl(path)).toEncoded() });
        return true;
    }
    return false;
}

} // namespace sim
