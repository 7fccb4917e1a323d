// Where the key comes from and where it is kept.
#include "settings/apikeysource.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

class KeyStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void environmentWinsOverTheCliConfig();
    void cliConfigIsTheFallback();
    void noKeyAnywhere();
    void keyShapeCheck();
    void memoryStoreKeepsTheKeyForTheSession();
    void keyringWithoutASessionBusAnswersWithAnError();
    void realKeyringWritesAndReadsBack();
    void realKeyringFinishesAWriteThatMissedItsDeadline();
};

namespace {

void writeConfig(const QTemporaryDir &home, const QByteArray &json)
{
    QDir(home.path()).mkpath(".appvet");
    QFile file(home.filePath(".appvet/config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
}

} // namespace

void KeyStoreTest::environmentWinsOverTheCliConfig()
{
    QTemporaryDir home;
    writeConfig(home, R"({"api_key": "avk_live_fromfile"})");
    qputenv("APPVET_API_KEY", "avk_live_fromenv");
    const ApiKey key = keyFromEnvironmentOrCliConfig(home.path());
    qunsetenv("APPVET_API_KEY");
    QCOMPARE(key.value, QStringLiteral("avk_live_fromenv"));
    QCOMPARE(key.source, QStringLiteral("APPVET_API_KEY variable"));
}

void KeyStoreTest::cliConfigIsTheFallback()
{
    qunsetenv("APPVET_API_KEY");
    QTemporaryDir home;
    writeConfig(home, R"({"api_key": " avk_live_fromfile "})");
    const ApiKey key = keyFromEnvironmentOrCliConfig(home.path());
    QCOMPARE(key.value, QStringLiteral("avk_live_fromfile"));
    QCOMPARE(key.source, QStringLiteral("~/.appvet/config.json file"));
}

void KeyStoreTest::noKeyAnywhere()
{
    qunsetenv("APPVET_API_KEY");
    QTemporaryDir home;
    QVERIFY(keyFromEnvironmentOrCliConfig(home.path()).isEmpty());
    writeConfig(home, "not json at all");
    QVERIFY(keyFromEnvironmentOrCliConfig(home.path()).isEmpty());
}

void KeyStoreTest::keyShapeCheck()
{
    QVERIFY(looksLikeApiKey("avk_live_0123456789abcdefghij0123456789ABCDEFGHIJ"));
    QVERIFY(!looksLikeApiKey("avk_live_short"));
    QVERIFY(!looksLikeApiKey("avk_test_0123456789abcdefghij0123456789ABCDEFGHIJ"));
}

void KeyStoreTest::memoryStoreKeepsTheKeyForTheSession()
{
    MemoryKeyStore store;
    QString read = QStringLiteral("unset");
    store.read([&](const QString &key, const QString &) { read = key; });
    QCOMPARE(read, QString());
    store.write("avk_live_x", [](const QString &error) { QVERIFY(error.isEmpty()); });
    store.read([&](const QString &key, const QString &) { read = key; });
    QCOMPARE(read, QStringLiteral("avk_live_x"));
}

void KeyStoreTest::keyringWithoutASessionBusAnswersWithAnError()
{
    if (qEnvironmentVariableIsSet("SCANDASH_KEYRING_TEST"))
        QSKIP("a real keyring is running in this process's session");
    // A bus address nobody listens on: the store must still answer, with an
    // error, within its own deadline; it must never fall back to plain text.
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/scandash-bus");
    KeychainKeyStore store(QStringLiteral("ScanDash test"), 2000);
    bool answered = false;
    QString error;
    store.write("avk_live_secret", [&](const QString &e) {
        answered = true;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 4000);
    qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    QVERIFY(!error.isEmpty());
}

void KeyStoreTest::realKeyringWritesAndReadsBack()
{
    if (!qEnvironmentVariableIsSet("SCANDASH_KEYRING_TEST"))
        QSKIP("runs as the 'keyring' test, under dbus-run-session with gnome-keyring");
    KeychainKeyStore store(QStringLiteral("ScanDash keyring test"), 10000);
    QString writeError = QStringLiteral("no answer");
    store.write("avk_live_0123456789abcdefghij0123456789ABCDEFGHIJ",
                [&](const QString &error) { writeError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(writeError != QStringLiteral("no answer"), 12000);
    QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
    QString readKey, readError = QStringLiteral("no answer");
    KeychainKeyStore again(QStringLiteral("ScanDash keyring test"), 10000);
    again.read([&](const QString &key, const QString &error) {
        readKey = key;
        readError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(readError != QStringLiteral("no answer"), 12000);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(readKey, QStringLiteral("avk_live_0123456789abcdefghij0123456789ABCDEFGHIJ"));
}

void KeyStoreTest::realKeyringFinishesAWriteThatMissedItsDeadline()
{
    if (!qEnvironmentVariableIsSet("SCANDASH_KEYRING_TEST"))
        QSKIP("runs as the 'keyring' test, under dbus-run-session with gnome-keyring");
    // A deadline too short for any keyring: we are told at once, but the job
    // is kept alive and its late answer neither crashes nor calls us again.
    const QString service = QStringLiteral("ScanDash late keyring test");
    const QString key = QStringLiteral("avk_live_late0000000000000000000000000000000000");
    int answers = 0;
    QString writeError;
    {
        KeychainKeyStore store(service, 0);
        store.write(key, [&](const QString &error) {
            ++answers;
            writeError = error;
        });
        QTRY_COMPARE(answers, 1);
        QVERIFY(writeError.contains(QStringLiteral("in time")));
        // The backend's late answer lands in a live job, which then goes.
        QTRY_VERIFY_WITH_TIMEOUT(store.children().isEmpty(), 10000);
        QCOMPARE(answers, 1);
    }
    QString readKey, readError = QStringLiteral("no answer");
    KeychainKeyStore again(service, 10000);
    again.read([&](const QString &stored, const QString &error) {
        readKey = stored;
        readError = error;
    });
    QTRY_VERIFY_WITH_TIMEOUT(readError != QStringLiteral("no answer"), 12000);
    QCOMPARE(readKey, key); // the write was finished, not cut off
}

QTEST_GUILESS_MAIN(KeyStoreTest)
#include "tst_keystore.moc"
