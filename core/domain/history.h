#pragma once

#include <QObject>
#include <QString>

namespace core {

/// How the history file was opened.
enum class HistoryOpenOutcome {
    Opened, // an existing history, migrated if it was older
    Created, // a new, empty history
    MovedAside, // the file was unusable: renamed aside, a fresh one made
    Locked, // another program holds the file: in memory for this run
    Unwritable, // the file or its folder cannot be written: in memory
    InMemory, // asked for (":memory:"): nothing is kept
};

struct HistoryOpenResult
{
    HistoryOpenOutcome outcome = HistoryOpenOutcome::InMemory;
    QString reason; // SQLite's own words, for Locked, Unwritable and MovedAside
    QString movedTo; // for MovedAside
    int migratedFrom = -1; // the version the file had, when it was migrated
};

/// What is not in the history file yet because writes failed.
struct UnsavedHistory
{
    int scans = 0;
    qsizetype events = 0;
    int reports = 0;
    bool isEmpty() const { return scans == 0 && events == 0 && reports == 0; }
};

/// The history's health as the window reads it: how it was opened and
/// whether writes work, without a way to read or write the history. The
/// store in store/ implements it; ui/ depends only on this.
class HistoryStatus : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual const HistoryOpenResult &openResult() const = 0;
    /// False after a write failed, until one works again.
    virtual bool isHealthy() const = 0;

signals:
    /// A write failed (`healthy` false, with SQLite's reason) or worked again.
    void healthChanged(bool healthy, const QString &reason);
    /// The file turned out damaged only when its rows were read, and was set
    /// aside then: openResult() says where.
    void openResultChanged();
};

} // namespace core
