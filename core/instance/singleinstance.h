#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

namespace core {

/// One window per data file. The first process to start on a file holds a
/// lock beside it (QLockFile: a lock left by a killed process is taken over)
/// and listens on a local socket named after the file; a second process
/// hands its command line to the first and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role { Primary, Forwarded, Failed };

    /// `dataFile` is the history file this process is about to use.
    explicit SingleInstance(const QString &dataFile, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the primary instance, or hands `arguments` to the running one.
    /// `error` says why neither worked (Failed).
    Role claim(const QStringList &arguments, QString *error = nullptr, int timeoutMs = 5000);

signals:
    /// Another start handed over its command line (without the program name).
    void argumentsReceived(const QStringList &arguments);

private:
    bool listen();
    bool forward(const QStringList &arguments, int timeoutMs);

    QString m_serverName;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace core
