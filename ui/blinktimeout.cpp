#include "blinktimeout.h"

#include <QEvent>
#include <QGuiApplication>
#include <QStyleHints>

namespace ui {

CursorBlinkTimeout::CursorBlinkTimeout(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_flashTimeMs(QGuiApplication::styleHints()->cursorFlashTime())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &CursorBlinkTimeout::stopBlinking);
    qApp->installEventFilter(this);
    m_timer.start();
}

CursorBlinkTimeout::~CursorBlinkTimeout()
{
    if (m_stopped)
        QGuiApplication::styleHints()->setCursorFlashTime(m_flashTimeMs);
}

bool CursorBlinkTimeout::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::InputMethod:
    case QEvent::Wheel:
        if (m_stopped) {
            m_stopped = false;
            QGuiApplication::styleHints()->setCursorFlashTime(m_flashTimeMs);
        }
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CursorBlinkTimeout::stopBlinking()
{
    if (m_flashTimeMs <= 0)
        return; // it never blinked
    m_stopped = true;
    QGuiApplication::styleHints()->setCursorFlashTime(0);
}

} // namespace ui
