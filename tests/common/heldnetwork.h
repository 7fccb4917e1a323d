#pragma once

// A network whose replies come back only when the test says so.

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <cstring>

/// A network whose replies answer only when told to: `answerAll()` makes every
/// reply finish in one turn of the event loop, as ~200 polls that went out
/// together come back together.
class HeldNetwork : public QNetworkAccessManager
{
public:
    class Reply : public QNetworkReply
    {
    public:
        Reply(const QNetworkRequest &request, QObject *parent)
            : QNetworkReply(parent)
        {
            setRequest(request);
            setUrl(request.url());
            setOperation(QNetworkAccessManager::CustomOperation);
            open(QIODevice::ReadOnly);
        }
        void answer()
        {
            const QString id = url().path().section(QLatin1Char('/'), -1);
            m_body = QJsonDocument(QJsonObject { { "id", id },
                                                 { "status", "scanning" },
                                                 { "type", "security" },
                                                 { "url", "https://example.com" },
                                                 { "progress", 50 },
                                                 { "created_at", "2026-11-28T09:00:00Z" } })
                         .toJson(QJsonDocument::Compact);
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
            setFinished(true);
            emit readyRead();
            emit finished();
        }
        void abort() override { }
        bool isSequential() const override { return true; }
        qint64 bytesAvailable() const override
        {
            return m_body.size() - m_read + QIODevice::bytesAvailable();
        }

    protected:
        qint64 readData(char *data, qint64 maxSize) override
        {
            const qint64 count = qMin<qint64>(maxSize, m_body.size() - m_read);
            memcpy(data, m_body.constData() + m_read, static_cast<size_t>(count));
            m_read += count;
            return count;
        }

    private:
        QByteArray m_body;
        qint64 m_read = 0;
    };

    /// Every reply out finishes in the next turn of the event loop, all in that one turn.
    void answerAll()
    {
        for (const QPointer<Reply> &reply : std::as_const(m_replies))
            if (reply)
                QMetaObject::invokeMethod(reply, &Reply::answer, Qt::QueuedConnection);
        m_replies.clear();
    }
    int held() const { return static_cast<int>(m_replies.size()); }

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *) override
    {
        auto *reply = new Reply(request, this);
        m_replies.append(reply);
        return reply;
    }

private:
    QList<QPointer<Reply>> m_replies;
};
