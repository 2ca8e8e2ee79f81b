#include "webhookspage.h"

#include "formatting.h"
#include "protocol.h"
#include "serverconnection.h"
#include "webhookdialog.h"

#include <QtCore/QTimer>
#include <QtGui/QBrush>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Today's times as the time alone (the state of an endpoint is read at a glance), others with
// their date.
QString when(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? formatTime(local.time()) : formatDateTime(local);
}

// Ids sort as numbers where they are numbers (the server's are).
bool byId(const Webhook &a, const Webhook &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const qint64 x = a.id.toLongLong(&aNumber);
    const qint64 y = b.id.toLongLong(&bNumber);
    if (aNumber && bNumber)
        return x < y;
    return a.id < b.id;
}

} // namespace

WebhooksPage::WebhooksPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_table(makeTable(ColumnCount,
                        { tr("URL"), tr("Events"), tr("Active"), tr("Delivered"), tr("Pending"), tr("Given up"),
                          tr("State") },
                        this))
    , m_failuresTitle(new QLabel(this))
    , m_failures(makeTable(FailureColumnCount, { tr("Time"), tr("Event"), tr("Attempt"), tr("Error") }, this))
    , m_status(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_timer(new QTimer(this))
{
    m_table->setObjectName(QStringLiteral("webhooks"));
    m_failures->setObjectName(QStringLiteral("failures"));
    // The state and the error take the room that is left (a long one is whole in its tooltip and
    // above the failures).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    // A long state or URL wraps in its row rather than being cut off.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this] {
        m_table->resizeRowsToContents();
    });
    m_failures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_failures->horizontalHeader()->setSectionResizeMode(FailureErrorColumn, QHeaderView::Stretch);
    m_failuresTitle->setObjectName(QStringLiteral("failuresTitle"));
    m_failuresTitle->setWordWrap(true);
    m_failuresTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setSelectionMode(QAbstractItemView::NoSelection);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add webhook…"), this);
    auto *reload = new QPushButton(tr("Re&fresh"), this);
    connect(add, &QPushButton::clicked, this, &WebhooksPage::addWebhook);
    connect(m_edit, &QPushButton::clicked, this, &WebhooksPage::editWebhook);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPage::deleteWebhook);
    connect(reload, &QPushButton::clicked, this, &WebhooksPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selected());
        m_delete->setEnabled(selected());
        showFailures();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &WebhooksPage::editWebhook);
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
    m_timer->setInterval(RefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_connection->isSignedIn() && !m_loading)
            refresh();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    auto *lower = new QWidget(this);
    auto *lowerColumn = new QVBoxLayout(lower);
    lowerColumn->setContentsMargins(0, 0, 0, 0);
    m_failuresTitle->setText(tr("Recent failures: choose an endpoint above."));
    lowerColumn->addWidget(m_failuresTitle);
    lowerColumn->addWidget(m_failures, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    // Signed in (again): the list may have changed meanwhile.
    connect(connection, &ServerConnection::signedIn, this, [this] {
        if (isVisible())
            refresh();
    });
}

WebhooksPage::~WebhooksPage() = default;

void WebhooksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_connection->isSignedIn())
        refresh();
    m_timer->start();
}

void WebhooksPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

bool WebhooksPage::autoRefreshing() const
{
    return m_timer->isActive();
}

QString WebhooksPage::stateText(const Webhook &webhook)
{
    const WebhookDelivery &d = webhook.delivery;
    if (!d.failingSince)
        return tr("OK");
    const QString next = d.nextAttemptAt ? when(*d.nextAttemptAt) : tr("not planned");
    const QString error = d.lastError.value_or(tr("unknown error"));
    return tr("Failing since %1, attempt %2, next try %3: %4")
        .arg(when(*d.failingSince))
        .arg(d.attempts)
        .arg(next, error);
}

QString WebhooksPage::errorText(const ErrorMessage &error)
{
    switch (error.code) {
    case ErrorCode::Forbidden:
        return tr("Only admins manage webhooks.");
    case ErrorCode::NotFound:
        return tr("This webhook no longer exists; refresh the list.");
    case ErrorCode::TooManyItems:
        return tr("A server keeps at most %1 webhooks; delete one first.").arg(MaxWebhooks);
    default:
        return tr("The server refused: %1")
            .arg(error.message.isEmpty() ? errorCodeDescription(error.code) : error.message);
    }
}

void WebhooksPage::refresh()
{
    m_loaded = true;
    m_loading = true;
    if (m_webhooks.isEmpty())
        m_status->setText(tr("Loading the webhooks…"));
    QPointer<WebhooksPage> self(this);
    m_connection->ask<ListWebhooksReply>(
        ListWebhooksRequest {}, [self](const ListWebhooksReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            self->m_loading = false;
            if (error) {
                self->m_status->setText(errorText(*error));
                return;
            }
            self->showList(*reply);
            Q_EMIT self->loaded();
        });
}

void WebhooksPage::showList(const ListWebhooksReply &reply)
{
    const QString current = selectedId();
    m_webhooks = reply.webhooks;
    m_eventTypes = reply.eventTypes;
    showWebhooks(current);
    qsizetype failing = 0;
    for (const Webhook &w : std::as_const(m_webhooks))
        failing += w.delivery.failingSince ? 1 : 0;
    const QString count = tr("%n webhook(s)", nullptr, int(m_webhooks.size()));
    m_status->setText(failing == 0 ? tr("%1, updated at %2.").arg(count, formatTime(QTime::currentTime()))
                                   : tr("%1, %2 failing, updated at %3.")
                                         .arg(count)
                                         .arg(failing)
                                         .arg(formatTime(QTime::currentTime())));
}

bool WebhooksPage::selectWebhook(const QString &id)
{
    for (int row = 0; row < m_webhooks.size(); ++row) {
        if (m_webhooks.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

WebhookDialog *WebhooksPage::dialog() const
{
    return m_dialog;
}

QString WebhooksPage::statusText() const
{
    return m_status->text();
}

QString WebhooksPage::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString WebhooksPage::failureText(int row, int column) const
{
    const QTableWidgetItem *item = m_failures->item(row, column);
    return item ? item->text() : QString();
}

int WebhooksPage::failureRows() const
{
    return m_failures->rowCount();
}

const Webhook *WebhooksPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_webhooks.size() ? &m_webhooks.at(row) : nullptr;
}

QString WebhooksPage::selectedId() const
{
    const Webhook *w = selected();
    return w ? w->id : QString();
}

void WebhooksPage::showWebhooks(const QString &current)
{
    std::sort(m_webhooks.begin(), m_webhooks.end(), byId);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_webhooks.size()));
    for (int row = 0; row < m_webhooks.size(); ++row) {
        const Webhook &w = m_webhooks.at(row);
        QStringList titles;
        for (const QString &type : w.eventTypes)
            titles.append(eventTypeTitle(type));
        const QStringList cells = { w.url,
                                    w.eventTypes.join(QStringLiteral(", ")),
                                    w.active ? tr("yes") : tr("no (paused)"),
                                    QLocale().toString(w.delivery.delivered),
                                    QLocale().toString(w.delivery.pending),
                                    QLocale().toString(w.delivery.givenUp),
                                    stateText(w) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= DeliveredColumn && column <= GivenUpColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, UrlColumn)->setToolTip(w.url);
        m_table->item(row, EventsColumn)->setToolTip(titles.join(u'\n'));
        m_table->item(row, StateColumn)->setToolTip(stateText(w));
        if (w.delivery.failingSince)
            m_table->item(row, StateColumn)->setForeground(QBrush(QColor(0xb0, 0, 0)));
        if (w.delivery.givenUp > 0)
            m_table->item(row, GivenUpColumn)->setForeground(QBrush(QColor(0xb0, 0, 0)));
    }
    m_table->resizeColumnToContents(UrlColumn);
    // A long URL does not push the state out of sight: it wraps in a narrower column.
    const int urlWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40;
    if (m_table->columnWidth(UrlColumn) > urlWidth)
        m_table->setColumnWidth(UrlColumn, urlWidth);
    m_table->resizeRowsToContents();
    if (!current.isEmpty())
        selectWebhook(current);
    m_edit->setEnabled(selected());
    m_delete->setEnabled(selected());
    showFailures();
}

void WebhooksPage::showFailures()
{
    m_failures->setRowCount(0);
    const Webhook *w = selected();
    if (!w) {
        m_failuresTitle->setText(tr("Recent failures: choose an endpoint above."));
        return;
    }
    m_failuresTitle->setText(w->url + u'\n' + tr("State: %1").arg(stateText(*w)) + u'\n'
                             + (w->recentFailures.isEmpty() ? tr("Recent failures: none.")
                                                            : tr("Recent failures, newest first:")));
    m_failures->setRowCount(int(w->recentFailures.size()));
    for (int row = 0; row < w->recentFailures.size(); ++row) {
        const WebhookFailure &f = w->recentFailures.at(row);
        const QStringList cells = { when(f.at), tr("%1 (no. %2)").arg(f.eventType).arg(f.sequence),
                                    QLocale().toString(f.attempt), f.error };
        for (int column = 0; column < FailureColumnCount; ++column)
            m_failures->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_failures->item(row, FailureEventColumn)->setToolTip(tr("Event %1").arg(f.eventId));
    }
}

void WebhooksPage::put(const Webhook &webhook)
{
    const auto it = std::find_if(m_webhooks.begin(), m_webhooks.end(),
                                 [&webhook](const Webhook &w) { return w.id == webhook.id; });
    if (it == m_webhooks.end())
        m_webhooks.append(webhook);
    else
        *it = webhook;
    showWebhooks(webhook.id);
}

void WebhooksPage::addWebhook()
{
    openDialog(nullptr);
}

void WebhooksPage::editWebhook()
{
    if (const Webhook *w = selected())
        openDialog(w);
}

void WebhooksPage::openDialog(const Webhook *webhook)
{
    auto *dialog = new WebhookDialog(m_eventTypes, webhook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const std::optional<Webhook> before = webhook ? std::optional<Webhook>(*webhook) : std::nullopt;
    connect(dialog, &WebhookDialog::submitted, this, [this, dialog, before] {
        QPointer<WebhookDialog> guard(dialog);
        const auto answered = [self = QPointer<WebhooksPage>(this), guard](const WebhookReply *reply,
                                                                          const ErrorMessage *error) {
            if (guard)
                guard->setBusy(false);
            if (!self)
                return;
            if (error) {
                if (guard)
                    guard->showError(errorText(*error), error->where); // what was typed stays
                else
                    self->m_status->setText(errorText(*error));
                return;
            }
            if (guard)
                guard->accept();
            self->put(reply->webhook);
            self->m_status->setText(tr("Webhook %1 saved.").arg(reply->webhook.url));
        };
        if (!before) {
            dialog->setBusy(true);
            m_connection->ask<WebhookReply>(
                CreateWebhookRequest { dialog->url(), dialog->eventTypes(), dialog->secret(), dialog->active() },
                answered);
            return;
        }
        UpdateWebhookRequest request;
        request.webhookId = before->id;
        if (dialog->url() != before->url)
            request.url = dialog->url();
        if (dialog->eventTypes() != before->eventTypes)
            request.eventTypes = dialog->eventTypes();
        if (!dialog->secret().isEmpty())
            request.secret = dialog->secret();
        if (dialog->active() != before->active)
            request.active = dialog->active();
        if (!request.url && !request.eventTypes && !request.secret && !request.active) {
            dialog->accept(); // nothing changed
            return;
        }
        dialog->setBusy(true);
        m_connection->ask<WebhookReply>(request, answered);
    });
    dialog->open();
}

void WebhooksPage::deleteWebhook()
{
    const Webhook *w = selected();
    if (!w)
        return;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Delete webhook"),
        tr("Delete the webhook to %1? It receives no more events, and the events still pending for it are "
           "not delivered.")
            .arg(w->url),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = question;
    const QString id = w->id;
    const QString url = w->url;
    connect(question, &QMessageBox::finished, this, [this, id, url](int result) {
        if (result == QMessageBox::Yes)
            sendDelete(id, url);
    });
    question->open();
}

void WebhooksPage::sendDelete(const QString &id, const QString &url)
{
    m_status->setText(tr("Deleting the webhook to %1…").arg(url));
    QPointer<WebhooksPage> self(this);
    m_connection->ask<DeleteWebhookReply>(
        DeleteWebhookRequest { id }, [self, url](const DeleteWebhookReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                self->m_status->setText(errorText(*error));
                return;
            }
            const QString current = self->selectedId();
            self->m_webhooks.removeIf([&reply](const Webhook &w) { return w.id == reply->webhookId; });
            self->showWebhooks(current);
            self->m_status->setText(tr("The webhook to %1 was deleted.").arg(url));
        });
}

} // namespace Marquee
