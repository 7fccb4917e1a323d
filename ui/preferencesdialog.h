#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace core {
class ScanController;
}

namespace ui {

/// Preferences (QKeySequence::Preferences): the API URL (checked as it is
/// typed), the API key (masked, with Show and a Test that asks GET /v1/usage),
/// the update interval, the default scan type, notifications and the theme.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString apiUrl;
        QString apiKey;
        int intervalSeconds = 4;
        QString scanType;
        bool notifyCompleted = true;
        bool notifyFailed = true;
        QString theme; // system, light, dark
        QString triageName; // who triage decisions are signed by, by default
    };

    /// Test asks through `controller`: the session's client and request budget.
    PreferencesDialog(const Values &values, core::ScanController &controller,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    Values values() const;

    QLineEdit *apiUrlEdit() const { return m_apiUrl; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *triageNameEdit() const { return m_triageName; }
    QPushButton *testButton() const { return m_test; }
    QLabel *apiUrlMessage() const { return m_apiUrlMessage; }
    QLabel *testMessage() const { return m_testMessage; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();
    void testKey();

    QLineEdit *m_apiUrl;
    QLabel *m_apiUrlMessage;
    QLineEdit *m_apiKey;
    QPushButton *m_test;
    QLabel *m_testMessage;
    QSpinBox *m_interval;
    QComboBox *m_type;
    QCheckBox *m_notifyCompleted;
    QCheckBox *m_notifyFailed;
    QComboBox *m_theme;
    QLineEdit *m_triageName;
    QDialogButtonBox *m_buttons;
    core::ScanController &m_controller;
};

} // namespace ui
