#pragma once

// Golden files under tests/core/data/golden (SCANDASH_TEST_DATA): an
// exporter's output compared byte for byte with the one kept in the tree.

#include <QDir>
#include <QFile>
#include <QTest>

inline QString goldenPath(const QString &name)
{
    return QStringLiteral(SCANDASH_TEST_DATA "/golden/") + name;
}

/// Compares with the golden file; SCANDASH_UPDATE_GOLDEN=1 writes it instead.
/// On a difference the actual output is left in the temporary folder.
inline void compareWithGolden(const QByteArray &actual, const QString &name)
{
    QFile file(goldenPath(name));
    if (qEnvironmentVariableIsSet("SCANDASH_UPDATE_GOLDEN")) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual);
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
    const QByteArray expected = file.readAll();
    if (actual != expected) {
        QFile out(QDir::temp().filePath(name));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        QFAIL(qPrintable(
            QStringLiteral("%1 differs; actual output in %2").arg(name, out.fileName())));
    }
}
