#include "auditpage.h"

#include "formatting.h"
#include "protocol.h"
#include "serverconnection.h"

#include <QtCore/QDir>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QSaveFile>
#include <QtCore/QTimeZone>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

namespace {

enum Column { TimeColumn, UserColumn, ActionColumn, DetailsColumn, ColumnCount };

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(value.isArray()
                                     ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return QString();
}

QString labels(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return QLocale().createSeparatedList(list);
}

QString csvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

AuditPage::AuditPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_user(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_more(new QPushButton(tr("Load &more"), this))
    , m_status(new QLabel(this))
    , m_pageSize(DefaultAuditEntriesPerPage)
{
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(today.addDays(-7));
    m_to->setDate(today);
    m_today = today;
    m_user->addItem(tr("Everyone"), QString());
    m_action->addItem(tr("Every action"), QString());
    for (const QString &action : auditActions())
        m_action->addItem(actionTitle(action), action);
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("User"), tr("Action"), tr("Details") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_more->setEnabled(false);

    auto *show = new QPushButton(tr("&Show"), this);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), this);
    connect(show, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_more, &QPushButton::clicked, this, &AuditPage::loadMore);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"), QDir::home().filePath(QStringLiteral("audit-log.csv")),
            tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            exportCsv(file);
    });
    auto *filters = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    for (QWidget *w : std::initializer_list<QWidget *> { fromLabel, m_from, toLabel, m_to, userLabel, m_user,
                                                         actionLabel, m_action, show })
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(exportButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(connection, &ServerConnection::signedIn, this, [this] {
        if (isVisible())
            refresh();
    });
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_connection->isSignedIn())
        refresh();
}

QString AuditPage::actionTitle(const QString &action)
{
    static const QHash<QString, const char *> titles = {
        { QStringLiteral("sale"), QT_TR_NOOP("Sale") },
        { QStringLiteral("refund"), QT_TR_NOOP("Refund") },
        { QStringLiteral("hold_expired"), QT_TR_NOOP("Hold expired") },
        { QStringLiteral("shift_open"), QT_TR_NOOP("Shift opened") },
        { QStringLiteral("shift_close"), QT_TR_NOOP("Shift closed") },
        { QStringLiteral("venue_create"), QT_TR_NOOP("Venue created") },
        { QStringLiteral("venue_rename"), QT_TR_NOOP("Venue renamed") },
        { QStringLiteral("auditorium_create"), QT_TR_NOOP("Auditorium created") },
        { QStringLiteral("auditorium_rename"), QT_TR_NOOP("Auditorium renamed") },
        { QStringLiteral("layout_upload"), QT_TR_NOOP("Layout uploaded") },
        { QStringLiteral("layout_draft_save"), QT_TR_NOOP("Layout draft saved") },
        { QStringLiteral("layout_draft_discard"), QT_TR_NOOP("Layout draft discarded") },
        { QStringLiteral("layout_publish"), QT_TR_NOOP("Layout published") },
        { QStringLiteral("show_layout_change"), QT_TR_NOOP("Show moved to another layout") },
        { QStringLiteral("user_create"), QT_TR_NOOP("User created") },
        { QStringLiteral("user_update"), QT_TR_NOOP("User changed") },
        { QStringLiteral("user_password_reset"), QT_TR_NOOP("Password reset") },
        { QStringLiteral("user_password_change"), QT_TR_NOOP("Password changed") },
        { QStringLiteral("sign_in_locked"), QT_TR_NOOP("Sign-in locked") },
        { QStringLiteral("title_create"), QT_TR_NOOP("Title created") },
        { QStringLiteral("title_update"), QT_TR_NOOP("Title changed") },
        { QStringLiteral("venue_update"), QT_TR_NOOP("Venue settings changed") },
        { QStringLiteral("show_schedule"), QT_TR_NOOP("Show scheduled") },
        { QStringLiteral("show_move"), QT_TR_NOOP("Show moved") },
        { QStringLiteral("show_status"), QT_TR_NOOP("Show status changed") },
        { QStringLiteral("show_cancel"), QT_TR_NOOP("Show cancelled") },
        { QStringLiteral("show_refund"), QT_TR_NOOP("Show refunded") },
        { QStringLiteral("shows_copy"), QT_TR_NOOP("Shows copied") },
        { QStringLiteral("seats_block"), QT_TR_NOOP("Seats blocked") },
        { QStringLiteral("seats_unblock"), QT_TR_NOOP("Seats released") },
        { QStringLiteral("ticket_type_create"), QT_TR_NOOP("Ticket type created") },
        { QStringLiteral("ticket_type_update"), QT_TR_NOOP("Ticket type changed") },
        { QStringLiteral("price_card_create"), QT_TR_NOOP("Price card created") },
        { QStringLiteral("price_card_update"), QT_TR_NOOP("Price card changed") },
        { QStringLiteral("price_card_delete"), QT_TR_NOOP("Price card deleted") },
        { QStringLiteral("show_price_card"), QT_TR_NOOP("Show's price card changed") },
        { QStringLiteral("payment_intent"), QT_TR_NOOP("Card payment started") },
        { QStringLiteral("payment_captured"), QT_TR_NOOP("Card payment approved") },
        { QStringLiteral("payment_failed"), QT_TR_NOOP("Card sale refused") },
        { QStringLiteral("payment_voided"), QT_TR_NOOP("Card payment given back") },
        { QStringLiteral("payment_not_charged"), QT_TR_NOOP("Card not charged") },
        { QStringLiteral("payment_reconciled"), QT_TR_NOOP("Unfinished card sale settled") },
    };
    const char *title = titles.value(action, nullptr);
    return title ? tr(title) : action;
}

QString AuditPage::describe(const AuditEntry &entry)
{
    const QJsonObject &d = entry.details;
    if (entry.action == QLatin1String("hold_expired")) {
        const int seats = int(d.value(QLatin1String("seats")).toArray().size());
        return tr("%n seat(s) of “%1” free again: %2 (held at terminal %3 until %4)", nullptr, seats)
            .arg(
                d.value(QLatin1String("title")).toString(), labels(d.value(QLatin1String("labels"))),
                d.value(QLatin1String("terminal")).toString(),
                formatDateTime(QDateTime::fromMSecsSinceEpoch(d.value(QLatin1String("expiresAt")).toInteger())
                                   .toLocalTime()));
    }
    if (entry.action == QLatin1String("sale")) {
        const QJsonArray tickets = d.value(QLatin1String("tickets")).toArray();
        QStringList seats;
        for (const QJsonValue &t : tickets)
            seats.append(t.toObject().value(QLatin1String("seat")).toString());
        const auto total = Money::fromMinor(d.value(QLatin1String("total")).toInteger(),
                                            d.value(QLatin1String("currency")).toString());
        return tr("Sale %1: %n ticket(s), %2, at terminal %3: %4", nullptr, int(tickets.size()))
            .arg(entry.saleId.value_or(QString()), total ? formatMoney(*total) : QString(),
                 d.value(QLatin1String("terminal")).toString(), QLocale().createSeparatedList(seats));
    }
    if (entry.action.startsWith(QLatin1String("payment_")) && d.contains(QLatin1String("reference"))) {
        const auto amount = Money::fromMinor(d.value(QLatin1String("amount")).toInteger(),
                                             d.value(QLatin1String("currency")).toString());
        return tr("%1, card terminal reference %2").arg(amount ? formatMoney(*amount) : QString(),
                                                        d.value(QLatin1String("reference")).toString());
    }
    if (entry.action == QLatin1String("payment_reconciled")) {
        return d.value(QLatin1String("outcome")).toString() == QLatin1String("completed")
            ? tr("The sale of hold %1 was completed with the card payments taken").arg(jsonText(d.value(QLatin1String("hold"))))
            : tr("The card payments for hold %1 were given back").arg(jsonText(d.value(QLatin1String("hold"))));
    }
    if (entry.action == QLatin1String("shift_close")) {
        const QString currency = d.value(QLatin1String("currency")).toString();
        const auto money = [&](const char *key) {
            const auto amount = Money::fromMinor(d.value(QLatin1String(key)).toInteger(), currency);
            return amount ? formatMoney(*amount) : jsonText(d.value(QLatin1String(key)));
        };
        QString text = tr("Counted %1, expected %2, difference %3, at terminal %4")
                           .arg(money("countedCash"), money("expectedCash"), money("difference"),
                                d.value(QLatin1String("terminal")).toString());
        if (const QString note = d.value(QLatin1String("note")).toString(); !note.isEmpty())
            text += QStringLiteral(": ") + note;
        return text;
    }
    if (entry.action == QLatin1String("shift_open")) {
        // The float has no currency of its own (a terminal's drawer): shown with two decimals.
        return tr("Opening float %1 at terminal %2")
            .arg(QLocale().toString(double(d.value(QLatin1String("openingFloat")).toInteger()) / 100, 'f', 2),
                 d.value(QLatin1String("terminal")).toString());
    }
    if (entry.action == QLatin1String("user_create")) {
        const QString name = d.value(QLatin1String("name")).toString();
        const QString username = d.value(QLatin1String("username")).toString();
        return tr("%1, role %2")
            .arg(name.isEmpty() || name == username ? username : QStringLiteral("%1 (%2)").arg(name, username),
                 d.value(QLatin1String("role")).toString());
    }
    // Other actions: their details as "key: value", by key.
    QStringList parts;
    for (auto it = d.constBegin(); it != d.constEnd(); ++it)
        parts.append(it.key() + QStringLiteral(": ") + jsonText(it.value()));
    QString text = parts.join(QStringLiteral(" · "));
    if (entry.saleId)
        text.prepend(tr("Sale %1").arg(*entry.saleId) + (text.isEmpty() ? QString() : QStringLiteral(" · ")));
    return text;
}

void AuditPage::setDateRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void AuditPage::setActionFilter(const QString &action)
{
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
}

void AuditPage::setUserFilter(const QString &userId)
{
    int index = m_user->findData(userId);
    if (index < 0) {
        m_user->addItem(userId, userId); // before the list of users arrived
        index = m_user->count() - 1;
    }
    m_user->setCurrentIndex(index);
}

void AuditPage::setPageSize(int entries)
{
    m_pageSize = qBound(1, entries, MaxAuditEntriesPerPage);
}

const QList<AuditEntry> &AuditPage::entries() const
{
    return m_entries;
}

QString AuditPage::detailsText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, DetailsColumn);
    return item ? item->text() : QString();
}

QString AuditPage::statusText() const
{
    return m_status->text();
}

bool AuditPage::hasMore() const
{
    return m_hasMore;
}

QDate AuditPage::rangeFrom() const
{
    return m_from->date();
}

QDate AuditPage::rangeTo() const
{
    return m_to->date();
}

void AuditPage::dayChanged(const QDate &today)
{
    if (today == m_today)
        return;
    if (m_to->date() == m_today) {
        m_from->setDate(m_from->date().addDays(m_today.daysTo(today)));
        m_to->setDate(today);
    }
    m_today = today;
}

void AuditPage::refresh()
{
    dayChanged(QDate::currentDate());
    m_loaded = true;
    m_entries.clear();
    m_table->setRowCount(0);
    loadUsers();
    ask(false);
}

void AuditPage::loadMore()
{
    if (m_hasMore && !m_entries.isEmpty())
        ask(true);
}

void AuditPage::loadUsers()
{
    QPointer<AuditPage> self(this);
    m_connection->ask<ListUsersReply>(
        ListUsersRequest {}, [self](const ListUsersReply *reply, const ErrorMessage *) {
            if (!self || !reply)
                return; // the filter offers "Everyone" only
            const QString current = self->m_user->currentData().toString();
            self->m_user->clear();
            self->m_user->addItem(tr("Everyone"), QString());
            for (const UserAccount &u : reply->users)
                self->m_user->addItem(tr("%1 (%2)").arg(u.name, u.user), u.id);
            self->m_user->setCurrentIndex(qMax(0, self->m_user->findData(current)));
        });
}

void AuditPage::ask(bool more)
{
    if (m_from->date() > m_to->date()) {
        m_status->setText(tr("The range ends before it begins."));
        return;
    }
    ListAuditLogRequest request;
    request.from = m_from->date().startOfDay();
    request.to = m_to->date().addDays(1).startOfDay(); // the last day included
    if (const QString user = m_user->currentData().toString(); !user.isEmpty())
        request.userId = user;
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        request.actions = { action };
    request.limit = m_pageSize;
    if (more)
        request.before = m_entries.last().id;
    const quint64 generation = more ? m_generation : ++m_generation;
    m_more->setEnabled(false);
    m_status->setText(tr("Loading…"));
    QPointer<AuditPage> self(this);
    m_connection->ask<ListAuditLogReply>(
        request, [self, generation](const ListAuditLogReply *reply, const ErrorMessage *error) {
            if (!self || generation != self->m_generation)
                return;
            if (error) {
                self->m_status->setText(
                    tr("The audit log could not be read: %1")
                        .arg(error->message.isEmpty() ? errorCodeDescription(error->code) : error->message));
                self->m_more->setEnabled(self->m_hasMore);
                return;
            }
            self->m_hasMore = reply->more;
            self->append(reply->entries);
            self->m_more->setEnabled(reply->more);
            self->m_status->setText(
                reply->more
                    ? tr("%n entries listed; older ones match too.", nullptr, int(self->m_entries.size()))
                    : tr("%n entries listed.", nullptr, int(self->m_entries.size())));
            Q_EMIT self->loaded();
        });
}

void AuditPage::append(const QList<AuditEntry> &entries)
{
    int row = m_table->rowCount();
    m_table->setRowCount(row + int(entries.size()));
    for (const AuditEntry &e : entries) {
        m_entries.append(e);
        const QStringList cells = { formatDateTime(e.at.toLocalTime()), e.userName.value_or(tr("(server)")),
                                    actionTitle(e.action), describe(e) };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        ++row;
    }
    m_table->resizeColumnToContents(TimeColumn);
    m_table->resizeColumnToContents(UserColumn);
    m_table->resizeColumnToContents(ActionColumn);
}

bool AuditPage::exportCsv(const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_status->setText(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    QString text = QStringLiteral("id,time,user,action,description,details\n");
    for (const AuditEntry &e : std::as_const(m_entries)) {
        const QStringList fields
            = { e.id,
                e.at.toUTC().toString(Qt::ISODate),
                e.userName.value_or(QString()),
                e.action,
                describe(e),
                QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)) };
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        text += quoted.join(u',') + u'\n';
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        m_status->setText(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    m_status->setText(tr("%n entries exported to %1.", nullptr, int(m_entries.size()))
                          .arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace Marquee
