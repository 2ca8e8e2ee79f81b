// The payment terminal interface through its simulator: approvals, declines, timeouts, refunds, and
// that every call finishes exactly once, later, with its own reference.
#include "paymentterminal.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QtCore/QFile>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Marquee;
using namespace std::chrono_literals;
using PayStatus = PaymentOutcome::Status;
using Operation = PaymentOutcome::Operation;
using Behaviour = SimulatedPaymentTerminal::Behaviour;

namespace {

QString qs(const char *text)
{
    return QString::fromUtf8(text);
}

Money eur(qint64 cents)
{
    return *Money::fromMinor(cents, u"EUR");
}

struct Finished
{
    QString reference;
    PaymentOutcome outcome;
};

// Collects finished() in order; waits on the event loop, never sleeps.
class Recorder
{
public:
    explicit Recorder(PaymentTerminal *terminal)
        : m_spy(terminal, &PaymentTerminal::finished)
    {
    }

    // Waits until `count` calls have finished in total; false on a generous time-out.
    bool waitFor(qsizetype count)
    {
        while (m_spy.size() < count) {
            if (!m_spy.wait(5000))
                return m_spy.size() >= count;
        }
        return true;
    }

    qsizetype size() const { return m_spy.size(); }

    Finished at(qsizetype i) const
    {
        return Finished { m_spy.at(i).at(0).toString(), qvariant_cast<PaymentOutcome>(m_spy.at(i).at(1)) };
    }

private:
    QSignalSpy m_spy;
};

std::unique_ptr<SimulatedPaymentTerminal> fastTerminal()
{
    auto terminal = std::make_unique<SimulatedPaymentTerminal>();
    terminal->setDelay(5ms);
    terminal->setTimeout(2000ms);
    return terminal;
}

} // namespace

TEST(SimulatedPaymentTerminal, ProductionDefaults)
{
    SimulatedPaymentTerminal terminal;
    EXPECT_EQ(terminal.delay(), 200ms);
    EXPECT_EQ(terminal.timeout(), 30000ms);
    EXPECT_EQ(terminal.defaultBehaviour(), Behaviour::Approve);
    EXPECT_FALSE(terminal.centRulesEnabled());
}

TEST(SimulatedPaymentTerminal, ApprovesAfterReturning)
{
    auto terminal = fastTerminal();
    terminal->setDelay(0ms);
    terminal->charge(qs("sale-1"), eur(2450));
    // Never from within charge(), even without delay: a caller may connect afterwards.
    Recorder recorder(terminal.get());
    EXPECT_EQ(terminal->pendingCount(), 1);
    ASSERT_TRUE(recorder.waitFor(1));
    const Finished done = recorder.at(0);
    EXPECT_EQ(done.reference, qs("sale-1"));
    EXPECT_EQ(done.outcome.operation, Operation::Charge);
    EXPECT_EQ(done.outcome.status, PayStatus::Approved);
    EXPECT_EQ(done.outcome.authorizationCode, qs("SIM000001"));
    EXPECT_FALSE(done.outcome.message.isEmpty());
    EXPECT_EQ(terminal->pendingCount(), 0);
}

TEST(SimulatedPaymentTerminal, DeclinesWhenToldTo)
{
    auto terminal = fastTerminal();
    Recorder recorder(terminal.get());
    terminal->setNextOutcome(Behaviour::Decline);
    terminal->charge(qs("sale-2"), eur(1000));
    terminal->charge(qs("sale-3"), eur(1000)); // the queue held one behaviour: back to approving
    ASSERT_TRUE(recorder.waitFor(2));
    EXPECT_EQ(recorder.at(0).reference, qs("sale-2"));
    EXPECT_EQ(recorder.at(0).outcome.status, PayStatus::Declined);
    EXPECT_TRUE(recorder.at(0).outcome.authorizationCode.isEmpty());
    EXPECT_EQ(recorder.at(1).reference, qs("sale-3"));
    EXPECT_EQ(recorder.at(1).outcome.status, PayStatus::Approved);
}

TEST(SimulatedPaymentTerminal, QueuedOutcomesApplyInOrder)
{
    auto terminal = fastTerminal();
    terminal->setTimeout(50ms);
    Recorder recorder(terminal.get());
    terminal->setNextOutcome(Behaviour::Fail);
    terminal->setNextOutcome(Behaviour::Approve);
    terminal->setNextOutcome(Behaviour::TimeOut);
    terminal->charge(qs("a"), eur(100));
    terminal->charge(qs("b"), eur(100));
    terminal->charge(qs("c"), eur(100));
    ASSERT_TRUE(recorder.waitFor(3));
    QHash<QString, PayStatus> statuses;
    for (qsizetype i = 0; i < recorder.size(); ++i)
        statuses.insert(recorder.at(i).reference, recorder.at(i).outcome.status);
    EXPECT_EQ(statuses.value(qs("a")), PayStatus::Error);
    EXPECT_EQ(statuses.value(qs("b")), PayStatus::Approved);
    EXPECT_EQ(statuses.value(qs("c")), PayStatus::TimedOut);
}

TEST(SimulatedPaymentTerminal, TimesOutWhenTheTerminalNeverAnswers)
{
    auto terminal = fastTerminal();
    terminal->setTimeout(20ms);
    Recorder recorder(terminal.get());
    terminal->setNextOutcome(Behaviour::TimeOut);
    terminal->charge(qs("sale-4"), eur(5000));
    ASSERT_TRUE(recorder.waitFor(1));
    EXPECT_EQ(recorder.at(0).reference, qs("sale-4"));
    EXPECT_EQ(recorder.at(0).outcome.status, PayStatus::TimedOut);
    EXPECT_EQ(terminal->pendingCount(), 0);
}

TEST(SimulatedPaymentTerminal, TimesOutWhenTheAnswerIsTooSlow)
{
    auto terminal = fastTerminal();
    terminal->setDelay(10ms);
    terminal->setTimeout(10ms); // the answer would come no earlier than the timeout
    Recorder recorder(terminal.get());
    terminal->charge(qs("slow"), eur(5000));
    ASSERT_TRUE(recorder.waitFor(1));
    EXPECT_EQ(recorder.at(0).outcome.status, PayStatus::TimedOut);
}

TEST(SimulatedPaymentTerminal, DefaultBehaviourApplies)
{
    auto terminal = fastTerminal();
    terminal->setDefaultBehaviour(Behaviour::Decline);
    Recorder recorder(terminal.get());
    terminal->charge(qs("x"), eur(100));
    terminal->refund(qs("y"), eur(100));
    ASSERT_TRUE(recorder.waitFor(2));
    EXPECT_EQ(recorder.at(0).outcome.status, PayStatus::Declined);
    EXPECT_EQ(recorder.at(1).outcome.status, PayStatus::Declined);
}

TEST(SimulatedPaymentTerminal, CentRulesDecideByTheLastTwoDigits)
{
    auto terminal = fastTerminal();
    terminal->setTimeout(50ms);
    terminal->setCentRulesEnabled(true);
    Recorder recorder(terminal.get());
    terminal->charge(qs("01"), eur(1001));
    terminal->charge(qs("02"), eur(1002));
    terminal->charge(qs("03"), eur(1003));
    terminal->charge(qs("00"), eur(1000));
    terminal->charge(qs("99"), eur(1099));
    terminal->setNextOutcome(Behaviour::Approve); // a queued behaviour beats the cent rules
    terminal->charge(qs("q01"), eur(2001));
    ASSERT_TRUE(recorder.waitFor(6));
    QHash<QString, PayStatus> statuses;
    for (qsizetype i = 0; i < recorder.size(); ++i)
        statuses.insert(recorder.at(i).reference, recorder.at(i).outcome.status);
    EXPECT_EQ(statuses.value(qs("01")), PayStatus::Declined);
    EXPECT_EQ(statuses.value(qs("02")), PayStatus::TimedOut);
    EXPECT_EQ(statuses.value(qs("03")), PayStatus::Error);
    EXPECT_EQ(statuses.value(qs("00")), PayStatus::Approved);
    EXPECT_EQ(statuses.value(qs("99")), PayStatus::Approved);
    EXPECT_EQ(statuses.value(qs("q01")), PayStatus::Approved);
}

TEST(SimulatedPaymentTerminal, Refunds)
{
    auto terminal = fastTerminal();
    Recorder recorder(terminal.get());
    terminal->charge(qs("sale-5"), eur(3000));
    ASSERT_TRUE(recorder.waitFor(1));
    terminal->refund(qs("sale-5"), eur(1500));
    EXPECT_EQ(recorder.size(), 1);
    ASSERT_TRUE(recorder.waitFor(2));
    const Finished refund = recorder.at(1);
    EXPECT_EQ(refund.reference, qs("sale-5"));
    EXPECT_EQ(refund.outcome.operation, Operation::Refund);
    EXPECT_EQ(refund.outcome.status, PayStatus::Approved);
    EXPECT_EQ(refund.outcome.authorizationCode, qs("SIM000002"));

    terminal->setNextOutcome(Behaviour::Decline);
    terminal->refund(qs("sale-5"), eur(1500));
    ASSERT_TRUE(recorder.waitFor(3));
    EXPECT_EQ(recorder.at(2).outcome.operation, Operation::Refund);
    EXPECT_EQ(recorder.at(2).outcome.status, PayStatus::Declined);
}

TEST(SimulatedPaymentTerminal, ChargeAndRefundOfOneReferenceMayOverlap)
{
    auto terminal = fastTerminal();
    Recorder recorder(terminal.get());
    terminal->charge(qs("r"), eur(100));
    terminal->refund(qs("r"), eur(100));
    ASSERT_TRUE(recorder.waitFor(2));
    QSet<int> operations;
    for (qsizetype i = 0; i < recorder.size(); ++i) {
        EXPECT_EQ(recorder.at(i).outcome.status, PayStatus::Approved);
        operations.insert(int(recorder.at(i).outcome.operation));
    }
    EXPECT_EQ(operations.size(), 2);
}

TEST(SimulatedPaymentTerminal, BadRequestsFinishWithAnErrorLater)
{
    auto terminal = fastTerminal();
    terminal->setDelay(0ms);
    Recorder recorder(terminal.get());
    terminal->charge(QString(), eur(100));
    terminal->charge(qs("zero"), eur(0));
    terminal->charge(qs("negative"), eur(-100));
    terminal->refund(qs("no-currency"), Money());
    EXPECT_EQ(recorder.size(), 0);
    EXPECT_EQ(terminal->pendingCount(), 0);
    ASSERT_TRUE(recorder.waitFor(4));
    for (qsizetype i = 0; i < recorder.size(); ++i) {
        EXPECT_EQ(recorder.at(i).outcome.status, PayStatus::Error) << recorder.at(i).reference.toStdString();
        EXPECT_FALSE(recorder.at(i).outcome.message.isEmpty());
    }
}

TEST(SimulatedPaymentTerminal, DuplicateReferenceInFlightIsRefused)
{
    auto terminal = fastTerminal();
    terminal->setDelay(20ms);
    Recorder recorder(terminal.get());
    terminal->charge(qs("dup"), eur(100));
    terminal->charge(qs("dup"), eur(100));
    EXPECT_EQ(terminal->pendingCount(), 1);
    ASSERT_TRUE(recorder.waitFor(2));
    // The refusal comes first (no delay); the original goes through untouched.
    EXPECT_EQ(recorder.at(0).outcome.status, PayStatus::Error);
    EXPECT_EQ(recorder.at(1).outcome.status, PayStatus::Approved);
    // Once finished, the reference may be used again (a retry).
    terminal->charge(qs("dup"), eur(100));
    ASSERT_TRUE(recorder.waitFor(3));
    EXPECT_EQ(recorder.at(2).outcome.status, PayStatus::Approved);
}

TEST(SimulatedPaymentTerminal, ManyConcurrentChargesEachFinishOnce)
{
    auto terminal = fastTerminal();
    terminal->setDelay(10ms);
    terminal->setTimeout(100ms);
    terminal->setCentRulesEnabled(true);
    Recorder recorder(terminal.get());
    constexpr int count = 200;
    QHash<QString, PayStatus> expected;
    for (int i = 0; i < count; ++i) {
        const QString reference = qs("sale-") + QString::number(i);
        // ..00 approve, ..01 decline, ..02 time out, ..03 error, ..04 approve after the time-out,
        // ..05 unreachable
        const qint64 cents = 1000 + i % 6;
        terminal->charge(reference, eur(cents));
        const PayStatus statuses[] = { PayStatus::Approved, PayStatus::Declined, PayStatus::TimedOut,
                                       PayStatus::Error, PayStatus::TimedOut, PayStatus::Error };
        expected.insert(reference, statuses[i % 6]);
    }
    EXPECT_EQ(terminal->pendingCount(), count);
    ASSERT_TRUE(recorder.waitFor(count));

    QHash<QString, int> seen;
    QSet<QString> authorizationCodes;
    for (qsizetype i = 0; i < recorder.size(); ++i) {
        const Finished done = recorder.at(i);
        ++seen[done.reference];
        EXPECT_EQ(done.outcome.status, expected.value(done.reference)) << done.reference.toStdString();
        if (done.outcome.status == PayStatus::Approved)
            authorizationCodes.insert(done.outcome.authorizationCode);
    }
    EXPECT_EQ(seen.size(), count);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    EXPECT_EQ(authorizationCodes.size(), (count + 5) / 6); // the ..00 ones
    EXPECT_EQ(terminal->pendingCount(), 0);

    // Nothing more arrives later (no double answers from the losing timer).
    EXPECT_FALSE(QSignalSpy(terminal.get(), &PaymentTerminal::finished).wait(150));
    EXPECT_EQ(recorder.size(), count);
}

TEST(SimulatedPaymentTerminal, LookupsTellWhatBecameOfACharge)
{
    auto terminal = fastTerminal();
    Recorder recorder(terminal.get());
    terminal->charge(qs("paid"), eur(1200));
    terminal->setNextOutcome(Behaviour::Decline);
    terminal->charge(qs("declined"), eur(1200));
    ASSERT_TRUE(recorder.waitFor(2));
    for (const char *reference : {"paid", "declined", "never"})
        terminal->lookup(qs(reference));
    ASSERT_TRUE(recorder.waitFor(5));
    QHash<QString, PaymentOutcome> lookups;
    for (qsizetype i = 2; i < 5; ++i)
        lookups.insert(recorder.at(i).reference, recorder.at(i).outcome);
    EXPECT_EQ(lookups.value(qs("paid")).operation, Operation::Lookup);
    EXPECT_EQ(lookups.value(qs("paid")).status, PayStatus::Approved);
    EXPECT_EQ(lookups.value(qs("paid")).authorizationCode, recorder.at(0).outcome.authorizationCode);
    EXPECT_EQ(lookups.value(qs("declined")).status, PayStatus::Declined);
    EXPECT_EQ(lookups.value(qs("never")).status, PayStatus::Declined);

    // Given back in two parts: still charged after the first, not after the second; a third
    // refund moves nothing and is harmless.
    terminal->refund(qs("paid"), eur(200));
    ASSERT_TRUE(recorder.waitFor(6));
    terminal->lookup(qs("paid"));
    ASSERT_TRUE(recorder.waitFor(7));
    EXPECT_EQ(recorder.at(6).outcome.status, PayStatus::Approved);
    terminal->refund(qs("paid"), eur(1200));
    ASSERT_TRUE(recorder.waitFor(8));
    terminal->lookup(qs("paid"));
    terminal->refund(qs("paid"), eur(1200));
    ASSERT_TRUE(recorder.waitFor(10));
    for (qsizetype i = 8; i < 10; ++i) {
        const Finished f = recorder.at(i);
        if (f.outcome.operation == Operation::Lookup)
            EXPECT_EQ(f.outcome.status, PayStatus::Declined) << f.outcome.message.toStdString();
        else
            EXPECT_EQ(f.outcome.message, qs("Nothing left to refund."));
    }
}

TEST(SimulatedPaymentTerminal, AnApprovalAfterTheTimeOutTakesTheMoneyAllTheSame)
{
    auto terminal = fastTerminal();
    terminal->setTimeout(100ms);
    terminal->setDelay(50ms);
    Recorder recorder(terminal.get());
    terminal->setNextOutcome(Behaviour::ApproveLate);
    terminal->charge(qs("late"), eur(900));
    ASSERT_TRUE(recorder.waitFor(1));
    EXPECT_EQ(recorder.at(0).outcome.status, PayStatus::TimedOut);
    terminal->lookup(qs("late")); // answered after 50 ms: the device is still deciding
    ASSERT_TRUE(recorder.waitFor(2));
    EXPECT_EQ(recorder.at(1).outcome.status, PayStatus::TimedOut);
    // Once the device has decided, the charge is there.
    QSignalSpy later(terminal.get(), &PaymentTerminal::finished);
    QTest::qWait(150);
    EXPECT_EQ(later.size(), 0); // the late approval answers nobody
    terminal->lookup(qs("late"));
    ASSERT_TRUE(recorder.waitFor(3));
    EXPECT_EQ(recorder.at(2).outcome.status, PayStatus::Approved);
    EXPECT_FALSE(recorder.at(2).outcome.authorizationCode.isEmpty());
}

TEST(SimulatedPaymentTerminal, AnUnreachableTerminalTakesNothing)
{
    auto terminal = fastTerminal();
    Recorder recorder(terminal.get());
    terminal->setDefaultBehaviour(Behaviour::Unreachable);
    terminal->charge(qs("u"), eur(500));
    terminal->lookup(qs("u"));
    ASSERT_TRUE(recorder.waitFor(2));
    for (qsizetype i = 0; i < 2; ++i) {
        EXPECT_EQ(recorder.at(i).outcome.status, PayStatus::Error);
        EXPECT_TRUE(recorder.at(i).outcome.message.contains(qs("cannot be reached")));
    }
    terminal->setDefaultBehaviour(Behaviour::Approve);
    terminal->lookup(qs("u"));
    ASSERT_TRUE(recorder.waitFor(3));
    EXPECT_EQ(recorder.at(2).outcome.status, PayStatus::Declined);
}

TEST(SimulatedPaymentTerminal, TheLedgerOutlivesTheTerminal)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(qs("ledger.jsonl"));
    QString authorization;
    {
        auto terminal = fastTerminal();
        ASSERT_TRUE(terminal->setLedger(path));
        Recorder recorder(terminal.get());
        terminal->charge(qs("kept"), eur(700));
        terminal->charge(qs("returned"), eur(300));
        ASSERT_TRUE(recorder.waitFor(2));
        authorization = recorder.at(0).reference == qs("kept") ? recorder.at(0).outcome.authorizationCode
                                                               : recorder.at(1).outcome.authorizationCode;
        terminal->refund(qs("returned"), eur(300));
        ASSERT_TRUE(recorder.waitFor(3));
    }
    {
        // A line cut short by a crash is skipped.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("{\"op\":\"charge\",\"reference\":\"cut");
    }
    auto terminal = fastTerminal();
    QString error;
    ASSERT_TRUE(terminal->setLedger(path, &error)) << error.toStdString();
    Recorder recorder(terminal.get());
    terminal->lookup(qs("kept"));
    terminal->lookup(qs("returned"));
    terminal->lookup(qs("cut"));
    terminal->charge(qs("new"), eur(100));
    ASSERT_TRUE(recorder.waitFor(4));
    for (qsizetype i = 0; i < 4; ++i) {
        const Finished f = recorder.at(i);
        if (f.reference == qs("kept")) {
            EXPECT_EQ(f.outcome.status, PayStatus::Approved);
            EXPECT_EQ(f.outcome.authorizationCode, authorization);
        } else if (f.reference == qs("new")) {
            EXPECT_EQ(f.outcome.authorizationCode, qs("SIM000004")); // codes go on where they stopped
        } else {
            EXPECT_EQ(f.outcome.status, PayStatus::Declined) << f.reference.toStdString();
        }
    }
    EXPECT_FALSE(terminal->setLedger(dir.filePath(qs("no/such/dir/ledger"))));
}

// Server processes on one database share the ledger as one device: the reconciler of one settles
// the attempts of another whose lease ended, and asks its own terminal about their charges.
TEST(SimulatedPaymentTerminal, TerminalsOnOneLedgerShareTheDevice)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(qs("ledger.jsonl"));
    auto first = fastTerminal();
    auto second = fastTerminal();
    ASSERT_TRUE(first->setLedger(path));
    ASSERT_TRUE(second->setLedger(path));
    Recorder firstDone(first.get());
    Recorder secondDone(second.get());
    first->charge(qs("kept"), eur(700));
    first->charge(qs("returned"), eur(300));
    ASSERT_TRUE(firstDone.waitFor(2));
    QString kept;
    for (qsizetype i = 0; i < 2; ++i) {
        if (firstDone.at(i).reference == qs("kept"))
            kept = firstDone.at(i).outcome.authorizationCode;
    }
    // The other terminal knows the charges, gives one back, and numbers its approvals on.
    second->lookup(qs("kept"));
    second->refund(qs("returned"), eur(300));
    ASSERT_TRUE(secondDone.waitFor(2));
    second->charge(qs("next"), eur(100));
    ASSERT_TRUE(secondDone.waitFor(3));
    for (qsizetype i = 0; i < 3; ++i) {
        const Finished f = secondDone.at(i);
        EXPECT_EQ(f.outcome.status, PayStatus::Approved) << f.reference.toStdString();
        if (f.reference == qs("kept")) {
            EXPECT_EQ(f.outcome.authorizationCode, kept);
        } else if (f.reference == qs("next")) {
            EXPECT_EQ(f.outcome.authorizationCode, qs("SIM000004"));
        }
    }
    // ... and the first one sees the refund.
    first->lookup(qs("returned"));
    ASSERT_TRUE(firstDone.waitFor(3));
    EXPECT_EQ(firstDone.at(2).outcome.status, PayStatus::Declined);
    EXPECT_EQ(firstDone.at(2).outcome.message, qs("The charge was refunded."));
}

TEST(SimulatedPaymentTerminal, StatusNames)
{
    EXPECT_EQ(paymentStatusName(PayStatus::Approved), qs("approved"));
    EXPECT_EQ(paymentStatusName(PayStatus::Declined), qs("declined"));
    EXPECT_EQ(paymentStatusName(PayStatus::TimedOut), qs("timed_out"));
    EXPECT_EQ(paymentStatusName(PayStatus::Error), qs("error"));
}
