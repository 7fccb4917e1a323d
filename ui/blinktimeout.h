#pragma once

#include <QObject>
#include <QTimer>

namespace ui {

/// Stops the text cursor blinking after a while without input, as GTK does
/// (gtk-cursor-blink-timeout), so that an idle window does not wake the
/// machine twice a second; the next key press or click brings it back.
class CursorBlinkTimeout : public QObject
{
    Q_OBJECT

public:
    explicit CursorBlinkTimeout(int timeoutMs = 10000, QObject *parent = nullptr);
    ~CursorBlinkTimeout() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stopBlinking();

    QTimer m_timer;
    int m_flashTimeMs;
    bool m_stopped = false;
};

} // namespace ui
