#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QSystemTrayIcon>

#include <functional>

namespace core {
class ScanSource;
}

namespace ui {

/// Says when a scan ends while ScanDash runs: a desktop notification
/// (freedesktop Notifications over D-Bus) with the site, grade and score or
/// why it failed, and an "Open report" action; where no notification server
/// runs, a balloon from the tray icon, if there is one. Each kind can be
/// switched off (QSettings "notifications/completed", ".../failed").
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(core::ScanSource &repository, QObject *parent = nullptr);

    /// The tray icon to fall back on when no notification server answers.
    void setTrayIcon(QSystemTrayIcon *tray) { m_tray = tray; }
    /// The scan's failures that count after the triage ("2 failed, 1
    /// warning, 1 suppressed"), empty without a report: said in the body.
    using FailuresText = std::function<QString(const QString &scanId)>;
    void setFailuresText(FailuresText failures) { m_failuresText = std::move(failures); }
    static bool isEnabled(bool failed);
    static void setEnabled(bool failed, bool enabled);

    /// How the end of a scan was told.
    enum class Told { Desktop, Tray, Nowhere, SwitchedOff };
    Q_ENUM(Told)
    /// True once the notification server answered GetCapabilities (or said it is not there).
    bool capabilitiesAnswered() const { return m_capabilitiesAnswered; }

signals:
    /// The user chose "Open report" on the notification of `scanId`.
    void openReportRequested(const QString &scanId);
    /// The notification server answered GetCapabilities, or failed to.
    void capabilitiesChanged();
    /// The end of `scanId` was told (or not): once per scan, after the
    /// notification server answered.
    void scanEndTold(const QString &scanId, ui::Notifier::Told how);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void scanEnded(const QString &scanId);
    void askCapabilities();
    /// Calls Notify without asking first whether a server is there (one
    /// started on demand is not there until called); `onFailure` runs when
    /// no server takes the notification.
    void sendOverDBus(const QString &summary, const QString &body, const QString &scanId,
                      bool withReport, const std::function<void()> &onFailure);

    core::ScanSource &m_repository;
    QPointer<QSystemTrayIcon> m_tray;
    QSet<QString> m_ended; // told once per scan
    QHash<uint, QString> m_scanOfNotification;
    QStringList m_capabilities;
    bool m_capabilitiesAnswered = false;
    bool m_askingCapabilities = false;
    FailuresText m_failuresText;
};

} // namespace ui
