#pragma once

// What scanstore.cpp (reads and writes) and scanstoreschema.cpp (opening,
// schema, migrations) share: the in-memory name and the reading of SQLite's
// errors. Private to the store; not listed among its public headers.

#include <QSqlError>
#include <QString>

namespace core::scanstore_detail {

inline const QString kMemory = QStringLiteral(":memory:");

/// SQLite's primary result code behind a Qt error.
inline int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

inline QString reasonOf(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

enum class Trouble { None, Locked, Broken, Unwritable, Other };

inline Trouble troubleOf(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case 0:
        return Trouble::None;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Trouble::Locked;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Trouble::Broken;
    case 3: // SQLITE_PERM
    case 8: // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        return Trouble::Unwritable;
    default:
        return Trouble::Other;
    }
}

} // namespace core::scanstore_detail
