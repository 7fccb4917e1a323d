#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QSystemTrayIcon>

#include <functional>

namespace core {
class ScanRepository;
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
    explicit Notifier(core::ScanRepository &repository, QObject *parent = nullptr);

    /// The tray icon to fall back on when no notification server answers.
    void setTrayIcon(QSystemTrayIcon *tray) { m_tray = tray; }
    static bool isEnabled(bool failed);
    static void setEnabled(bool failed, bool enabled);

signals:
    /// The user chose "Open report" on the notification of `scanId`.
    void openReportRequested(const QString &scanId);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void scanEnded(const QString &scanId);
    void askCapabilities();
    /// False when no notification server is there; `onFailure` runs should
    /// the server not take the notification after all.
    bool sendOverDBus(const QString &summary, const QString &body, const QString &scanId,
                      bool withReport, const std::function<void()> &onFailure);

    core::ScanRepository &m_repository;
    QPointer<QSystemTrayIcon> m_tray;
    QSet<QString> m_ended; // told once per scan
    QHash<uint, QString> m_scanOfNotification;
    QStringList m_capabilities;
};

} // namespace ui
