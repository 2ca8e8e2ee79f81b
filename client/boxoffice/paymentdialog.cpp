#include "paymentdialog.h"

#include "formatting.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtGui/QColor>
#include <QtGui/QRegularExpressionValidator>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

constexpr int EditingPage = 0;
constexpr int StatusPage = 1;

const QColor neutralColour(0x1f, 0x5f, 0xa8); // blue: waiting
const QColor approvedColour(0x1b, 0x7a, 0x3a); // green
const QColor declinedColour(0xb3, 0x26, 0x1e); // red
const QColor warningColour(0x8a, 0x5a, 0x00); // dark amber: timed out, cancelled

qint64 minorPerMajor(const Currency &currency)
{
    qint64 unit = 1;
    for (int i = 0; i < currency.minorDigits(); ++i)
        unit *= 10;
    return unit;
}

// "25" for a whole amount, "23.50" otherwise.
QString shortAmount(const Money &amount)
{
    const qint64 unit = minorPerMajor(amount.currency());
    if (amount.minorUnits() % unit == 0)
        return QString::number(amount.minorUnits() / unit);
    return amount.toDecimalString();
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLineEdit *amountEdit(const Currency &currency, const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    const QString pattern = currency.minorDigits() > 0
        ? QStringLiteral("\\s*\\d{0,15}([.,]\\d{0,%1})?\\s*").arg(currency.minorDigits())
        : QStringLiteral("\\s*\\d{0,15}\\s*");
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    edit->setAlignment(Qt::AlignRight);
    edit->setFont(scaledFont(edit->font(), 1.6, false));
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

PaymentDialog::PaymentDialog(const Money &amountDue, QWidget *parent) : QDialog(parent), m_due(amountDue)
{
    setWindowTitle(tr("Payment"));
    setModal(true);

    auto *dueCaption = new QLabel(tr("Amount due"), this);
    auto *dueLabel = new QLabel(format(m_due), this);
    dueLabel->setObjectName(QStringLiteral("amountDue"));
    dueLabel->setFont(scaledFont(font(), 2.4, true));
    dueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(dueCaption);
    dueRow->addWidget(dueLabel, 1);
    m_holdCountdown = new QLabel(this);
    m_holdCountdown->setObjectName(QStringLiteral("holdCountdown"));
    m_holdCountdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_holdCountdown->setFont(scaledFont(font(), 1.2, false));
    m_holdCountdown->hide();
    m_holdTimer = new QTimer(this);
    m_holdTimer->setInterval(250);
    connect(m_holdTimer, &QTimer::timeout, this, &PaymentDialog::tickHold);

    // --- editing page -------------------------------------------------------------------------
    auto *editingPage = new QWidget(this);

    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->setExclusive(true);
    auto *modeRow = new QHBoxLayout;
    const auto addMode = [&](Mode mode, const QString &text, const QString &name) {
        auto *button = new QPushButton(text, editingPage);
        button->setObjectName(name);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus); // mnemonics (Alt+key) keep the keyboard in the amount field
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        button->setStyleSheet(QStringLiteral("QPushButton:checked { background-color: %1; color: white;"
                                             " font-weight: bold; border: none; border-radius: 4px; }")
                                  .arg(neutralColour.name()));
        m_modeGroup->addButton(button, int(mode));
        modeRow->addWidget(button);
    };
    addMode(Mode::Cash, tr("&Cash"), QStringLiteral("modeCash"));
    addMode(Mode::Card, tr("C&ard"), QStringLiteral("modeCard"));
    addMode(Mode::Split, tr("S&plit card + cash"), QStringLiteral("modeSplit"));

    m_modePages = new QStackedWidget(editingPage);

    // Cash.
    auto *cashPage = new QWidget(m_modePages);
    m_tendered = amountEdit(m_due.currency(), QStringLiteral("tendered"), cashPage);
    m_tendered->setPlaceholderText(tr("Amount tendered"));
    auto *quickGrid = new QGridLayout;
    const QList<Money> quick = quickCashAmounts(m_due);
    for (qsizetype i = 0; i < quick.size(); ++i) {
        const Money amount = quick.at(i);
        const QString text = i == 0 ? tr("Exact %1").arg(shortAmount(amount)) : shortAmount(amount);
        auto *button = new QPushButton(text, cashPage);
        button->setObjectName(QStringLiteral("quickCash%1").arg(i));
        button->setProperty("minorUnits", amount.minorUnits());
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus); // clicking keeps the focus in the amount field
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        connect(button, &QPushButton::clicked, this, [this, amount] {
            m_tendered->setText(amount.toDecimalString());
            m_tendered->setFocus();
            updateValidation();
        });
        m_quickButtons.append(button);
        quickGrid->addWidget(button, 0, int(i));
    }
    m_change = new QLabel(cashPage);
    m_change->setObjectName(QStringLiteral("changeDue"));
    m_change->setFont(scaledFont(font(), 3.0, true));
    m_change->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *cashForm = new QFormLayout;
    cashForm->addRow(tr("&Tendered:"), m_tendered);
    auto *cashLayout = new QVBoxLayout(cashPage);
    cashLayout->addLayout(cashForm);
    cashLayout->addLayout(quickGrid);
    auto *changeRow = new QHBoxLayout;
    changeRow->addWidget(new QLabel(tr("Change due"), cashPage));
    changeRow->addWidget(m_change, 1);
    cashLayout->addLayout(changeRow);
    cashLayout->addStretch();
    m_modePages->addWidget(cashPage);

    // Card.
    auto *cardPage = new QWidget(m_modePages);
    auto *cardText = new QLabel(tr("The whole amount, %1, is charged on the card terminal.").arg(format(m_due)),
                                cardPage);
    cardText->setWordWrap(true);
    cardText->setFont(scaledFont(font(), 1.3, false));
    auto *cardLayout = new QVBoxLayout(cardPage);
    cardLayout->addWidget(cardText);
    cardLayout->addStretch();
    m_modePages->addWidget(cardPage);

    // Split.
    auto *splitPage = new QWidget(m_modePages);
    m_splitCard = amountEdit(m_due.currency(), QStringLiteral("splitCard"), splitPage);
    m_splitCash = amountEdit(m_due.currency(), QStringLiteral("splitCash"), splitPage);
    m_splitTendered = amountEdit(m_due.currency(), QStringLiteral("splitTendered"), splitPage);
    m_splitTendered->setPlaceholderText(tr("Exact"));
    m_splitChange = new QLabel(splitPage);
    m_splitChange->setObjectName(QStringLiteral("splitChangeDue"));
    m_splitChange->setFont(scaledFont(font(), 2.2, true));
    m_splitChange->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *splitForm = new QFormLayout(splitPage);
    splitForm->addRow(tr("Ca&rd part:"), m_splitCard);
    splitForm->addRow(tr("Ca&sh part:"), m_splitCash);
    splitForm->addRow(tr("Cash te&ndered:"), m_splitTendered);
    splitForm->addRow(tr("Change due"), m_splitChange);
    m_modePages->addWidget(splitPage);

    m_validation = new QLabel(editingPage);
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(declinedColour.name()));

    // The customer's e-mail (optional): the server mails the tickets there once the sale is made.
    m_email = new QLineEdit(editingPage);
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_email->setPlaceholderText(tr("optional: the tickets are sent there"));
    m_email->setMaxLength(int(MaxCustomerEmailLength));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_email->setClearButtonEnabled(true);
    m_emailError = new QLabel(editingPage);
    m_emailError->setObjectName(QStringLiteral("emailError"));
    m_emailError->setWordWrap(true);
    m_emailError->setStyleSheet(QStringLiteral("color: %1;").arg(declinedColour.name()));
    m_emailError->hide();
    auto *emailForm = new QFormLayout;
    auto *emailBox = new QWidget(editingPage);
    auto *emailColumn = new QVBoxLayout(emailBox);
    emailColumn->setContentsMargins(0, 0, 0, 0);
    emailColumn->setSpacing(2);
    emailColumn->addWidget(m_email);
    emailColumn->addWidget(m_emailError);
    emailForm->addRow(tr("&E-mail tickets to:"), emailBox);

    auto *editingLayout = new QVBoxLayout(editingPage);
    editingLayout->setContentsMargins(0, 0, 0, 0);
    editingLayout->addLayout(modeRow);
    editingLayout->addWidget(m_modePages, 1);
    editingLayout->addLayout(emailForm);
    editingLayout->addWidget(m_validation);

    // --- status page --------------------------------------------------------------------------
    auto *statusPage = new QWidget(this);
    m_banner = new QLabel(statusPage);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setFont(scaledFont(font(), 3.0, true));
    m_banner->setMinimumHeight(m_banner->fontMetrics().height() * 2);
    m_bannerDetail = new QLabel(statusPage);
    m_bannerDetail->setObjectName(QStringLiteral("bannerDetail"));
    m_bannerDetail->setAlignment(Qt::AlignCenter);
    m_bannerDetail->setWordWrap(true);
    m_bannerDetail->setFont(scaledFont(font(), 1.2, false));
    m_finalChange = new QLabel(statusPage);
    m_finalChange->setObjectName(QStringLiteral("finalChangeDue"));
    m_finalChange->setAlignment(Qt::AlignCenter);
    m_finalChange->setFont(scaledFont(font(), 3.0, true));
    auto *statusLayout = new QVBoxLayout(statusPage);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_banner);
    statusLayout->addWidget(m_bannerDetail);
    statusLayout->addWidget(m_finalChange);
    statusLayout->addStretch();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(editingPage);
    m_pages->addWidget(statusPage);

    // --- buttons ------------------------------------------------------------------------------
    const auto makeButton = [this](const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        return button;
    };
    m_retryButton = makeButton(tr("&Try again"), QStringLiteral("retryButton"));
    m_cashInsteadButton = makeButton(tr("Pay ca&sh instead"), QStringLiteral("cashInsteadButton"));
    m_editButton = makeButton(tr("C&hange payment"), QStringLiteral("editButton"));
    m_cancelButton = makeButton(tr("Cancel"), QStringLiteral("cancelButton"));
    m_payButton = makeButton(tr("Pay"), QStringLiteral("payButton"));
    m_doneButton = makeButton(tr("Done"), QStringLiteral("doneButton"));
    m_reholdButton = makeButton(tr("&Hold the same seats again"), QStringLiteral("reholdButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_reholdButton);
    buttonRow->addWidget(m_retryButton);
    buttonRow->addWidget(m_cashInsteadButton);
    buttonRow->addWidget(m_editButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_cancelButton);
    buttonRow->addWidget(m_payButton);
    buttonRow->addWidget(m_doneButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dueRow);
    layout->addWidget(m_holdCountdown);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttonRow);

    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentDialog::updateValidation);
    connect(m_email, &QLineEdit::textChanged, this, &PaymentDialog::updateValidation);
    connect(m_email, &QLineEdit::returnPressed, this, &PaymentDialog::requestPayment);
    connect(m_splitCard, &QLineEdit::textEdited, this, [this] { splitEdited(true); });
    connect(m_splitCash, &QLineEdit::textEdited, this, [this] { splitEdited(false); });
    for (QLineEdit *edit : {m_splitCard, m_splitCash, m_splitTendered})
        connect(edit, &QLineEdit::textChanged, this, &PaymentDialog::updateValidation);
    connect(m_payButton, &QPushButton::clicked, this, &PaymentDialog::requestPayment);
    connect(m_cancelButton, &QPushButton::clicked, this, &PaymentDialog::reject);
    connect(m_doneButton, &QPushButton::clicked, this, &PaymentDialog::accept);
    connect(m_retryButton, &QPushButton::clicked, this, &PaymentDialog::retry);
    connect(m_cashInsteadButton, &QPushButton::clicked, this, &PaymentDialog::payCashInstead);
    connect(m_editButton, &QPushButton::clicked, this, &PaymentDialog::changePayment);
    connect(m_reholdButton, &QPushButton::clicked, this, [this] {
        if (m_state != State::Expired)
            return;
        m_reholdButton->setEnabled(false);
        setBanner(tr("Holding the seats again\u2026"), QString(), neutralColour);
        Q_EMIT reholdRequested();
    });

    setMinimumWidth(520);
    setMode(Mode::Cash);
    setState(State::Editing);
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton *button = m_modeGroup->button(int(mode)))
        button->setChecked(true);
    m_modePages->setCurrentIndex(int(mode));
    switch (mode) {
    case Mode::Cash:
        m_tendered->setFocus();
        m_tendered->selectAll();
        break;
    case Mode::Card:
        m_payButton->setFocus();
        break;
    case Mode::Split:
        m_splitCard->setFocus();
        m_splitCard->selectAll();
        break;
    }
    updateValidation();
}

Result<Money> PaymentDialog::parseAmount(QStringView text, const Currency &currency)
{
    return parseMoneyInput(text, currency);
}

QList<Money> PaymentDialog::quickCashAmounts(const Money &due)
{
    QList<Money> amounts { due };
    const qint64 d = due.minorUnits();
    if (!due.currency().isValid() || d <= 0)
        return amounts;
    // Round amounts in steps of 1, 2, 5 x 10^k major units, ignoring steps under a tenth of the
    // amount due (nobody pays 23.50 with 24).
    constexpr qsizetype wanted = 5; // the exact amount and four round ones
    const qint64 minimumStep = d / 10 + (d % 10 != 0 ? 1 : 0);
    for (qint64 base = minorPerMajor(due.currency()); amounts.size() < wanted;) {
        for (const qint64 factor : { 1, 2, 5 }) {
            qint64 step = 0;
            if (qMulOverflow(base, factor, &step))
                return amounts;
            if (step < minimumStep || d % step == 0)
                continue;
            qint64 next = 0;
            if (qMulOverflow(d / step + 1, step, &next))
                return amounts;
            if (next > amounts.constLast().minorUnits())
                amounts.append(Money(next, due.currency()));
            if (amounts.size() == wanted)
                break;
        }
        if (qMulOverflow(base, qint64(10), &base))
            break;
    }
    return amounts;
}

std::optional<QString> PaymentDialog::customerEmail() const
{
    const QString email = m_email->text().trimmed();
    return email.isEmpty() ? std::nullopt : std::optional<QString>(email);
}

void PaymentDialog::setCustomerEmail(const QString &email)
{
    m_email->setText(email);
}

QString PaymentDialog::emailError() const
{
    const auto email = customerEmail();
    if (!email || isPlausibleEmail(*email))
        return {};
    return tr("This is not an e-mail address (name@example.org); correct it or leave the field empty.");
}

PaymentDialog::Evaluation PaymentDialog::evaluate() const
{
    Evaluation result = evaluatePayments();
    const QString email = emailError();
    if (!email.isEmpty() && !result.payments.isEmpty()) {
        result.payments.clear(); // not paid with a typo in the address: the mail would go nowhere
        result.error = email;
    }
    return result;
}

PaymentDialog::Evaluation PaymentDialog::evaluatePayments() const
{
    Evaluation result;
    const Currency &currency = m_due.currency();
    if (!currency.isValid() || m_due.minorUnits() <= 0) {
        result.error = tr("There is nothing to pay.");
        return result;
    }
    // An empty field is incomplete input, not an error worth a red message.
    const auto field = [&result, &currency](const QLineEdit *edit, bool *empty) -> std::optional<Money> {
        *empty = edit->text().trimmed().isEmpty();
        if (*empty)
            return std::nullopt;
        auto amount = parseAmount(edit->text(), currency);
        if (!amount) {
            result.error = amount.error().message;
            return std::nullopt;
        }
        return *amount;
    };
    bool empty = false;
    switch (m_mode) {
    case Mode::Cash: {
        const auto tendered = field(m_tendered, &empty);
        if (!tendered)
            return result;
        const auto change = tendered->minus(m_due);
        if (!change) {
            result.error = change.error().message;
            return result;
        }
        if (change->isNegative()) {
            result.error = tr("%1 short: the amount tendered is less than the amount due.")
                               .arg(format(Money(-change->minorUnits(), currency)));
            return result;
        }
        result.change = *change;
        result.payments = { Payment { PaymentMethod::Cash, m_due, *tendered } };
        return result;
    }
    case Mode::Card:
        result.payments = { Payment { PaymentMethod::Card, m_due, std::nullopt } };
        return result;
    case Mode::Split: {
        bool cardEmpty = false;
        bool cashEmpty = false;
        const auto card = field(m_splitCard, &cardEmpty);
        if (!card && !cardEmpty)
            return result;
        const auto cash = field(m_splitCash, &cashEmpty);
        if (!card || !cash)
            return result;
        const auto sum = card->plus(*cash);
        if (!sum || !(*sum == m_due)) {
            result.error = sum ? tr("The card and cash parts add up to %1, not to the amount due.").arg(format(*sum))
                               : sum.error().message;
            return result;
        }
        QList<Payment> payments;
        if (card->minorUnits() > 0)
            payments.append(Payment { PaymentMethod::Card, *card, std::nullopt });
        if (cash->minorUnits() > 0) {
            Money tendered = *cash;
            if (const auto given = field(m_splitTendered, &empty)) {
                tendered = *given;
            } else if (!empty) {
                return result;
            }
            const auto change = tendered.minus(*cash);
            if (!change || change->isNegative()) {
                result.error = tr("The cash tendered is less than the cash part.");
                return result;
            }
            result.change = *change;
            payments.append(Payment { PaymentMethod::Cash, *cash, tendered });
        }
        result.payments = payments;
        return result;
    }
    }
    return result;
}

QList<Payment> PaymentDialog::payments() const
{
    return evaluate().payments;
}

QString PaymentDialog::validationMessage() const
{
    return evaluate().error;
}

std::optional<Money> PaymentDialog::changeDue() const
{
    return evaluate().change;
}

void PaymentDialog::updateValidation()
{
    const Evaluation result = evaluate();
    const QString change = result.change ? format(*result.change) : QStringLiteral("\u2014");
    m_change->setText(change);
    m_splitChange->setText(change);
    m_validation->setText(result.error == emailError() ? QString() : result.error);
    m_emailError->setText(emailError());
    m_emailError->setVisible(!emailError().isEmpty());
    m_payButton->setEnabled(m_state == State::Editing && !result.payments.isEmpty());
}

void PaymentDialog::splitEdited(bool cardEdited)
{
    QLineEdit *source = cardEdited ? m_splitCard : m_splitCash;
    QLineEdit *other = cardEdited ? m_splitCash : m_splitCard;
    const auto amount = parseAmount(source->text(), m_due.currency());
    if (!amount)
        return;
    const auto rest = m_due.minus(*amount);
    if (rest && !rest->isNegative())
        other->setText(rest->toDecimalString());
}

void PaymentDialog::requestPayment()
{
    if (m_state != State::Editing)
        return;
    const Evaluation result = evaluate();
    if (result.payments.isEmpty())
        return;
    m_requested = result.payments;
    m_canRetry = true;
    const bool card = std::any_of(m_requested.cbegin(), m_requested.cend(),
                                  [](const Payment &p) { return p.method == PaymentMethod::Card; });
    setState(State::InProgress);
    if (card)
        setBanner(tr("Card terminal\u2026"), tr("Waiting for the card terminal."), neutralColour);
    else
        setBanner(tr("Recording the sale\u2026"), QString(), neutralColour);
    Q_EMIT paymentRequested(m_requested);
}

void PaymentDialog::showProgress(const PaymentProgressPush &progress)
{
    if (m_state != State::InProgress)
        return; // a late push after the outcome changes nothing
    QString text;
    QString detail;
    QColor colour = neutralColour;
    switch (progress.stage) {
    case PaymentStage::WaitingForCard:
        text = tr("Present card");
        detail = tr("Insert, tap or swipe the card on the terminal.");
        break;
    case PaymentStage::Authorising:
        text = tr("Authorising\u2026");
        detail = tr("Waiting for the bank.");
        break;
    case PaymentStage::Approved:
        text = tr("Approved");
        detail = tr("Completing the sale\u2026");
        colour = approvedColour;
        break;
    case PaymentStage::Declined:
        text = tr("Declined");
        colour = declinedColour;
        break;
    case PaymentStage::Cancelled:
        text = tr("Cancelled");
        detail = tr("The payment was cancelled on the terminal.");
        colour = warningColour;
        break;
    }
    if (progress.message && !progress.message->isEmpty())
        detail = *progress.message;
    setBanner(text, detail, colour);
}

void PaymentDialog::showOutcome(Outcome outcome, const QString &message)
{
    const bool card = std::any_of(m_requested.cbegin(), m_requested.cend(),
                                  [](const Payment &p) { return p.method == PaymentMethod::Card; });
    switch (outcome) {
    case Outcome::Approved: {
        setState(State::Succeeded);
        setBanner(card ? tr("Approved") : tr("Paid"), message, approvedColour);
        std::optional<Money> change;
        if (m_reply)
            change = m_reply->changeDue;
        for (const Payment &p : std::as_const(m_requested)) {
            if (!change && p.method == PaymentMethod::Cash && p.tendered) {
                if (auto c = p.tendered->minus(p.amount))
                    change = *c;
            }
        }
        if (change) {
            m_finalChange->setText(tr("Change due: %1").arg(format(*change)));
            m_finalChange->show();
        }
        m_doneButton->setFocus();
        return;
    }
    case Outcome::Declined:
        setState(State::Failed);
        setBanner(tr("Declined"),
                  message.isEmpty() ? tr("The card was declined. The seats are still held.") : message,
                  declinedColour);
        break;
    case Outcome::TimedOut:
        setState(State::Failed);
        setBanner(tr("Timed out"),
                  message.isEmpty() ? tr("The card terminal did not answer. The seats are still held.")
                                    : message,
                  warningColour);
        break;
    case Outcome::Cancelled:
        setState(State::Failed);
        setBanner(tr("Cancelled"), message.isEmpty() ? tr("The payment was cancelled.") : message, warningColour);
        break;
    case Outcome::Failed:
        setState(State::Failed);
        setBanner(tr("Payment failed"), message, declinedColour);
        break;
    }
    if (m_retryButton->isEnabled())
        m_retryButton->setFocus();
    else
        m_cancelButton->setFocus();
}

void PaymentDialog::paymentSucceeded(const SellReply &reply)
{
    m_reply = reply;
    setHoldExpiry({}); // sold: the seats are the customer's, no longer held for a while
    QStringList details;
    details << tr("Sale %1: %n ticket(s)", nullptr, int(reply.tickets.size())).arg(reply.saleId);
    if (const auto email = customerEmail())
        details << tr("The tickets are on their way to %1.").arg(*email);
    for (const PaymentResult &p : reply.payments) {
        if (p.method == PaymentMethod::Card && p.reference)
            details << tr("Card %1, authorisation %2").arg(format(p.amount), *p.reference);
    }
    showOutcome(Outcome::Approved, details.join(u'\n'));
}

void PaymentDialog::paymentFailed(ErrorCode code, const QString &message)
{
    switch (code) {
    case ErrorCode::HoldExpired:
    case ErrorCode::HoldNotFound:
        // Nothing was charged or sold; the seats may still be free.
        expire(tr("The hold ran out before the sale: the seats are no longer reserved. Nothing was charged."));
        return;
    case ErrorCode::ShowClosed:
    case ErrorCode::SeatUnavailable:
        m_canRetry = false;
        showOutcome(Outcome::Failed,
                    message % u'\n' % tr("The seats are no longer held: close this and select them again."));
        return;
    case ErrorCode::PaymentDeclined:
        showOutcome(Outcome::Declined, message);
        return;
    case ErrorCode::PaymentTimeout:
        showOutcome(Outcome::TimedOut, message);
        return;
    default:
        showOutcome(Outcome::Failed, message.isEmpty() ? errorCodeDescription(code) : message);
        return;
    }
}

void PaymentDialog::retry()
{
    if (m_state != State::Failed || !m_canRetry || m_requested.isEmpty())
        return;
    const QList<Payment> payments = m_requested;
    setState(State::InProgress);
    setBanner(tr("Trying again\u2026"), QString(), neutralColour);
    Q_EMIT paymentRequested(payments);
}

void PaymentDialog::payCashInstead()
{
    if (m_state != State::Failed || !m_canRetry)
        return;
    setState(State::Editing);
    setMode(Mode::Cash);
}

void PaymentDialog::changePayment()
{
    if (m_state != State::Failed || !m_canRetry)
        return;
    setState(State::Editing);
    setMode(m_mode);
}

void PaymentDialog::reject()
{
    switch (m_state) {
    case State::InProgress:
        return; // the outcome of a sale in progress must be seen
    case State::Succeeded:
        accept(); // the sale is done: closing is confirming
        return;
    case State::Editing:
    case State::Failed:
    case State::Expired:
        QDialog::reject();
        return;
    }
}

void PaymentDialog::setHoldExpiry(const QDateTime &expiresAt)
{
    m_holdExpiry = expiresAt;
    m_holdCountdown->setVisible(expiresAt.isValid());
    if (expiresAt.isValid())
        m_holdTimer->start();
    else
        m_holdTimer->stop();
    tickHold();
}

QString PaymentDialog::holdCountdownText() const
{
    if (!m_holdExpiry.isValid())
        return {};
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_holdExpiry));
    if (left == 0)
        return tr("The hold has expired");
    return tr("Seats held for %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
}

void PaymentDialog::tickHold()
{
    if (!m_holdExpiry.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_holdExpiry);
    m_holdCountdown->setText(holdCountdownText());
    m_holdCountdown->setVisible(left > 0); // at expiry the banner says it
    m_holdCountdown->setStyleSheet(left < 60000 ? QStringLiteral("color: %1; font-weight: bold;").arg(declinedColour.name())
                                                : QString());
    // A sale in progress is decided by the server; only an idle dialog expires by itself.
    if (left <= 0 && (m_state == State::Editing || m_state == State::Failed)) {
        expire(tr("The seats are no longer reserved for this customer. Hold them again to take the payment."));
    }
}

void PaymentDialog::expire(const QString &detail)
{
    m_holdTimer->stop();
    m_canRetry = false;
    setState(State::Expired);
    setBanner(tr("The hold has expired"), detail, warningColour);
    m_reholdButton->setEnabled(true);
    m_reholdButton->setFocus();
}

void PaymentDialog::holdRenewed(const QDateTime &expiresAt)
{
    m_canRetry = true;
    setHoldExpiry(expiresAt);
    setState(State::Editing);
    updateValidation();
}

void PaymentDialog::holdLost(const QString &message)
{
    if (m_state != State::Expired)
        setState(State::Expired);
    setBanner(tr("The seats are gone"), message, declinedColour);
    m_reholdButton->setEnabled(false);
    m_cancelButton->setFocus();
}

void PaymentDialog::setState(State state)
{
    m_state = state;
    m_pages->setCurrentIndex(state == State::Editing ? EditingPage : StatusPage);
    const bool editing = state == State::Editing;
    const bool failed = state == State::Failed;
    const bool done = state == State::Succeeded;
    const bool requestedCard = std::any_of(m_requested.cbegin(), m_requested.cend(),
                                           [](const Payment &p) { return p.method == PaymentMethod::Card; });

    const bool expired = state == State::Expired;
    m_payButton->setVisible(editing);
    m_reholdButton->setVisible(expired);
    m_retryButton->setVisible(failed);
    m_retryButton->setEnabled(failed && m_canRetry);
    m_cashInsteadButton->setVisible(failed && requestedCard);
    m_cashInsteadButton->setEnabled(failed && m_canRetry);
    m_editButton->setVisible(failed);
    m_editButton->setEnabled(failed && m_canRetry);
    m_doneButton->setVisible(done);
    m_cancelButton->setVisible(!done);
    m_cancelButton->setEnabled(state != State::InProgress);
    m_cancelButton->setText(failed || expired ? tr("Close") : tr("Cancel"));
    m_cancelButton->setToolTip(state == State::InProgress ? tr("Wait for the payment to finish.") : QString());

    m_payButton->setDefault(editing);
    m_retryButton->setDefault(failed && m_canRetry);
    m_doneButton->setDefault(done);
    if (state != State::Succeeded)
        m_finalChange->hide();
    updateValidation();
}

void PaymentDialog::setBanner(const QString &text, const QString &detail, const QColor &colour)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 8px;"
                                           " padding: 12px; }")
                                .arg(colour.name()));
    m_banner->setProperty("bannerColour", colour.name());
    m_bannerDetail->setText(detail);
}

QString PaymentDialog::format(const Money &amount) const
{
    return formatMoney(amount);
}

} // namespace Marquee
