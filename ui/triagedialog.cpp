#include "triagedialog.h"

#include "style.h"
#include "text/displaytext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ui {

namespace {

const QString kNameKey = QStringLiteral("triage/name");

} // namespace

QString TriageDialog::defaultName()
{
    const QString name = QSettings().value(kNameKey).toString().trimmed();
    if (!name.isEmpty())
        return name;
    // The login name, where the session sets none of these variables too
    // (a desktop started without a login shell): the home folder's name.
    for (const char *variable : { "USER", "LOGNAME", "USERNAME" }) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName();
}

void TriageDialog::setDefaultName(const QString &name)
{
    QSettings().setValue(kNameKey, name.trimmed());
}

TriageDialog::TriageDialog(const Finding &finding, core::TriageState state, const QString &by,
                           QDate today, QWidget *parent)
    : QDialog(parent)
    , m_finding(finding)
    , m_state(state)
    , m_reason(new QPlainTextEdit(this))
    , m_by(new QLineEdit(by, this))
    , m_expiresOn(new QCheckBox(tr("&Expires after:"), this))
    , m_expires(new QDateEdit(today.addDays(90), this))
    , m_thisSite(new QRadioButton(this))
    , m_everySite(new QRadioButton(this))
    , m_problem(plainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool falsePositive = state == core::TriageState::FalsePositive;
    setWindowTitle(falsePositive ? tr("False positive") : tr("Accept risk"));
    auto *intro = plainLabel(this);
    intro->setWordWrap(true);
    intro->setText((falsePositive
                        ? tr("Mark \"%1\" as a false positive. It stays in the list, greyed, "
                             "and no longer counts as failing.")
                        : tr("Accept the risk of \"%1\". It stays in the list, greyed, and no "
                             "longer counts as failing."))
                       .arg(core::displayText(finding.check, 200)));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why (required): say what makes it acceptable"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_by->setAccessibleName(tr("Decided by"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(today);
    m_expires->setEnabled(false);
    m_expires->setAccessibleName(tr("Expiry date"));
    m_expiresOn->setToolTip(tr("From the day after this date the finding counts again"));
    // A "&" of the address would make a mnemonic: doubled, it is shown.
    m_thisSite->setText(tr("This &site (%1)")
                            .arg(core::displayText(finding.siteUrl, 120)
                                     .replace(QLatin1Char('&'), QStringLiteral("&&"))));
    m_everySite->setText(tr("E&very site"));
    m_thisSite->setChecked(true);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(falsePositive ? tr("Mark as false positive") : tr("Accept risk"));

    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expiresOn);
    expiry->addWidget(m_expires, 1);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_thisSite);
    scope->addWidget(m_everySite);
    auto *scopeNote = plainLabel(this);
    scopeNote->setText(tr("for %1 scans").arg(finding.typeName));
    scope->addWidget(scopeNote);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Decided by:"), m_by);
    form->addRow(QString(), expiry);
    form->addRow(tr("Scope:"), scope);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_expiresOn, &QCheckBox::toggled, m_expires, &QDateEdit::setEnabled);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TriageDialog::validate);
    connect(m_by, &QLineEdit::textChanged, this, &TriageDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void TriageDialog::validate()
{
    QString problem;
    if (m_reason->toPlainText().trimmed().isEmpty())
        problem = tr("A reason is required.");
    else if (m_by->text().trimmed().isEmpty())
        problem = tr("Say who decided.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

core::Suppression TriageDialog::suppression() const
{
    core::Suppression suppression;
    suppression.check = m_finding.check;
    suppression.site = m_thisSite->isChecked() ? m_finding.siteUrl : QString();
    suppression.type = m_finding.type;
    suppression.state = m_state;
    suppression.reason = m_reason->toPlainText().trimmed();
    suppression.by = m_by->text().trimmed();
    if (m_expiresOn->isChecked())
        suppression.expires = m_expires->date();
    return suppression;
}

} // namespace ui
