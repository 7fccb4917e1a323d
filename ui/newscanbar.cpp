#include "newscanbar.h"

#include "api/types.h"
#include "model/scanlistmodel.h"
#include "style.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

NewScanBar::NewScanBar(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_start(new QPushButton(tr("Start scan"), this))
    , m_message(new QLabel(this))
{
    m_url->setPlaceholderText(tr("Site to scan, e.g. https://example.com"));
    m_url->setClearButtonEnabled(true);
    m_url->setAccessibleName(tr("Site address"));
    m_url->setMinimumWidth(320);
    for (const auto &type : core::scanTypes())
        m_type->addItem(core::ScanListModel::scanTypeName(type), type);
    m_type->setAccessibleName(tr("Scan type"));
    m_type->setToolTip(tr("What the scan checks: security, performance, accessibility or SEO"));
    m_start->setToolTip(tr("Start scanning the site (Enter); several sites at once are listed "
                           "for a confirmation first"));
    m_start->setDefault(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(m_type);
    row->addWidget(m_start);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_url, &QLineEdit::returnPressed, this, &NewScanBar::submit);
    connect(m_start, &QPushButton::clicked, this, &NewScanBar::submit);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        if (m_start->isEnabled())
            clearMessage();
    });
}

void NewScanBar::submit()
{
    if (!m_start->isEnabled())
        return;
    emit startRequested(m_url->text(), m_type->currentData().toString());
}

void NewScanBar::showError(const QString &target, const QString &message)
{
    // Keep what the user typed: a failed launch must not lose it.
    if (m_url->text().trimmed().isEmpty())
        m_url->setText(target);
    setTone(m_message, Tone::Bad);
    m_message->setText(message);
    m_message->show();
}

void NewScanBar::showInfo(const QString &message)
{
    setTone(m_message, Tone::Muted);
    m_message->setText(message);
    m_message->show();
}

void NewScanBar::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void NewScanBar::setBlocked(const QString &reason)
{
    const bool blocked = !reason.isEmpty();
    m_start->setEnabled(!blocked);
    m_start->setToolTip(blocked ? reason.toHtmlEscaped() : QString());
    if (blocked)
        showError(QString(), reason);
}

} // namespace ui
