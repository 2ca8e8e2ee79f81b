#pragma once

#include <QtCore/QStringList>
#include <QtWidgets/QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Marquee {

class FieldErrors;
struct Webhook;

// An event type as people read it ("A sale is completed"), in the user's language; the wire name
// for a type this client does not know.
QString eventTypeTitle(const QString &type);

// Add webhook (URL, event types, secret, active) or Edit (the same; an empty secret keeps the
// current one). "Generate" fills in a random 32-character secret and shows it once, to be copied
// to the receiver (the server never sends a secret back). It does not talk to the server: OK
// checks the fields, shows what is wrong at them, and emits submitted(); the page sends the
// request and closes the dialog or shows the server's refusal at its field (showError()).
class WebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDialog)

public:
    static constexpr int GeneratedSecretLength = 32;

    // `eventTypes`: the types the server knows; Add without `webhook`, else Edit.
    WebhookDialog(const QStringList &eventTypes, const Webhook *webhook, QWidget *parent = nullptr);
    ~WebhookDialog() override;

    bool isNew() const { return m_new; }
    QString url() const;
    QStringList eventTypes() const; // in the server's order
    QString secret() const; // "" in Edit: keep the current one
    bool active() const;

    void setUrl(const QString &url);
    void setEventTypes(const QStringList &types);
    void setSecret(const QString &secret);
    void setActive(bool active);
    // Makes a new random secret, puts it in the field and shows it (the Generate button).
    void generateSecret();
    // Checks the fields and emits submitted() when they are fine (the OK button).
    void submit();

    // The server's refusal at its field (`where`), else under the fields.
    void showError(const QString &message, const QString &where);
    // The message shown at a field ("/body/url", "/body/eventTypes", "/body/secret"; "" for the
    // general one).
    QString errorAt(const QString &path) const;
    void setBusy(bool busy);

    // A random secret of GeneratedSecretLength letters and digits (~190 bits).
    static QString randomSecret();

Q_SIGNALS:
    void submitted();

private:
    bool m_new;
    QStringList m_types;
    QLineEdit *m_url;
    QList<QCheckBox *> m_typeBoxes;
    QLineEdit *m_secret;
    QPushButton *m_generate;
    QLabel *m_secretNote;
    QCheckBox *m_active;
    QLabel *m_message;
    QPushButton *m_ok;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace Marquee
