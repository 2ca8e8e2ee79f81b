#pragma once

#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

class ServerConnection;

// What it takes to leave kiosk mode: the exit PIN from the config file (on an on-screen keypad;
// only its SHA-256 is stored), or a manager's or admin's sign-in, checked by a sign_in on a
// connection of its own that lives only as long as the check (the kiosk's own session stays as it
// is). Accepted only when one of them is right; anything else keeps the kiosk locked.
class KioskExitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskExitDialog)

public:
    KioskExitDialog(const QString &pinHash, const QUrl &serverUrl, const QString &terminalId, QWidget *parent = nullptr);
    ~KioskExitDialog() override;

    QString message() const;
    // The manager sign-in, as its fields and button do (tests).
    void signInAs(const QString &user, const QString &password);

private:
    void keyPressed(const QString &digit);
    void checkPin();
    void checkManager();
    void retranslate();

    QString m_pinHash;
    QUrl m_url;
    QString m_terminalId;
    QString m_pin;
    QLabel *m_title;
    QLabel *m_pinLabel;
    QLabel *m_pinDots;
    QLabel *m_managerLabel;
    QLabel *m_message;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_pinOk;
    QPushButton *m_clear;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QPointer<ServerConnection> m_check;
};

} // namespace Marquee
