#include "apikeysource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace core {
namespace {

const QString kKeyName = QStringLiteral("api-key");

/// Calls `done` once: with the job's answer, or with a timeout if the keyring
/// (e.g. a D-Bus service that never answers) keeps us waiting. The job is
/// never deleted under the backend's feet: it lives until it finishes (it
/// deletes itself then), and a late answer is ignored.
template<typename Done> void runWithDeadline(QKeychain::Job *job, int timeoutMs, Done done)
{
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, finished, done] {
        if (*finished)
            return;
        *finished = true;
        done(job, QCoreApplication::translate("core", "The keyring did not answer in time."));
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [finished, done](QKeychain::Job *j) {
        if (*finished)
            return;
        *finished = true;
        done(j, j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    timer->start(timeoutMs);
    job->start();
}

} // namespace

ApiKey keyFromEnvironmentOrCliConfig(const QString &homeDir)
{
    const QString fromEnvironment = qEnvironmentVariable("APPVET_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty())
        return { fromEnvironment,
                 QCoreApplication::translate("core", "%1 variable", "where the key came from")
                     .arg(QStringLiteral("APPVET_API_KEY")) };

    QFile config(QDir(homeDir).filePath(QStringLiteral(".appvet/config.json")));
    if (config.size() < 64 * 1024 && config.open(QIODevice::ReadOnly)) {
        const auto document = QJsonDocument::fromJson(config.readAll());
        const QString key = document.object().value(QStringLiteral("api_key")).toString().trimmed();
        if (!key.isEmpty())
            return { key,
                     QCoreApplication::translate("core", "%1 file", "where the key came from")
                         .arg(QStringLiteral("~/.appvet/config.json")) };
    }
    return {};
}

bool looksLikeApiKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^avk_live_[A-Za-z0-9]{40}$"));
    return pattern.match(key).hasMatch();
}

KeychainKeyStore::KeychainKeyStore(const QString &service, int timeoutMs, QObject *parent)
    : KeyStore(parent)
    , m_service(service)
    , m_timeoutMs(timeoutMs)
{ }

void KeychainKeyStore::read(ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kKeyName);
    runWithDeadline(job, m_timeoutMs, [callback](QKeychain::Job *j, const QString &error) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (!error.isEmpty() && readJob->error() == QKeychain::EntryNotFound)
            callback(QString(), QString()); // nothing stored yet is not a failure
        else
            callback(error.isEmpty() ? readJob->textData() : QString(), error);
    });
}

void KeychainKeyStore::write(const QString &key, WriteCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kKeyName);
    job->setTextData(key);
    runWithDeadline(job, m_timeoutMs,
                    [callback](QKeychain::Job *, const QString &error) { callback(error); });
}

} // namespace core
