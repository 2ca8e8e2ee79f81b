#pragma once

#include "protocol/audit.h"

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtWidgets/QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Marquee {

class ServerConnection;

// The audit log (managers, admins): who did what and when, expired holds included. Filters by a
// date range (local days, both included), a user and an action; newest first, a page at a time
// (Load more); details as sentences (seat labels for expired holds); Export CSV of what is listed.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(ServerConnection *connection, QWidget *parent = nullptr);
    ~AuditPage() override;

    // Asks for the first page with the filters as set.
    void refresh();
    // The next page (older entries), when the last answer said there are more.
    void loadMore();
    bool hasMore() const;
    // Writes the listed entries as CSV (UTF-8, a header line); false with statusText() on failure.
    bool exportCsv(const QString &fileName);

    void setDateRange(const QDate &from, const QDate &to);
    QDate rangeFrom() const;
    QDate rangeTo() const;
    // A new day (refresh() tells it the date): a range that ended today moves on with it, so that
    // a page left open over midnight still lists what happens now.
    void dayChanged(const QDate &today);
    // Filters by an action name (empty: every action) and a user id (empty: everyone).
    void setActionFilter(const QString &action);
    void setUserFilter(const QString &userId);
    // Entries per page (tests; the server allows 1..1000).
    void setPageSize(int entries);

    const QList<AuditEntry> &entries() const;
    // The details of the listed row as shown.
    QString detailsText(int row) const;
    QString statusText() const;

    // An action as people read it ("Hold expired"); the details of an entry as a sentence.
    static QString actionTitle(const QString &action);
    static QString describe(const AuditEntry &entry);

Q_SIGNALS:
    // A page arrived (refresh() or loadMore()).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ask(bool more);
    void append(const QList<AuditEntry> &entries);
    void loadUsers();

    ServerConnection *m_connection;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDate m_today; // the day the range was last moved to
    QComboBox *m_user;
    QComboBox *m_action;
    QTableWidget *m_table;
    QPushButton *m_more;
    QLabel *m_status;
    QList<AuditEntry> m_entries;
    bool m_hasMore = false;
    bool m_loaded = false;
    int m_pageSize;
    quint64 m_generation = 0; // answers to an older query are dropped
};

} // namespace Marquee
