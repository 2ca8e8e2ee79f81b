// The box office in German: money and dates as a German cashier writes them, Qt's own standard
// buttons translated, names from the layout rather than ids.
#include "translation.h"
#include "backofficewindow.h"
#include "formatting.h"
#include "legendwidget.h"
#include "localcache.h"
#include "mainwindow.h"
#include "planitems.h"
#include "printers.h"
#include "printersettingsdialog.h"
#include "salesdialog.h"
#include "seatmapscene.h"
#include "serverconnection.h"
#include "shortcutsdialog.h"
#include "studioconnection.h"
#include "studiowindow.h"

#include <gtest/gtest.h>

#include <QtCore/QLocale>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QTreeWidget>

using namespace Marquee;

namespace {

// Qt writes "9,50 €" with a no-break space; either space reads the same.
std::string plain(QString text)
{
    return text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ').toStdString();
}

Money amount(qint64 minor, const char16_t *currency = u"EUR")
{
    return *Money::fromMinor(minor, currency);
}

class German : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        installTranslation(*qApp, QStringLiteral("de"));
    }
    void TearDown() override
    {
        QLocale::setDefault(QLocale::c());
        installTranslation(*qApp, QStringLiteral("en"));
    }
};

// Every button with text in these windows, as shown (without the mnemonic marker).
QStringList buttonTexts(const QList<QWidget *> &windows)
{
    QStringList texts;
    for (QWidget *window : windows) {
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!button->text().isEmpty())
                texts.append(QString(button->text()).remove(u'&'));
        }
    }
    return texts;
}

} // namespace

TEST_F(German, MoneyAndDatesFollowTheLocale)
{
    EXPECT_EQ(plain(formatMoney(amount(950))), "9,50 €");
    EXPECT_EQ(plain(formatMoney(amount(123456789))), "1.234.567,89 €");
    EXPECT_EQ(plain(formatMoney(amount(-950))), "-9,50 €");
    EXPECT_EQ(plain(formatMoney(amount(5))), "0,05 €");
    EXPECT_TRUE(formatMoney(amount(1500, u"JPY")).startsWith(QStringLiteral("1.500"))) // no minor units
        << plain(formatMoney(amount(1500, u"JPY")));
    EXPECT_EQ(formatDate(QDate(2026, 12, 1)).toStdString(), "1. Dez. 2026");

    // Elsewhere, the same amounts and dates as those locales write them.
    const QLocale us(QStringLiteral("en_US"));
    EXPECT_EQ(plain(formatMoney(amount(950), us)), "€9.50");
    EXPECT_EQ(formatDate(QDate(2026, 12, 1), us).toStdString(), "Dec 1, 2026");
    EXPECT_EQ(plain(formatMoney(amount(950), QLocale::c())), "9.50 EUR");
}

TEST_F(German, TheLegendAndTheSeatMapSpeakGerman)
{
    SeatMapScene scene;
    Layout layout;
    layout.categories = {Category{QStringLiteral("standard"), QStringLiteral("Parkett"), QStringLiteral("#2e7dd1")}};
    layout.stage.kind = StageKind::Screen;
    scene.setSeatLayout(layout, {{QStringLiteral("standard"), amount(950)}});
    LegendWidget legend;
    legend.setScene(&scene);
    QStringList texts;
    for (const QString &t : legend.entryTexts())
        texts.append(QString::fromStdString(plain(t)));
    EXPECT_TRUE(texts.contains(QStringLiteral("Parkett: 9,50 €"))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Frei"))) << texts.join(u'|').toStdString();
    EXPECT_NE(LegendWidget::hintText(), QStringLiteral("Click a seat to add or remove it; drag to select a block"));
    // The screen's name on the map.
    bool screen = false;
    for (const QGraphicsItem *item : scene.items()) {
        const auto *label = dynamic_cast<const PlanLabelItem *>(item);
        screen = screen || (label && label->text() == QStringLiteral("LEINWAND"));
    }
    EXPECT_TRUE(screen);
}

TEST_F(German, NoEnglishStandardButtonsInTheBoxOffice)
{
    ServerConnection connection(QStringLiteral("T-de"));
    LocalCache cache{QString()};
    MainWindow window(&connection, &cache);
    window.show();
    SalesDialog sales(&connection, &window);
    sales.show();
    PrinterSettingsDialog printer(&window);
    printer.show();
    ShortcutsDialog shortcuts(&window);
    shortcuts.show();
    const QStringList texts = buttonTexts({&window, &sales, &printer, &shortcuts});
    // ("OK" is German too.)
    for (const char *english : {"Close", "Cancel", "Apply", "Save", "Yes", "No", "Open", "Help", "Reset", "Discard"})
        EXPECT_FALSE(texts.contains(QString::fromLatin1(english))) << english << " in " << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Schließen"))) << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Abbrechen"))) << texts.join(u'|').toStdString();
    EXPECT_EQ(sales.windowTitle(), QStringLiteral("Verkäufe und Erstattungen"));

    // Column headers fit their (German) titles.
    sales.resize(720, 520);
    QApplication::processEvents();
    auto *results = sales.findChild<QTreeWidget *>(QStringLiteral("salesResults"));
    ASSERT_NE(results, nullptr);
    for (int column = 1; column < results->columnCount(); ++column) {
        const QString title = results->headerItem()->text(column);
        EXPECT_GE(results->header()->sectionSize(column), results->header()->fontMetrics().horizontalAdvance(title))
            << title.toStdString();
    }
}

TEST(English, PluralsAreWords)
{
    // The sources are English; marquee_en.ts gives their plural forms ("1 seat", "2 seats").
    installTranslation(*qApp, QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("Marquee::ShowPicker", "%n show(s)", nullptr, 1), QStringLiteral("1 show"));
    EXPECT_EQ(QCoreApplication::translate("Marquee::ShowPicker", "%n show(s)", nullptr, 5), QStringLiteral("5 shows"));
    EXPECT_EQ(QCoreApplication::translate("Marquee::BasketWidget", "%n seat(s): %1", nullptr, 2), QStringLiteral("2 seats: %1"));
    EXPECT_EQ(QCoreApplication::translate("Marquee::SignInDialog", "Too many failed sign-ins: try again in %n minute(s).", nullptr, 1),
              QStringLiteral("Too many failed sign-ins: try again in 1 minute."));
    EXPECT_EQ(QCoreApplication::translate("Marquee::UsersPage", "%n user(s).", nullptr, 3), QStringLiteral("3 users."));
}

namespace {

// Menus whose entries share an underlined letter (Alt+letter then picks the first one only).
QStringList mnemonicClashes(const QMainWindow &window)
{
    QStringList clashes;
    QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : std::as_const(menus)) {
        QHash<QChar, QString> seen;
        for (QAction *action : menu->actions()) {
            const QString text = action->text();
            for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
                if (text.at(i + 1) == u'&')
                    continue;
                const QChar key = text.at(i + 1).toLower();
                if (seen.contains(key))
                    clashes.append(seen.value(key) + QStringLiteral(" / ") + text);
                seen.insert(key, text);
                break;
            }
        }
    }
    return clashes;
}

} // namespace

TEST(Menus, EveryEntryOfAMenuHasItsOwnAltKeyInEnglishAndGerman)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        installTranslation(*qApp, language);
        ServerConnection connection(QStringLiteral("T-menus"));
        LocalCache cache{QString()};
        MainWindow window(&connection, &cache);
        const QStringList clashes = mnemonicClashes(window);
        EXPECT_TRUE(clashes.isEmpty()) << language.toStdString() << ": " << clashes.join(QStringLiteral("; ")).toStdString();
        StudioWindow studio;
        StudioConnection studioServer(&connection, &studio); // its actions join the Layout menu
        const QStringList studioClashes = mnemonicClashes(studio);
        EXPECT_TRUE(studioClashes.isEmpty()) << "studio, " << language.toStdString() << ": "
                                             << studioClashes.join(QStringLiteral("; ")).toStdString();
        BackOfficeWindow backOffice(&connection);
        const QStringList backOfficeClashes = mnemonicClashes(backOffice);
        EXPECT_TRUE(backOfficeClashes.isEmpty()) << "back office, " << language.toStdString() << ": "
                                                 << backOfficeClashes.join(QStringLiteral("; ")).toStdString();
    }
    installTranslation(*qApp, QStringLiteral("en"));
}
