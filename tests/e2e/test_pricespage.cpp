// End to end: the back office's Prices page against a real marquee-server and PostgreSQL over
// real WebSockets: the demo venue's types and cards, a ticket type added, a price card edited in
// the table with its problems shown in place (no amount, a missing price) and saved, and the
// server's refusal of a card in use shown on the page.
#include "pricespage.h"
#include "serverconnection.h"
#include "serverfixture.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QStandardItemModel>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTableView>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

class PricesPageTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        m_connection = std::make_unique<ServerConnection>(QStringLiteral("office-manager"));
        m_connection->open(url());
        bool signedIn = false;
        m_connection->signIn(QStringLiteral("manager"), QStringLiteral("manager"),
                             [&signedIn](const Result<SessionReply> &s) { signedIn = bool(s); });
        ASSERT_TRUE(waitUntil([&signedIn] { return signedIn; }, 30000));
        m_page = std::make_unique<PricesPage>(m_connection.get());
        m_page->show();
        QSignalSpy loaded(m_page.get(), &PricesPage::loaded);
        if (loaded.isEmpty()) {
            ASSERT_TRUE(loaded.wait(30000));
        }
        // The rows: the categories of the first auditorium's layout (get_layout answered).
        ASSERT_TRUE(waitUntil([this] { return !m_page->categories().isEmpty(); }, 30000));
    }

    void TearDown() override
    {
        m_page.reset();
        m_connection.reset();
        ServerTest::TearDown();
    }

    // Sends what the page does and waits for the server's answer (and, when accepted, the
    // reloaded pricing).
    bool answered(const std::function<void()> &action)
    {
        QSignalSpy answer(m_page.get(), &PricesPage::answered);
        QSignalSpy loaded(m_page.get(), &PricesPage::loaded);
        action();
        if (!answer.wait(30000))
            return false;
        return !answer.first().first().toBool() || loaded.wait(30000);
    }

    QTemporaryDir m_home;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<PricesPage> m_page;
};

} // namespace

TEST_F(PricesPageTest, ListsTheDemoTypesAndAddsOne)
{
    QStringList names;
    for (const TicketType &t : m_page->pricing().ticketTypes)
        names.append(t.name);
    EXPECT_EQ(names, (QStringList { QStringLiteral("Adult"), QStringLiteral("Child"), QStringLiteral("Senior") }));
    ASSERT_TRUE(answered([this] { m_page->addTicketType(QStringLiteral("Student"), QStringLiteral("ID required")); }));
    EXPECT_EQ(scalar(QStringLiteral("SELECT concat_ws(',', name, note, position) FROM ticket_types WHERE name = 'Student'")),
              QStringLiteral("Student,ID required,4"));
    EXPECT_EQ(m_page->typeColumns().size(), 4) << "a column for the new type";
    // A second one of that name: the server's refusal on the page, nothing added.
    ASSERT_TRUE(answered([this] { m_page->addTicketType(QStringLiteral("student"), QString()); }));
    EXPECT_TRUE(m_page->statusText().contains(QStringLiteral("another one of this name"))) << m_page->statusText().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM ticket_types WHERE lower(name) = 'student'")), QStringLiteral("1"));
}

TEST_F(PricesPageTest, ANewCardIsValidatedInPlaceAndSaved)
{
    m_page->selectCard(QString());
    m_page->setCardName(QStringLiteral("Matinee"));
    const QStringList types = m_page->typeColumns();
    const QStringList categories = m_page->categories();
    ASSERT_GE(types.size(), 2);
    ASSERT_FALSE(categories.isEmpty());
    EXPECT_FALSE(m_page->canSave()) << "no price yet";
    // A row is headed by its category's name alone ("Standard", not "Standard (standard)").
    const QTableView *matrix = m_page->findChild<QTableView *>();
    ASSERT_TRUE(matrix);
    for (int r = 0; r < matrix->model()->rowCount(); ++r) {
        const QString header = matrix->model()->headerData(r, Qt::Vertical).toString();
        EXPECT_FALSE(header.isEmpty());
        EXPECT_FALSE(header.contains(u'(')) << header.toStdString();
    }
    const QLabel *problem = m_page->findChild<QLabel *>(QStringLiteral("problem"));
    ASSERT_TRUE(problem);
    EXPECT_FALSE(problem->styleSheet().contains(QStringLiteral("color"))) << "what is left to fill in is no error";
    m_page->setCell(categories.first(), types[0], QStringLiteral("9,5x"));
    EXPECT_TRUE(m_page->problem().contains(QStringLiteral("no amount"))) << m_page->problem().toStdString();
    EXPECT_TRUE(problem->styleSheet().contains(QStringLiteral("#b00020"))) << "a cell that is no amount is";
    EXPECT_FALSE(m_page->canSave());
    m_page->setCell(categories.first(), types[0], QStringLiteral("9,50"));
    m_page->setCell(categories.first(), types[1], QStringLiteral("6"));
    for (const QString &category : categories.mid(1))
        m_page->setCell(category, types[0], QStringLiteral("11.00"));
    if (categories.size() > 1) {
        EXPECT_TRUE(m_page->problem().contains(QStringLiteral("missing"))) << m_page->problem().toStdString();
        EXPECT_FALSE(m_page->canSave());
        for (const QString &category : categories.mid(1))
            m_page->setCell(category, types[1], QStringLiteral("7.00"));
    }
    EXPECT_TRUE(m_page->canSave()) << m_page->problem().toStdString();
    ASSERT_TRUE(answered([this] { m_page->saveCard(); }));
    EXPECT_EQ(m_page->statusText(), QStringLiteral("The card Matinee is created."));
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(concat_ws(':', p.category, p.ticket_type_id, p.amount), ','"
                                    " ORDER BY p.category, p.ticket_type_id) FROM price_card_prices p"
                                    " JOIN price_cards c ON c.id = p.card_id WHERE c.name = 'Matinee'"
                                    " AND p.category = $1"),
                     { categories.first() }),
              QStringLiteral("%1:%2:950,%1:%3:600").arg(categories.first(), types[0], types[1]));
    EXPECT_FALSE(m_page->cardId().isEmpty()) << "the saved card stays selected";
}

TEST_F(PricesPageTest, ACardInUseIsNotDeletedAndThePageSaysWhy)
{
    const QString inUse = scalar(QStringLiteral("SELECT min(price_card_id) FROM shows WHERE ends_at > now()"));
    m_page->selectCard(inUse);
    ASSERT_EQ(m_page->cardId(), inUse);
    ASSERT_TRUE(answered([this] { m_page->deleteCard(); }));
    EXPECT_TRUE(m_page->statusText().contains(QStringLiteral("Shows that have not ended"))) << m_page->statusText().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM price_cards WHERE id = $1 AND NOT archived"), { inUse }), QStringLiteral("1"));
}
