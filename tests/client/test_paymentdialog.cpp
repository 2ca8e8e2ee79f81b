#include "paymentdialog.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QtCore/QDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace Marquee;

namespace {

Money eur(qint64 cents)
{
    return *Money::fromMinor(cents, u"EUR");
}

Money jpy(qint64 yen)
{
    return *Money::fromMinor(yen, u"JPY");
}

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

QString labelText(const QWidget &parent, const char *name)
{
    const auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

void type(const QWidget &dialog, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, field);
    ASSERT_NE(edit, nullptr);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QList<Payment> firstRequest(const QSignalSpy &spy)
{
    if (spy.isEmpty())
        return {};
    return spy.first().first().value<QList<Payment>>();
}

// MARQUEE_SCREENSHOT_DIR=/tmp/x: keep pictures of the dialog's states to look at.
void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name));
}

Payment cash(const Money &amount, const Money &tendered)
{
    return Payment { PaymentMethod::Cash, amount, tendered };
}

Payment card(const Money &amount)
{
    return Payment { PaymentMethod::Card, amount, std::nullopt };
}

} // namespace

TEST(PaymentDialog, QuickCashAmountsAreTheExactAmountAndTheNextRoundOnes)
{
    EXPECT_EQ(PaymentDialog::quickCashAmounts(eur(2350)),
              (QList<Money> { eur(2350), eur(2500), eur(3000), eur(4000), eur(5000) }));
    EXPECT_EQ(PaymentDialog::quickCashAmounts(eur(720)),
              (QList<Money> { eur(720), eur(800), eur(1000), eur(2000), eur(5000) }));
    EXPECT_EQ(PaymentDialog::quickCashAmounts(eur(2000)),
              (QList<Money> { eur(2000), eur(5000), eur(10000), eur(20000), eur(50000) }));
    EXPECT_EQ(PaymentDialog::quickCashAmounts(jpy(2350)),
              (QList<Money> { jpy(2350), jpy(2500), jpy(3000), jpy(4000), jpy(5000) }));
    // Close to the limit of qint64: fewer buttons, no overflow.
    const Money huge = eur(std::numeric_limits<qint64>::max() - 7);
    const QList<Money> amounts = PaymentDialog::quickCashAmounts(huge);
    ASSERT_FALSE(amounts.isEmpty());
    EXPECT_EQ(amounts.first(), huge);
}

TEST(PaymentDialog, ParsesBothDecimalSeparators)
{
    const Currency euro = *Currency::fromCode(u"EUR");
    EXPECT_EQ(*PaymentDialog::parseAmount(u"12.50", euro), eur(1250));
    EXPECT_EQ(*PaymentDialog::parseAmount(u" 12,50 ", euro), eur(1250));
    EXPECT_EQ(*PaymentDialog::parseAmount(u"12", euro), eur(1200));
    EXPECT_EQ(*PaymentDialog::parseAmount(u"12.", euro), eur(1200));
    EXPECT_FALSE(PaymentDialog::parseAmount(u"1.234,50", euro));
    EXPECT_FALSE(PaymentDialog::parseAmount(u"12.505", euro)); // never rounded
    EXPECT_FALSE(PaymentDialog::parseAmount(u"-5", euro));
    EXPECT_FALSE(PaymentDialog::parseAmount(u"abc", euro));
    const Currency yen = *Currency::fromCode(u"JPY");
    EXPECT_EQ(*PaymentDialog::parseAmount(u"2000", yen), jpy(2000));
    EXPECT_FALSE(PaymentDialog::parseAmount(u"2000.5", yen));
}

TEST(PaymentDialog, ShowsTheChangeForCashTendered)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    EXPECT_EQ(dialog.mode(), PaymentDialog::Mode::Cash);
    EXPECT_TRUE(labelText(dialog, "amountDue").contains(QStringLiteral("23.50")));
    EXPECT_FALSE(child<QPushButton>(dialog, "payButton")->isEnabled()); // nothing tendered yet

    type(dialog, "tendered", QStringLiteral("50.00"));
    EXPECT_EQ(labelText(dialog, "changeDue"), QStringLiteral("26.50 EUR"));
    EXPECT_EQ(dialog.changeDue(), eur(2650));
    EXPECT_TRUE(child<QPushButton>(dialog, "payButton")->isEnabled());
    EXPECT_EQ(dialog.payments(), (QList<Payment> { cash(eur(2350), eur(5000)) }));
    screenshot(dialog, QStringLiteral("payment-cash.png"));

    type(dialog, "tendered", QStringLiteral("30,5")); // comma accepted
    EXPECT_EQ(labelText(dialog, "changeDue"), QStringLiteral("7.00 EUR"));
    EXPECT_EQ(dialog.payments(), (QList<Payment> { cash(eur(2350), eur(3050)) }));
}

TEST(PaymentDialog, QuickCashButtonsFillTheAmountTendered)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    QStringList texts;
    for (int i = 0; i < 5; ++i) {
        auto *button = child<QPushButton>(dialog, QStringLiteral("quickCash%1").arg(i).toLatin1().constData());
        ASSERT_NE(button, nullptr);
        texts << button->text();
    }
    EXPECT_TRUE(texts.at(0).contains(QStringLiteral("23.50")));
    EXPECT_EQ(texts.mid(1), (QStringList { QStringLiteral("25"), QStringLiteral("30"), QStringLiteral("40"),
                                           QStringLiteral("50") }));

    QTest::mouseClick(child<QPushButton>(dialog, "quickCash2"), Qt::LeftButton);
    EXPECT_EQ(child<QLineEdit>(dialog, "tendered")->text(), QStringLiteral("30.00"));
    EXPECT_EQ(labelText(dialog, "changeDue"), QStringLiteral("6.50 EUR"));

    QTest::mouseClick(child<QPushButton>(dialog, "quickCash0"), Qt::LeftButton);
    EXPECT_EQ(labelText(dialog, "changeDue"), QStringLiteral("0.00 EUR"));
    EXPECT_EQ(dialog.payments(), (QList<Payment> { cash(eur(2350), eur(2350)) }));
}

TEST(PaymentDialog, WorksInACurrencyWithoutMinorUnits)
{
    PaymentDialog dialog(jpy(2350));
    dialog.show();
    type(dialog, "tendered", QStringLiteral("5000"));
    EXPECT_EQ(labelText(dialog, "changeDue"), QStringLiteral("2650 JPY"));
    EXPECT_EQ(dialog.payments(), (QList<Payment> { cash(jpy(2350), jpy(5000)) }));
    EXPECT_EQ(child<QPushButton>(dialog, "quickCash1")->text(), QStringLiteral("2500"));
    // The keyboard cannot type a decimal point for yen.
    type(dialog, "tendered", QStringLiteral("3000.5"));
    EXPECT_FALSE(child<QLineEdit>(dialog, "tendered")->text().contains(u'.'));
}

TEST(PaymentDialog, RefusesCashLessThanTheAmountDue)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    QSignalSpy requested(&dialog, &PaymentDialog::paymentRequested);
    type(dialog, "tendered", QStringLiteral("20"));
    EXPECT_FALSE(child<QPushButton>(dialog, "payButton")->isEnabled());
    EXPECT_TRUE(dialog.payments().isEmpty());
    EXPECT_TRUE(labelText(dialog, "validation").contains(QStringLiteral("3.50 EUR")));
    QTest::keyClick(child<QLineEdit>(dialog, "tendered"), Qt::Key_Return);
    EXPECT_TRUE(requested.isEmpty());
    EXPECT_EQ(dialog.state(), PaymentDialog::State::Editing);
    screenshot(dialog, QStringLiteral("payment-short.png"));
}

TEST(PaymentDialog, SplitPartsAddUpToTheAmountDue)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, "modeSplit"), Qt::LeftButton);
    EXPECT_EQ(dialog.mode(), PaymentDialog::Mode::Split);

    type(dialog, "splitCard", QStringLiteral("20"));
    EXPECT_EQ(child<QLineEdit>(dialog, "splitCash")->text(), QStringLiteral("3.50"));
    EXPECT_EQ(dialog.payments(), (QList<Payment> { card(eur(2000)), cash(eur(350), eur(350)) }));

    type(dialog, "splitTendered", QStringLiteral("5"));
    EXPECT_EQ(dialog.changeDue(), eur(150));
    EXPECT_EQ(labelText(dialog, "splitChangeDue"), QStringLiteral("1.50 EUR"));
    EXPECT_EQ(dialog.payments(), (QList<Payment> { card(eur(2000)), cash(eur(350), eur(500)) }));

    // Editing the cash part moves the card part.
    type(dialog, "splitCash", QStringLiteral("10,50"));
    EXPECT_EQ(child<QLineEdit>(dialog, "splitCard")->text(), QStringLiteral("13.00"));
    child<QLineEdit>(dialog, "splitTendered")->clear();
    EXPECT_EQ(dialog.payments(), (QList<Payment> { card(eur(1300)), cash(eur(1050), eur(1050)) }));
    screenshot(dialog, QStringLiteral("payment-split.png"));

    // Parts that do not add up are refused.
    child<QLineEdit>(dialog, "splitCash")->setText(QStringLiteral("5.00"));
    EXPECT_TRUE(dialog.payments().isEmpty());
    EXPECT_FALSE(child<QPushButton>(dialog, "payButton")->isEnabled());
    EXPECT_FALSE(dialog.validationMessage().isEmpty());

    // A card part above the amount due cannot be balanced by the cash part and is refused.
    type(dialog, "splitCard", QStringLiteral("30"));
    EXPECT_FALSE(child<QLineEdit>(dialog, "splitCash")->text().startsWith(u'-'));
    EXPECT_TRUE(dialog.payments().isEmpty());
    EXPECT_FALSE(dialog.validationMessage().isEmpty());

    // All on the card through the split page: one card payment.
    type(dialog, "splitCard", QStringLiteral("23.50"));
    EXPECT_EQ(dialog.payments(), (QList<Payment> { card(eur(2350)) }));
}

TEST(PaymentDialog, CardPaymentShowsProgressAndCannotBeClosedMeanwhile)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    QSignalSpy requested(&dialog, &PaymentDialog::paymentRequested);
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(child<QPushButton>(dialog, "modeCard"), Qt::LeftButton);
    EXPECT_EQ(dialog.payments(), (QList<Payment> { card(eur(2350)) }));
    QTest::mouseClick(child<QPushButton>(dialog, "payButton"), Qt::LeftButton);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(firstRequest(requested), (QList<Payment> { card(eur(2350)) }));
    EXPECT_EQ(dialog.state(), PaymentDialog::State::InProgress);

    PaymentProgressPush push;
    push.stage = PaymentStage::WaitingForCard;
    dialog.showProgress(push);
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("Present card"));
    push.stage = PaymentStage::Authorising;
    push.message = QStringLiteral("PIN OK");
    dialog.showProgress(push);
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("Authorising\u2026"));
    EXPECT_EQ(labelText(dialog, "bannerDetail"), QStringLiteral("PIN OK"));
    screenshot(dialog, QStringLiteral("payment-progress.png"));

    dialog.reject(); // Escape or the window's close button
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(child<QPushButton>(dialog, "cancelButton")->isEnabled());

    SellReply reply;
    reply.saleId = QStringLiteral("S-1");
    reply.total = eur(2350);
    reply.changeDue = eur(0);
    reply.payments = { PaymentResult { PaymentMethod::Card, eur(2350), QStringLiteral("A12345") } };
    dialog.setHoldExpiry(QDateTime::currentDateTimeUtc().addSecs(540));
    ASSERT_FALSE(dialog.holdCountdownText().isEmpty());
    dialog.paymentSucceeded(reply);
    EXPECT_EQ(dialog.state(), PaymentDialog::State::Succeeded);
    EXPECT_TRUE(dialog.holdCountdownText().isEmpty()) << "sold: no countdown of a hold any more";
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("Approved"));
    EXPECT_TRUE(labelText(dialog, "bannerDetail").contains(QStringLiteral("A12345")));
    EXPECT_EQ(dialog.sellReply(), reply);
    screenshot(dialog, QStringLiteral("payment-approved.png"));
    QTest::mouseClick(child<QPushButton>(dialog, "doneButton"), Qt::LeftButton);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(PaymentDialog, DeclinedCardCanSwitchToCashWithoutLosingTheSale)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    QSignalSpy requested(&dialog, &PaymentDialog::paymentRequested);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.setMode(PaymentDialog::Mode::Card);
    QTest::mouseClick(child<QPushButton>(dialog, "payButton"), Qt::LeftButton);
    ASSERT_EQ(requested.size(), 1);

    dialog.paymentFailed(ErrorCode::PaymentDeclined, QStringLiteral("Insufficient funds"));
    EXPECT_EQ(dialog.state(), PaymentDialog::State::Failed);
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("Declined"));
    EXPECT_EQ(labelText(dialog, "bannerDetail"), QStringLiteral("Insufficient funds"));
    auto *retry = child<QPushButton>(dialog, "retryButton");
    auto *cashInstead = child<QPushButton>(dialog, "cashInsteadButton");
    EXPECT_TRUE(retry->isVisible() && retry->isEnabled());
    EXPECT_TRUE(cashInstead->isVisible() && cashInstead->isEnabled());
    screenshot(dialog, QStringLiteral("payment-declined.png"));
    EXPECT_TRUE(finished.isEmpty());

    QTest::mouseClick(cashInstead, Qt::LeftButton);
    EXPECT_EQ(dialog.state(), PaymentDialog::State::Editing);
    EXPECT_EQ(dialog.mode(), PaymentDialog::Mode::Cash);
    // Keyboard only: digits, Enter.
    auto *tendered = child<QLineEdit>(dialog, "tendered");
    QTest::keyClicks(tendered, QStringLiteral("50"));
    QTest::keyClick(tendered, Qt::Key_Return);
    ASSERT_EQ(requested.size(), 2);
    EXPECT_EQ(requested.at(1).first().value<QList<Payment>>(), (QList<Payment> { cash(eur(2350), eur(5000)) }));
    EXPECT_EQ(dialog.state(), PaymentDialog::State::InProgress);

    SellReply reply;
    reply.saleId = QStringLiteral("S-2");
    reply.total = eur(2350);
    reply.changeDue = eur(2650);
    reply.payments = { PaymentResult { PaymentMethod::Cash, eur(2350), std::nullopt } };
    dialog.paymentSucceeded(reply);
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("Paid"));
    EXPECT_TRUE(labelText(dialog, "finalChangeDue").contains(QStringLiteral("26.50 EUR")));
    screenshot(dialog, QStringLiteral("payment-paid.png"));
    dialog.reject(); // closing after the sale is confirming it
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(PaymentDialog, TimeoutCanBeRetriedWithTheSamePayments)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    QSignalSpy requested(&dialog, &PaymentDialog::paymentRequested);
    dialog.setMode(PaymentDialog::Mode::Split);
    type(dialog, "splitCard", QStringLiteral("20"));
    QTest::keyClick(child<QLineEdit>(dialog, "splitCard"), Qt::Key_Return);
    ASSERT_EQ(requested.size(), 1);

    dialog.paymentFailed(ErrorCode::PaymentTimeout, QString());
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("Timed out"));
    EXPECT_FALSE(labelText(dialog, "bannerDetail").isEmpty());
    screenshot(dialog, QStringLiteral("payment-timeout.png"));
    QTest::mouseClick(child<QPushButton>(dialog, "retryButton"), Qt::LeftButton);
    ASSERT_EQ(requested.size(), 2);
    EXPECT_EQ(requested.at(1).first().value<QList<Payment>>(), firstRequest(requested));
    EXPECT_EQ(dialog.state(), PaymentDialog::State::InProgress);

    // "Change payment" goes back to the entered values.
    dialog.showOutcome(PaymentDialog::Outcome::Cancelled);
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("Cancelled"));
    QTest::mouseClick(child<QPushButton>(dialog, "editButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.state(), PaymentDialog::State::Editing);
    EXPECT_EQ(dialog.mode(), PaymentDialog::Mode::Split);
    EXPECT_EQ(child<QLineEdit>(dialog, "splitCard")->text(), QStringLiteral("20"));
}

TEST(PaymentDialog, ExpiredHoldCannotBeRetried)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    QSignalSpy requested(&dialog, &PaymentDialog::paymentRequested);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.setMode(PaymentDialog::Mode::Card);
    QTest::mouseClick(child<QPushButton>(dialog, "payButton"), Qt::LeftButton);
    dialog.paymentFailed(ErrorCode::HoldExpired, QStringLiteral("The hold has expired."));
    // Nothing to retry: the dialog offers to hold the same seats again instead.
    EXPECT_EQ(dialog.state(), PaymentDialog::State::Expired);
    EXPECT_FALSE(child<QPushButton>(dialog, "retryButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dialog, "cashInsteadButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(dialog, "payButton")->isVisible());
    EXPECT_TRUE(child<QPushButton>(dialog, "reholdButton")->isVisible());
    QSignalSpy rehold(&dialog, &PaymentDialog::reholdRequested);
    QTest::mouseClick(child<QPushButton>(dialog, "reholdButton"), Qt::LeftButton);
    EXPECT_EQ(rehold.size(), 1);
    dialog.holdLost(QStringLiteral("Taken in the meantime: Row A, seat 1."));
    EXPECT_FALSE(child<QPushButton>(dialog, "reholdButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "retryButton"), Qt::LeftButton);
    EXPECT_EQ(requested.size(), 1);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(PaymentDialog, LateProgressAfterTheOutcomeIsIgnored)
{
    PaymentDialog dialog(eur(1000));
    dialog.show();
    dialog.setMode(PaymentDialog::Mode::Card);
    QTest::mouseClick(child<QPushButton>(dialog, "payButton"), Qt::LeftButton);
    dialog.paymentFailed(ErrorCode::PaymentDeclined, QString());
    PaymentProgressPush push;
    push.stage = PaymentStage::Authorising;
    dialog.showProgress(push);
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("Declined"));
}

TEST(PaymentDialog, CountsTheHoldDownAndExpiresByItselfThenTakesTheRenewedHold)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    QSignalSpy requested(&dialog, &PaymentDialog::paymentRequested);
    dialog.setHoldExpiry(QDateTime::currentDateTimeUtc().addMSecs(1200));
    EXPECT_EQ(dialog.holdCountdownText(), QStringLiteral("Seats held for 0:01"));
    EXPECT_TRUE(child<QLabel>(dialog, "holdCountdown")->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.state() == PaymentDialog::State::Expired; }, 4000));
    EXPECT_FALSE(child<QPushButton>(dialog, "payButton")->isVisible());
    EXPECT_EQ(labelText(dialog, "banner"), QStringLiteral("The hold has expired"));
    // Enter does not pay an expired hold.
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_TRUE(requested.isEmpty());
    dialog.holdRenewed(QDateTime::currentDateTimeUtc().addSecs(600));
    EXPECT_EQ(dialog.state(), PaymentDialog::State::Editing);
    EXPECT_TRUE(child<QPushButton>(dialog, "payButton")->isVisible());
    EXPECT_TRUE(dialog.holdCountdownText().startsWith(QStringLiteral("Seats held for "))) << dialog.holdCountdownText().toStdString();
}

// The customer's e-mail is optional; one that is not an address is said under the field and keeps
// Pay disabled whatever the payment, so that tickets are never mailed nowhere.
TEST(PaymentDialog, AnEmailThatIsNotOneKeepsPayDisabledAndIsSaidAtTheField)
{
    PaymentDialog dialog(eur(2350));
    dialog.show();
    type(dialog, "tendered", QStringLiteral("25"));
    auto *pay = child<QPushButton>(dialog, "payButton");
    ASSERT_NE(pay, nullptr);
    EXPECT_TRUE(pay->isEnabled());
    EXPECT_FALSE(dialog.customerEmail().has_value()) << "empty: no e-mail";

    auto *error = child<QLabel>(dialog, "emailError");
    ASSERT_NE(error, nullptr);
    for (const char *bad : { "anna", "anna@", "@example.org", "anna@example", "anna @example.org", "a@b@example.org" }) {
        type(dialog, "customerEmail", QString::fromLatin1(bad));
        EXPECT_FALSE(pay->isEnabled()) << bad;
        EXPECT_TRUE(dialog.payments().isEmpty()) << bad;
        EXPECT_TRUE(error->isVisible()) << bad;
        EXPECT_EQ(error->text(), dialog.emailError()) << bad;
        EXPECT_TRUE(labelText(dialog, "validation").isEmpty()) << "said once, at the field: " << bad;
    }
    // The card mode too.
    dialog.setMode(PaymentDialog::Mode::Card);
    EXPECT_FALSE(pay->isEnabled());

    QSignalSpy requested(&dialog, &PaymentDialog::paymentRequested);
    type(dialog, "customerEmail", QStringLiteral("  anna@example.org "));
    EXPECT_FALSE(error->isVisible());
    EXPECT_TRUE(pay->isEnabled());
    EXPECT_EQ(dialog.customerEmail(), std::optional<QString>(QStringLiteral("anna@example.org")));
    pay->click();
    ASSERT_EQ(requested.count(), 1);
}
