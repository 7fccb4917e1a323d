#include "preferencesdialog.h"

#include "api/urlpolicy.h"
#include "model/scanlistmodel.h"
#include "scancontroller.h"
#include "style.h"
#include "text/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace ui {

PreferencesDialog::PreferencesDialog(const Values &values, core::ScanController &controller,
                                     QWidget *parent)
    : QDialog(parent)
    , m_apiUrl(new QLineEdit(values.apiUrl, this))
    , m_apiUrlMessage(plainLabel(this))
    , m_apiKey(new QLineEdit(values.apiKey, this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_testMessage(plainLabel(this))
    , m_interval(new QSpinBox(this))
    , m_type(new QComboBox(this))
    , m_notifyCompleted(new QCheckBox(tr("When a scan &completes"), this))
    , m_notifyFailed(new QCheckBox(tr("When a scan &fails"), this))
    , m_theme(new QComboBox(this))
    , m_triageName(new QLineEdit(values.triageName, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_controller(controller)
{
    setWindowTitle(tr("Preferences"));
    m_apiUrl->setAccessibleName(tr("API URL"));
    m_apiUrl->setAccessibleDescription(tr("The AppVet API's address: https, or plain http on "
                                          "this computer only. Used from the next start."));
    m_apiUrlMessage->setWordWrap(true);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setAccessibleDescription(tr("Kept in the desktop keyring, never in a file."));
    auto *show = new QToolButton(this);
    show->setText(tr("Show"));
    show->setCheckable(true);
    show->setAccessibleName(tr("Show the API key"));
    connect(show, &QToolButton::toggled, this, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_test->setAccessibleDescription(tr("Asks AppVet for the key's plan and quota"));
    m_testMessage->setWordWrap(true);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(show);
    keyRow->addWidget(m_test);

    m_interval->setRange(3, 5);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(values.intervalSeconds);
    m_interval->setAccessibleName(tr("Update interval"));
    for (const QString &type : core::scanTypes())
        m_type->addItem(core::ScanListModel::scanTypeName(type), type);
    m_type->setCurrentIndex(qMax(0, m_type->findData(values.scanType)));
    m_type->setAccessibleName(tr("Default scan type"));
    m_notifyCompleted->setChecked(values.notifyCompleted);
    m_notifyFailed->setChecked(values.notifyFailed);
    m_theme->addItem(tr("As the desktop"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(values.theme)));
    m_theme->setAccessibleName(tr("Theme"));

    auto *form = new QFormLayout;
    form->addRow(tr("API &URL:"), m_apiUrl);
    form->addRow(QString(), m_apiUrlMessage);
    form->addRow(tr("API &key:"), keyRow);
    form->addRow(QString(), m_testMessage);
    form->addRow(tr("&Update interval:"), m_interval);
    form->addRow(tr("Default scan &type:"), m_type);
    auto *notifications = new QVBoxLayout;
    notifications->addWidget(m_notifyCompleted);
    notifications->addWidget(m_notifyFailed);
    form->addRow(tr("Notifications:"), notifications);
    form->addRow(tr("T&heme:"), m_theme);
    m_triageName->setAccessibleName(tr("Your name for triage"));
    m_triageName->setAccessibleDescription(
        tr("Who accepted a risk or marked a false positive, unless you say otherwise"));
    form->addRow(tr("Your &name for triage:"), m_triageName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_apiUrl, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &PreferencesDialog::testKey);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

PreferencesDialog::~PreferencesDialog() = default;

PreferencesDialog::Values PreferencesDialog::values() const
{
    return { m_apiUrl->text().trimmed(),
             m_apiKey->text().trimmed(),
             m_interval->value(),
             m_type->currentData().toString(),
             m_notifyCompleted->isChecked(),
             m_notifyFailed->isChecked(),
             m_theme->currentData().toString(),
             m_triageName->text().trimmed() };
}

void PreferencesDialog::validate()
{
    const core::CheckedUrl checked = core::checkApiBase(m_apiUrl->text());
    m_apiUrlMessage->setText(checked.ok() ? tr("Used from the next start.") : checked.refusal);
    setTone(m_apiUrlMessage, checked.ok() ? Tone::Muted : Tone::Bad);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(checked.ok());
    m_test->setEnabled(checked.ok());
}

void PreferencesDialog::testKey()
{
    const core::CheckedUrl checked = core::checkApiBase(m_apiUrl->text());
    if (!checked.ok())
        return;
    // A client of its own: the test must not touch the running session's budget.
    m_test->setEnabled(false);
    m_testMessage->setText(tr("Asking AppVet…"));
    setTone(m_testMessage, Tone::Muted);
    // An unchanged (empty) key field tests the key in use.
    m_controller.testConnection(
        checked.url, m_apiKey->text().trimmed(), this,
        [this](const core::Usage &usage, const QString &error) {
            m_test->setEnabled(true);
            if (error.isEmpty()) {
                m_testMessage->setText(tr("The key works: %1 plan, %2 of %3 scans left this month.")
                                           .arg(core::displayText(usage.tier, 20),
                                                QString::number(usage.scans.remaining),
                                                QString::number(usage.scans.limit)));
                setTone(m_testMessage, Tone::Excellent);
            } else {
                m_testMessage->setText(
                    tr("The test failed: %1").arg(core::displayText(error, 300)));
                setTone(m_testMessage, Tone::Bad);
            }
        });
}

} // namespace ui
