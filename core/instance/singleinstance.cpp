#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace core {

SingleInstance::SingleInstance(const QString &dataFile, QObject *parent)
    : QObject(parent)
    , m_serverName(QStringLiteral("scandash-")
                   + QString::fromLatin1(
                       QCryptographicHash::hash(QFileInfo(dataFile).absoluteFilePath().toUtf8(),
                                                QCryptographicHash::Sha256)
                           .toHex()
                           .left(24)))
    , m_lock(dataFile + QStringLiteral(".lock"))
{
    // A lock is stale only when its process is gone; QLockFile checks that.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments, QString *error,
                                           int timeoutMs)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (m_lock.tryLock(0)) {
            if (listen())
                return Role::Primary;
            if (error)
                *error = m_server->errorString();
            return Role::Failed;
        }
        if (m_lock.error() == QLockFile::PermissionError
            || m_lock.error() == QLockFile::UnknownError) {
            if (error)
                *error = tr("cannot create the lock file beside the history");
            return Role::Failed;
        }
        if (forward(arguments, timeoutMs))
            return Role::Forwarded;
        // The holder did not answer: it may be starting or just gone. A lock
        // whose process is dead is taken over on the next try.
        m_lock.removeStaleLockFile();
    }
    if (error)
        *error = tr("another ScanDash holds the history but does not answer");
    return Role::Failed;
}

bool SingleInstance::listen()
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket left by a killed process is ours to remove.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName))
        return false;
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                QDataStream in(socket);
                in.startTransaction();
                QStringList arguments;
                in >> arguments;
                if (!in.commitTransaction())
                    return; // wait for the rest
                socket->write("ok");
                socket->flush();
                emit argumentsReceived(arguments);
            });
        }
    });
    return true;
}

bool SingleInstance::forward(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the running window took it.
    while (socket.bytesAvailable() < 2) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.read(2) == "ok";
}

} // namespace core
