#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace core {

/// A key and where it came from, for the UI to say ("from APPVET_API_KEY").
struct ApiKey
{
    QString value;
    QString source;

    bool isEmpty() const { return value.isEmpty(); }
};

/// The official CLI's lookup: APPVET_API_KEY, then ~/.appvet/config.json
/// ({"api_key": "..."}). `homeDir` is a parameter so tests can point it anywhere.
ApiKey keyFromEnvironmentOrCliConfig(const QString &homeDir);

/// True for the documented form: "avk_live_" followed by 40 letters and digits.
/// Other forms are still tried; this only helps warn about typos.
bool looksLikeApiKey(const QString &key);

/// Somewhere to keep a key between runs. Calls are asynchronous and always
/// answer, within the store's own deadline.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &key, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    using QObject::QObject;
    virtual QString name() const = 0;
    virtual void read(ReadCallback callback) = 0;
    virtual void write(const QString &key, WriteCallback callback) = 0;
};

/// Keeps the key for this session only.
class MemoryKeyStore : public KeyStore
{
    Q_OBJECT

public:
    using KeyStore::KeyStore;
    QString name() const override { return QStringLiteral("this session only"); }
    void read(ReadCallback callback) override { callback(m_key, QString()); }
    void write(const QString &key, WriteCallback callback) override
    {
        m_key = key;
        callback(QString());
    }

private:
    QString m_key;
};

/// The desktop keyring through QtKeychain (Secret Service or KWallet on Linux),
/// never with its plain-text fallback.
class KeychainKeyStore : public KeyStore
{
    Q_OBJECT

public:
    explicit KeychainKeyStore(const QString &service, int timeoutMs = 5000,
                              QObject *parent = nullptr);
    QString name() const override { return QStringLiteral("the desktop keyring"); }
    void read(ReadCallback callback) override;
    void write(const QString &key, WriteCallback callback) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace core
