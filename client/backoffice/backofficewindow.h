#pragma once

#include <QtWidgets/QMainWindow>

class QListWidget;
class QStackedWidget;

namespace Marquee {

class AuditPage;
class ReportsPage;
class ServerConnection;
class UsersPage;

// The back office (managers and admins): a navigation on the left, one page per subject on the
// right. A page is a widget with a title: addPage() is all a new one needs. Pages load what they
// show when they are first shown (and on Refresh).
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

    UsersPage *usersPage() const { return m_users; }
    AuditPage *auditPage() const { return m_audit; }
    ReportsPage *reportsPage() const { return m_reports; }

private:
    ServerConnection *m_connection;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    UsersPage *m_users;
    AuditPage *m_audit;
    ReportsPage *m_reports;
};

} // namespace Marquee
