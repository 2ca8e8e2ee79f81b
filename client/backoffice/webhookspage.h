#pragma once

#include "protocol/webhooks.h"

#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Marquee {

class ServerConnection;
class WebhookDialog;
struct ErrorMessage;

// Webhooks (admins): the endpoints that receive the server's events, with how their deliveries
// go (delivered, pending, given up, and since when one fails, with its last error and next try),
// the recent failures of the selected one, Add..., Edit..., Delete... (asked first) and Refresh.
// While shown, the list refreshes itself every 10 seconds.
class WebhooksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPage)

public:
    static constexpr int RefreshIntervalMs = 10000;

    explicit WebhooksPage(ServerConnection *connection, QWidget *parent = nullptr);
    ~WebhooksPage() override;

    void refresh();
    void addWebhook();
    void editWebhook();
    // Asks first (confirmation()), then deletes.
    void deleteWebhook();

    // Shows a list as list_webhooks answered it (refresh() does this with the server's answer).
    void showList(const ListWebhooksReply &reply);
    const QList<Webhook> &webhooks() const { return m_webhooks; }
    // Selects the row of an endpoint by id; false when it is not listed.
    bool selectWebhook(const QString &id);
    QString statusText() const;
    // The text of a cell of the endpoints' table / the failures' table (tests, screenshots).
    QString cellText(int row, int column) const;
    QString failureText(int row, int column) const;
    int failureRows() const;
    bool autoRefreshing() const;
    WebhookDialog *dialog() const;
    QWidget *confirmation() const { return m_confirmation; }

    // How an endpoint's deliveries go: "OK", or "Failing since <time>, attempt n, next try
    // <time>: <error>".
    static QString stateText(const Webhook &webhook);
    // A refusal of a webhook request as people read it.
    static QString errorText(const ErrorMessage &error);

    enum Column { UrlColumn, EventsColumn, ActiveColumn, DeliveredColumn, PendingColumn, GivenUpColumn, StateColumn, ColumnCount };
    enum FailureColumn { FailureTimeColumn, FailureEventColumn, FailureAttemptColumn, FailureErrorColumn, FailureColumnCount };

Q_SIGNALS:
    // The list arrived (after refresh()).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The selected row's endpoint: read before m_webhooks changes (rows are its indices).
    const Webhook *selected() const;
    QString selectedId() const;
    // Shows m_webhooks (sorted by id), the endpoint `current` selected again.
    void showWebhooks(const QString &current);
    void showFailures();
    void put(const Webhook &webhook);
    void openDialog(const Webhook *webhook);
    void sendDelete(const QString &id, const QString &url);

    ServerConnection *m_connection;
    QTableWidget *m_table;
    QLabel *m_failuresTitle;
    QTableWidget *m_failures;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTimer *m_timer;
    QList<Webhook> m_webhooks;
    QStringList m_eventTypes;
    QPointer<WebhookDialog> m_dialog;
    QPointer<QWidget> m_confirmation;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace Marquee
