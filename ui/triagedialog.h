#pragma once

#include "policy/triage.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace ui {

/// Accept risk… / False positive… on a finding: a required reason, who
/// decided (the name from Preferences by default), an optional expiry date,
/// and the scope: this site or every site, for this scan type.
class TriageDialog : public QDialog
{
    Q_OBJECT

public:
    struct Finding
    {
        QString check;
        QString siteUrl;
        QString type;
        QString typeName; // as shown
    };
    TriageDialog(const Finding &finding, core::TriageState state, const QString &by, QDate today,
                 QWidget *parent = nullptr);

    /// The decision as entered (decidedAt is left for the caller).
    core::Suppression suppression() const;

    /// The name triage is signed with by default: Preferences' "Your name for
    /// triage", else the account's user name.
    static QString defaultName();
    static void setDefaultName(const QString &name);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *byEdit() const { return m_by; }
    QCheckBox *expiresBox() const { return m_expiresOn; }
    QDateEdit *expiresEdit() const { return m_expires; }
    QRadioButton *thisSiteButton() const { return m_thisSite; }
    QRadioButton *everySiteButton() const { return m_everySite; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    Finding m_finding;
    core::TriageState m_state;
    QPlainTextEdit *m_reason;
    QLineEdit *m_by;
    QCheckBox *m_expiresOn;
    QDateEdit *m_expires;
    QRadioButton *m_thisSite;
    QRadioButton *m_everySite;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
