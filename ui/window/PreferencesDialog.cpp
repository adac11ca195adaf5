#include "window/PreferencesDialog.h"

#include "session/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_poll = new QSpinBox(this);
    m_poll->setObjectName(QStringLiteral("pollInterval"));
    m_poll->setRange(1, 60);
    m_poll->setSuffix(tr(" s"));
    m_poll->setValue(settings.pollIntervalSeconds());
    m_thumbnail = new QSpinBox(this);
    m_thumbnail->setObjectName(QStringLiteral("thumbnailSize"));
    m_thumbnail->setRange(64, 512);
    m_thumbnail->setSingleStep(16);
    m_thumbnail->setSuffix(tr(" px"));
    m_thumbnail->setValue(settings.thumbnailSize());
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("The system's"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.theme())));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies when the app starts again."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    form->addRow(tr("Check a running task &every:"), m_poll);
    form->addRow(tr("&Thumbnail size:"), m_thumbnail);
    form->addRow(tr("C&olours:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::apply()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setPollIntervalSeconds(m_poll->value());
    m_settings.setThumbnailSize(m_thumbnail->value());
    m_settings.setTheme(m_theme->currentData().toString());
    m_settings.sync();
}
