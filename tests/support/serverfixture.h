#pragma once

// A running marquee-server (in this process, on port 0) on a fresh database seeded with the demo
// venue, and terminals that connect to it over real WebSockets.
#include "demoseed.h"
#include "metrics.h"
#include "paymentterminal.h"
#include "printers.h"
#include "schema.h"
#include "syncserver.h"
#include "testpostgres.h"
#include "testterminal.h"

#include <QtCore/QTimeZone>

#include <memory>
#include <vector>

namespace Marquee::Test {

class ServerTest : public PostgresTest
{
public:
    // The demo venue's time zone (Berlin) and today there: the demo's shows are that day's and
    // the next, at Berlin's wall-clock times, whatever the zone of the machine.
    static QTimeZone demoZone();
    static QDate demoToday();

protected:
    void SetUp() override;
    void TearDown() override;

    // A second server process's worth of server on the same database.
    std::unique_ptr<SyncServer> startServer(ServerConfig config = {});
    ServerConfig baseConfig() const;
    QUrl url(const SyncServer &server) const;
    QUrl url() const { return url(*m_server); }

    // A connected terminal that said hello (and signed in when `user` is given).
    TestTerminal *terminal(const QString &user = QStringLiteral("cashier"), SyncServer *server = nullptr);
    // The id of the first demo show in `auditorium` ("Studio", "Cinema 1", "Grand Hall").
    QString showId(const QString &auditorium = QStringLiteral("Studio"));
    // Seat ids of a show, in seat order.
    QStringList seatIds(const QString &showId);
    QString scalar(const QString &sql, const QList<QString> &params = {});

    SimulatedPaymentTerminal &cardTerminal() { return *static_cast<SimulatedPaymentTerminal *>(m_server->paymentTerminal()); }

    std::unique_ptr<SyncServer> m_server;
    std::vector<std::unique_ptr<TestTerminal>> m_terminals;
    int m_terminalCount = 0;
};

} // namespace Marquee::Test
