#include "notifier.h"

#include "domain/scansource.h"
#include "model/scanlistmodel.h"
#include "scancontroller.h"
#include "text/displaytext.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QUrl>

namespace ui {
namespace {

const char kService[] = "org.freedesktop.Notifications";
const char kPath[] = "/org/freedesktop/Notifications";
const char kInterface[] = "org.freedesktop.Notifications";
const char kOpenAction[] = "open-report";

QString settingsKey(bool failed)
{
    return failed ? QStringLiteral("notifications/failed")
                  : QStringLiteral("notifications/completed");
}

} // namespace

Notifier::Notifier(core::ScanSource &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    // Only ends seen while this session runs are news: the history's are not.
    connect(&m_repository, &core::ScanSource::scanChanged, this,
            [this](const QString &id, core::ScanFields fields) {
                if (!(fields & core::FieldWatch))
                    return;
                const core::Scan *scan = m_repository.find(id);
                if (scan && core::isTerminal(scan->state)
                    && scan->watch == core::WatchState::Finished)
                    scanEnded(id);
            });
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                QString::fromLatin1(kInterface), QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                QString::fromLatin1(kInterface), QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
    if (bus.isConnected())
        askCapabilities();
}

bool Notifier::isEnabled(bool failed)
{
    return QSettings().value(settingsKey(failed), true).toBool();
}

void Notifier::setEnabled(bool failed, bool enabled)
{
    QSettings().setValue(settingsKey(failed), enabled);
}

void Notifier::scanEnded(const QString &scanId)
{
    const core::Scan *scan = m_repository.find(scanId);
    if (!scan || m_ended.contains(scanId))
        return;
    m_ended.insert(scanId);
    const bool failed = scan->state == core::ScanState::Failed;
    if (!isEnabled(failed)) {
        emit scanEndTold(scanId, Told::SwitchedOff);
        return;
    }
    const QString site = core::displayText(
        QUrl(scan->url).host().isEmpty() ? scan->url : QUrl(scan->url).host(), 120);
    QString summary, body;
    if (failed) {
        summary = tr("Scan failed: %1").arg(site);
        body = core::displayText(scan->error, 300);
        if (scan->error.isEmpty())
            body = core::lacksServerDetails(*scan) ? tr("Select it in ScanDash to see why.")
                                                   : tr("The server gave no reason.");
    } else {
        summary = scan->state == core::ScanState::Partial ? tr("Scan partly done: %1").arg(site)
                                                          : tr("Scan done: %1").arg(site);
        body = scan->result ? tr("Grade %1 · score %2")
                                  .arg(core::displayText(scan->result->grade, 4),
                                       QString::number(scan->result->score))
                            : tr("No grade was given.");
        const QString failures = m_failuresText ? m_failuresText(scanId) : QString();
        if (!failures.isEmpty())
            body += QLatin1Char('\n') + failures;
    }
    body += QLatin1Char('\n')
        + tr("%1 scan of %2")
              .arg(core::ScanListModel::scanTypeName(scan->type),
                   core::displayText(scan->url, 200));
    const auto trayFallback = [this, tray = m_tray, summary, body, failed, scanId] {
        if (tray && tray->isVisible()) {
            tray->showMessage(summary, body,
                              failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
            emit scanEndTold(scanId, Told::Tray);
        } else {
            emit scanEndTold(scanId, Told::Nowhere);
        }
    };
    sendOverDBus(summary, body, scanId, scan->result.has_value(), trayFallback);
}

void Notifier::askCapabilities()
{
    // Asked without blocking the window; until the answer, plain text and
    // no actions.
    if (m_askingCapabilities)
        return;
    m_askingCapabilities = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    auto *watcher = new QDBusPendingCallWatcher(
        bus.asyncCall(QDBusMessage::createMethodCall(
            QString::fromLatin1(kService), QString::fromLatin1(kPath),
            QString::fromLatin1(kInterface), QStringLiteral("GetCapabilities"))),
        this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                const QDBusPendingReply<QStringList> reply = *call;
                if (reply.isValid())
                    m_capabilities = reply.value();
                m_capabilitiesAnswered = reply.isValid();
                m_askingCapabilities = false;
                call->deleteLater();
                emit capabilitiesChanged();
            });
}

void Notifier::sendOverDBus(const QString &summary, const QString &body, const QString &scanId,
                            bool withReport, const std::function<void()> &onFailure)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        onFailure();
        return;
    }
    // A server started by this very call could not answer GetCapabilities
    // before: ask again, for the next notification.
    if (!m_capabilitiesAnswered)
        askCapabilities();
    // A server that reads markup in the body must not read the server's text as markup.
    const QString text
        = m_capabilities.contains(QStringLiteral("body-markup")) ? body.toHtmlEscaped() : body;
    QStringList actions;
    if (withReport && m_capabilities.contains(QStringLiteral("actions")))
        actions << QString::fromLatin1(kOpenAction) << tr("Open report");
    QDBusMessage call
        = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                         QString::fromLatin1(kInterface), QStringLiteral("Notify"));
    call << QApplication::applicationDisplayName() << uint(0) << QStringLiteral("scandash")
         << summary << text << actions
         << QVariantMap { { QStringLiteral("desktop-entry"),
                            QStringLiteral("io.github.scandash.scandash") },
                          { QStringLiteral("category"), QStringLiteral("transfer.complete") } }
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, scanId, onFailure](QDBusPendingCallWatcher *pending) {
                const QDBusPendingReply<uint> reply = *pending;
                if (reply.isValid()) {
                    m_scanOfNotification.insert(reply.value(), scanId);
                    emit scanEndTold(scanId, Told::Desktop);
                } else {
                    onFailure();
                }
                pending->deleteLater();
            });
}

void Notifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_scanOfNotification.constFind(id);
    if (it != m_scanOfNotification.cend() && action == QLatin1String(kOpenAction))
        emit openReportRequested(*it);
}

void Notifier::onClosed(uint id, uint)
{
    m_scanOfNotification.remove(id);
}

} // namespace ui
