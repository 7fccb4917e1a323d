#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ui {

/// Where a scan starts: the address, the type, Start (or Enter), and one line
/// that says what went wrong or what is pending, in plain text.
class NewScanBar : public QWidget
{
    Q_OBJECT

public:
    explicit NewScanBar(QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *typeBox() const { return m_type; }
    QPushButton *startButton() const { return m_start; }
    QLabel *messageLabel() const { return m_message; }

    void showError(const QString &target, const QString &message);
    void showInfo(const QString &message);
    void clearMessage();
    /// Launching is off (e.g. quota used up); `reason` says why.
    void setBlocked(const QString &reason);

signals:
    void startRequested(const QString &url, const QString &type);

private:
    void submit();

    QLineEdit *m_url;
    QComboBox *m_type;
    QPushButton *m_start;
    QLabel *m_message;
};

} // namespace ui
