#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;
class Settings;

// Preferences: language (applied at the next start), task polling interval, thumbnail size.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    void apply(); // writes the choices to the settings

private:
    Settings &m_settings;
    QComboBox *m_language;
    QSpinBox *m_poll;
    QSpinBox *m_thumbnail;
    QComboBox *m_theme;
};
