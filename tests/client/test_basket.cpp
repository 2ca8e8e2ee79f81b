// The basket's ticket types: a combo per seat, 1-9 on a selected seat, Alt+1-9 anywhere in the
// window; the line's price follows the type, the total follows the server's hold_reply.
#include "basketwidget.h"
#include "printers.h"
#include "protocol.h"

#include <gtest/gtest.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTreeWidget>

using namespace Marquee;

namespace {

Money eur(qint64 cents)
{
    return *Money::fromMinor(cents, u"EUR");
}

// Adult, Child (a note), Senior; standard and premium seats.
QList<BasketTicketType> types()
{
    return { { QStringLiteral("1"), QStringLiteral("Adult"), QString(),
               { { QStringLiteral("std"), eur(1250) }, { QStringLiteral("prem"), eur(1650) } } },
             { QStringLiteral("2"), QStringLiteral("Child"), QStringLiteral("up to 14"),
               { { QStringLiteral("std"), eur(850) }, { QStringLiteral("prem"), eur(1150) } } },
             { QStringLiteral("3"), QStringLiteral("Senior"), QString(),
               { { QStringLiteral("std"), eur(1000) }, { QStringLiteral("prem"), eur(1300) } } } };
}

QList<BasketLine> twoSeats()
{
    BasketLine a { QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), eur(1250), true,
                   QStringLiteral("std"), QString() };
    BasketLine b { QStringLiteral("A-2"), QStringLiteral("Row A, seat 2"), QStringLiteral("Premium"), eur(1650), true,
                   QStringLiteral("prem"), QString() };
    return { a, b };
}

struct Basket
{
    Basket()
    {
        widget.setOnline(true);
        widget.setHold(QStringLiteral("h1"), QDateTime::currentDateTimeUtc().addSecs(600));
        widget.setLines(twoSeats());
        widget.setTicketTypes(types());
        widget.setServerTotal(eur(2900));
        widget.show();
        widget.activateWindow();
        QApplication::setActiveWindow(&widget);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&widget));
    }
    QString totalText() const { return widget.findChild<QLabel *>(QStringLiteral("basketTotal"))->text(); }
    QTreeWidget *lines() const { return widget.findChild<QTreeWidget *>(QStringLiteral("basketLines")); }
    // The combos of the lines, as the basket shows them now.
    QList<QComboBox *> combos() const
    {
        QList<QComboBox *> found;
        for (int i = 0; i < lines()->topLevelItemCount(); ++i) {
            if (auto *combo = qobject_cast<QComboBox *>(lines()->itemWidget(lines()->topLevelItem(i), 1)))
                found.append(combo);
        }
        return found;
    }

    BasketWidget widget;
};

} // namespace

TEST(BasketTicketTypes, EachSeatHasTheDefaultTypeAndItsNoteShows)
{
    Basket basket;
    ASSERT_EQ(basket.combos().size(), 2) << "a combo per seat when the show offers several types";
    EXPECT_EQ(basket.combos()[0]->currentData().toString(), QStringLiteral("1"));
    EXPECT_EQ(basket.widget.total(), eur(2900));
    EXPECT_TRUE(basket.totalText().contains(QStringLiteral("29.00"))) << basket.totalText().toStdString();
    // Child's note beside the seat once it is picked.
    basket.widget.chooseTicketType(0, 1);
    EXPECT_TRUE(basket.lines()->topLevelItem(0)->text(0).contains(QStringLiteral("up to 14")))
        << basket.lines()->topLevelItem(0)->text(0).toStdString();
    EXPECT_FALSE(basket.lines()->topLevelItem(1)->text(0).contains(QStringLiteral("up to 14")));
    // On a line of its own under the seat (a narrow basket cut "Row D, seat …" off before it), and
    // the ticket column as wide as its menus, arrows included.
    EXPECT_TRUE(basket.lines()->topLevelItem(0)->text(0).endsWith(QStringLiteral("\nup to 14")))
        << basket.lines()->topLevelItem(0)->text(0).toStdString();
    for (const QComboBox *combo : basket.combos())
        EXPECT_GE(basket.lines()->columnWidth(1), combo->sizeHint().width());
}

TEST(BasketTicketTypes, PickedWithTheComboTheTotalFollowsTheServer)
{
    Basket basket;
    QSignalSpy chosen(&basket.widget, &BasketWidget::ticketTypeChosen);
    QComboBox *combo = basket.combos().value(1);
    ASSERT_TRUE(combo);
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1); // what a click on "Child" does
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen[0][0].toString(), QStringLiteral("A-2"));
    EXPECT_EQ(chosen[0][1].toString(), QStringLiteral("2"));
    EXPECT_EQ(basket.widget.lines()[1].ticketTypeId, QStringLiteral("2"));
    EXPECT_EQ(basket.widget.lines()[1].price, eur(1150)) << "the line shows the Child price";
    // Until the server answers, the lines' prices; then the hold's total as the server has it.
    EXPECT_EQ(basket.widget.total(), eur(1250 + 1150));
    basket.widget.setServerTotal(eur(2400));
    EXPECT_EQ(basket.widget.total(), eur(2400));
    EXPECT_TRUE(basket.totalText().contains(QStringLiteral("24.00"))) << basket.totalText().toStdString();
    // The same type again is no change.
    Q_EMIT basket.combos().value(1)->activated(1);
    EXPECT_EQ(chosen.size(), 1);
}

TEST(BasketTicketTypes, PickedWithTheKeyboard)
{
    Basket basket;
    QSignalSpy chosen(&basket.widget, &BasketWidget::ticketTypeChosen);
    // 1-9 on a selected seat of the basket.
    QTreeWidget *lines = basket.lines();
    lines->setFocus();
    lines->setCurrentItem(lines->topLevelItem(0));
    QTest::keyClick(lines, Qt::Key_3);
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen[0][0].toString(), QStringLiteral("A-1"));
    EXPECT_EQ(chosen[0][1].toString(), QStringLiteral("3"));
    EXPECT_EQ(basket.widget.total(), eur(1000 + 1650));
    EXPECT_EQ(basket.combos().value(0)->currentData().toString(), QStringLiteral("3"));
    // A number beyond the types does nothing.
    QTest::keyClick(lines, Qt::Key_7);
    EXPECT_EQ(chosen.size(), 1);
    // Alt+2 anywhere in the window: the selected seat (the second now).
    lines->setCurrentItem(lines->topLevelItem(1));
    QTest::keyClick(&basket.widget, Qt::Key_2, Qt::AltModifier);
    ASSERT_EQ(chosen.size(), 2);
    EXPECT_EQ(chosen[1][0].toString(), QStringLiteral("A-2"));
    EXPECT_EQ(chosen[1][1].toString(), QStringLiteral("2"));
    basket.widget.setServerTotal(eur(1000 + 1150));
    EXPECT_EQ(basket.widget.total(), eur(2150));
}

TEST(BasketTicketTypes, OfferedTypesOfACardAndOfPlainPrices)
{
    ListPricingReply pricing;
    pricing.ticketTypes = { TicketType { QStringLiteral("1"), QStringLiteral("Adult"), std::nullopt, 1, false },
                            TicketType { QStringLiteral("2"), QStringLiteral("Child"), QStringLiteral("up to 14"), 2, false },
                            TicketType { QStringLiteral("3"), QStringLiteral("Senior"), std::nullopt, 3, false } };
    PriceCard card;
    card.id = QStringLiteral("7");
    card.prices = { CardPrice { QStringLiteral("std"), QStringLiteral("1"), eur(1250) },
                    CardPrice { QStringLiteral("std"), QStringLiteral("3"), eur(1000) } };
    pricing.priceCards = { card };
    const auto offered = BasketWidget::offeredTypes(pricing, QStringLiteral("7"), {});
    ASSERT_EQ(offered.size(), 2) << "Child is not on the card";
    EXPECT_EQ(offered[0].name, QStringLiteral("Adult"));
    EXPECT_EQ(offered[1].prices.value(QStringLiteral("std")), eur(1000));
    const auto plain = BasketWidget::offeredTypes(pricing, std::nullopt, { CategoryPrice { QStringLiteral("std"), eur(900) } });
    ASSERT_EQ(plain.size(), 1) << "plain prices: the default type only";
    EXPECT_EQ(plain[0].prices.value(QStringLiteral("std")), eur(900));
}
