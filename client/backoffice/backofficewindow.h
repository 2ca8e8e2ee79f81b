#pragma once

#include <QtWidgets/QMainWindow>

class QListWidget;
class QStackedWidget;

namespace Marquee {

class AuditPage;
class SeatsPage;
class PricesPage;
class ProgrammePage;
class ReportsPage;
class ServerConnection;
class TitlesPage;
class UsersPage;
class WebhooksPage;

// The back office (managers and admins): a navigation on the left, one page per subject on the
// right. A page is a widget with a title: addPage() is all a new one needs. Pages load what they
// show when they are first shown (and on Refresh). Webhooks is listed for admins only.
class BackOfficeWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackOfficeWindow)

public:
    explicit BackOfficeWindow(ServerConnection *connection, QWidget *parent = nullptr);
    ~BackOfficeWindow() override;

    // Adds a page at the end of the navigation; returns its index.
    int addPage(const QString &title, QWidget *page);
    void showPage(int index);
    int currentPage() const;
    int pageCount() const;
    // The index of one of this window's pages, -1 if it is not one.
    int pageIndex(const QWidget *page) const;

    UsersPage *usersPage() const { return m_users; }
    AuditPage *auditPage() const { return m_audit; }
    SeatsPage *seatsPage() const { return m_seats; }
    ProgrammePage *programmePage() const { return m_programme; }
    TitlesPage *titlesPage() const { return m_titles; }
    PricesPage *pricesPage() const { return m_prices; }
    ReportsPage *reportsPage() const { return m_reports; }
    WebhooksPage *webhooksPage() const { return m_webhooks; }
    // The index of the Webhooks page (listed for admins only).
    int webhooksPageIndex() const { return m_webhooksIndex; }
    bool isPageListed(int index) const;

private:
    ServerConnection *m_connection;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    UsersPage *m_users;
    AuditPage *m_audit;
    SeatsPage *m_seats;
    ProgrammePage *m_programme;
    TitlesPage *m_titles;
    PricesPage *m_prices;
    ReportsPage *m_reports;
    WebhooksPage *m_webhooks;
    int m_webhooksIndex = -1;
};

} // namespace Marquee
