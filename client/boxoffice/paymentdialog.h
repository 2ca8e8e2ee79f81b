#pragma once

#include "errors.h"
#include "money.h"
#include "protocol.h"

#include <QtWidgets/QDialog>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QColor;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QWidget;

namespace Marquee {

// Takes the payment for an amount due: cash (amount tendered, change due), card (the whole amount
// on the payment terminal) or split (a card part and a cash rest). The dialog never talks to the
// network. Its flow:
//
//   1. The cashier enters the payment and presses Pay (Enter): the dialog emits
//      paymentRequested(payments) and waits (it cannot be closed while the sale is in progress).
//   2. The main window sends a sell request (a new request id for every paymentRequested: a retry
//      after a decline is a new attempt, not a replay), forwards the terminal's pushes to
//      showProgress(), and answers with paymentSucceeded() or paymentFailed().
//      The customer's e-mail address (optional) goes with it: the server mails the tickets there.
//   3. Success shows the change due; Done (Enter) accepts the dialog, sellReply() holds the reply.
//      A decline or timeout offers "Try again", "Pay cash instead" and "Change payment"; the hold
//      and the basket stay as they were.
//   4. The hold's countdown runs in the dialog (setHoldExpiry()). When it runs out before a sale is
//      under way, Pay is gone and the dialog says so in a plain sentence, offering to hold the
//      same seats again (reholdRequested(); the main window answers with holdRenewed() or
//      holdLost()).
class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    enum class Mode { Cash, Card, Split };
    Q_ENUM(Mode)
    enum class State { Editing, InProgress, Succeeded, Failed, Expired };
    Q_ENUM(State)
    enum class Outcome { Approved, Declined, TimedOut, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit PaymentDialog(const Money &amountDue, QWidget *parent = nullptr);
    ~PaymentDialog() override;

    Money amountDue() const { return m_due; }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    State state() const { return m_state; }

    // The payments as currently entered, in the order to send them (card before cash); empty while
    // the input is not valid (validationMessage() says why).
    QList<Payment> payments() const;
    QString validationMessage() const;
    // tendered - cash amount for the entered input; nullopt when there is nothing to show.
    std::optional<Money> changeDue() const;
    // "E-mail the tickets to" (optional): the address when one is typed (trimmed), nullopt when
    // the field is empty. An address that is not one keeps Pay disabled (emailError() says why).
    std::optional<QString> customerEmail() const;
    void setCustomerEmail(const QString &email);
    QString emailError() const;
    // The reply of the successful sale.
    std::optional<SellReply> sellReply() const { return m_reply; }

    // Amounts offered as quick-cash buttons: the exact amount first, then the next round amounts
    // above it (e.g. 23.50 -> 23.50, 25, 30, 40, 50). Integer arithmetic only.
    static QList<Money> quickCashAmounts(const Money &due);
    // Parses an amount typed by the cashier: "12.50", "12,50", "12" (surrounding spaces ignored).
    static Result<Money> parseAmount(QStringView text, const Currency &currency);

    // From the main window.
    void showProgress(const PaymentProgressPush &progress);
    void showOutcome(Outcome outcome, const QString &message = {});
    void paymentSucceeded(const SellReply &reply);
    void paymentFailed(ErrorCode code, const QString &message);
    // The hold being paid for, and what became of it.
    void setHoldExpiry(const QDateTime &expiresAt);
    QDateTime holdExpiry() const { return m_holdExpiry; }
    QString holdCountdownText() const;
    void holdRenewed(const QDateTime &expiresAt);
    void holdLost(const QString &message);

    void reject() override;

Q_SIGNALS:
    void paymentRequested(const QList<Payment> &payments);
    void reholdRequested();

private:
    struct Evaluation
    {
        QList<Payment> payments;
        QString error;
        std::optional<Money> change;
    };
    Evaluation evaluate() const;
    Evaluation evaluatePayments() const;
    void updateValidation();
    void requestPayment();
    void setState(State state);
    void setBanner(const QString &text, const QString &detail, const QColor &colour);
    void splitEdited(bool cardEdited);
    void retry();
    void tickHold();
    void expire(const QString &detail);
    void payCashInstead();
    void changePayment();
    QString format(const Money &amount) const;

    Money m_due;
    Mode m_mode = Mode::Cash;
    State m_state = State::Editing;
    bool m_canRetry = true;
    QList<Payment> m_requested;
    std::optional<SellReply> m_reply;

    QButtonGroup *m_modeGroup = nullptr;
    QStackedWidget *m_pages = nullptr; // editing / status
    QStackedWidget *m_modePages = nullptr; // cash / card / split
    QLineEdit *m_tendered = nullptr;
    QList<QPushButton *> m_quickButtons;
    QLabel *m_change = nullptr;
    QLineEdit *m_splitCard = nullptr;
    QLineEdit *m_splitCash = nullptr;
    QLineEdit *m_splitTendered = nullptr;
    QLabel *m_splitChange = nullptr;
    QLabel *m_validation = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailError = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_bannerDetail = nullptr;
    QLabel *m_finalChange = nullptr;
    QPushButton *m_payButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cashInsteadButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_doneButton = nullptr;
    QPushButton *m_reholdButton = nullptr;
    QLabel *m_holdCountdown = nullptr;
    QTimer *m_holdTimer = nullptr;
    QDateTime m_holdExpiry;
};

} // namespace Marquee
