#include "salesdialog.h"

#include "formatting.h"
#include "layoutjson.h"
#include "localcache.h"
#include "serverconnection.h"
#include "ticketrenderer.h"

#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QTreeWidgetItemIterator>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

SalesDialog::SalesDialog(ServerConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_query(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_reason(new QLineEdit(this))
    , m_refund(new QPushButton(tr("&Refund ticked tickets"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Sales and refunds"));
    m_query->setPlaceholderText(tr("Ticket code or sale number (scan or type), then Enter"));
    m_query->setObjectName(QStringLiteral("salesQuery"));
    auto *find = new QPushButton(tr("&Find"), this);
    auto *recent = new QPushButton(tr("Recent &sales"), this);
    m_results->setObjectName(QStringLiteral("salesResults"));
    m_results->setColumnCount(4);
    m_results->setHeaderLabels({tr("Sale / seat"), tr("Category"), tr("Price"), tr("Status")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_results->columnCount(); ++column)
        m_results->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_results->header()->setMinimumSectionSize(m_results->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_reason->setPlaceholderText(tr("Reason for the refund (required)"));
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_status->setObjectName(QStringLiteral("salesStatus"));
    m_status->setWordWrap(true);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(find);
    searchRow->addWidget(recent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_status);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_refund);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(find, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(recent, &QPushButton::clicked, this, &SalesDialog::showRecent);
    connect(m_refund, &QPushButton::clicked, this, &SalesDialog::refund);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SalesDialog::~SalesDialog() = default;

QString SalesDialog::statusText() const
{
    return m_status->text();
}

void SalesDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void SalesDialog::search(const QString &text)
{
    QString query = text.trimmed();
    // A scanned ticket's QR code reads "MARQUEE:<code>".
    if (query.startsWith(QLatin1String("MARQUEE:"), Qt::CaseInsensitive))
        query = query.mid(8);
    if (query.isEmpty())
        return;
    FindSalesRequest request;
    bool number = false;
    query.toLongLong(&number);
    if (number && query.size() < 12)
        request.saleId = query;
    else
        request.ticketCode = query;
    find(request);
}

void SalesDialog::showRecent()
{
    FindSalesRequest request;
    request.recent = SalesScope::Terminal;
    request.limit = 30;
    find(request);
}

void SalesDialog::find(const FindSalesRequest &request)
{
    QPointer<SalesDialog> self(this);
    setStatus(tr("Searching…"), false);
    m_connection->call<FindSalesReply>(request, [this, self](const Result<FindSalesReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            setStatus(reply.error().message, true);
            return;
        }
        showSales(reply->sales);
    });
}

void SalesDialog::showSales(const QList<SaleRecord> &sales)
{
    // Shown again when names arrive: the tickets ticked so far stay ticked.
    QSet<QString> ticked;
    for (QTreeWidgetItemIterator it(m_results, QTreeWidgetItemIterator::Checked); *it; ++it)
        ticked.insert((*it)->data(0, Qt::UserRole).toString());
    m_sales = sales;
    m_results->clear();
    for (const SaleRecord &sale : sales) {
        auto *item = new QTreeWidgetItem(m_results, {tr("Sale %1 · %2 · %3").arg(sale.saleId, formatDateTime(sale.soldAt), showText(sale.showId)),
                                                     QString(), formatMoney(sale.total), QString()});
        item->setToolTip(0, tr("%1\nSold by %2 at terminal %3").arg(item->text(0), sale.userName.value_or(sale.userId), sale.terminalId));
        item->setData(0, Qt::UserRole, sale.saleId);
        for (const Ticket &ticket : sale.tickets) {
            auto *line = new QTreeWidgetItem(item, {tr("%1  (%2)").arg(seatText(sale.showId, ticket.seatId), ticket.code),
                                                    categoryText(sale.showId, ticket.category),
                                                    formatMoney(ticket.price),
                                                    ticket.status == TicketStatus::Refunded ? tr("refunded") : tr("valid")});
            line->setData(0, Qt::UserRole, ticket.id);
            if (ticket.status == TicketStatus::Valid)
                line->setCheckState(0, ticked.contains(ticket.id) ? Qt::Checked : Qt::Unchecked);
        }
        item->setExpanded(true);
    }
    setStatus(sales.isEmpty() ? tr("No sale found.") : tr("%n sale(s) found.", nullptr, int(sales.size())), sales.isEmpty());
}

void SalesDialog::setNameSources(LocalCache *cache, const QList<Show> &knownShows)
{
    m_cache = cache;
    for (const Show &show : knownShows)
        m_shows.insert(show.id, show);
}

QString SalesDialog::showText(const QString &showId)
{
    const auto it = m_shows.constFind(showId);
    if (it == m_shows.cend()) {
        requestShows();
        return tr("Show %1").arg(showId);
    }
    return tr("%1, %2").arg(it->title, formatDateTime(it->start));
}

const Layout *SalesDialog::layoutOf(const QString &showId)
{
    const auto show = m_shows.constFind(showId);
    if (show == m_shows.cend()) {
        requestShows();
        return nullptr;
    }
    const QString key = QStringLiteral("%1/%2").arg(show->auditoriumId).arg(show->layoutVersion);
    if (const auto it = m_layouts.constFind(key); it != m_layouts.cend())
        return &*it;
    // The main window caches every layout it showed, under the same key.
    const QString cacheKey = QStringLiteral("layout:%1:%2").arg(show->auditoriumId).arg(show->layoutVersion);
    if (m_cache) {
        if (const auto cached = m_cache->get(cacheKey)) {
            if (auto layout = layoutFromJson(*cached))
                return &*m_layouts.insert(key, *layout);
        }
    }
    if (m_requested.contains(key) || m_connection->state() != ServerConnection::State::Connected)
        return nullptr;
    m_requested.insert(key);
    GetLayoutRequest request;
    request.auditoriumId = show->auditoriumId;
    request.layoutVersion = show->layoutVersion;
    QPointer<SalesDialog> self(this);
    m_connection->call<GetLayoutReply>(request, [this, self, key, cacheKey](const Result<GetLayoutReply> &reply) {
        if (!self || !reply)
            return;
        if (m_cache)
            m_cache->put(cacheKey, reply->layout);
        if (auto layout = layoutFromJson(reply->layout)) {
            m_layouts.insert(key, *layout);
            showSales(m_sales);
        }
    });
    return nullptr;
}

QString SalesDialog::seatText(const QString &showId, const QString &seatId)
{
    const Layout *layout = layoutOf(showId);
    const SeatRef ref = layout ? layout->findSeat(seatId) : SeatRef();
    return ref ? tr("Row %1, seat %2").arg(ref.row->label, ref.seat->label) : seatId;
}

QString SalesDialog::categoryText(const QString &showId, const QString &categoryId)
{
    const Layout *layout = layoutOf(showId);
    const Category *category = layout ? layout->category(categoryId) : nullptr;
    return category ? category->name : categoryId;
}

void SalesDialog::requestShows()
{
    // Shows are sold ahead: the shows from a day before the earliest sale to 90 days after the
    // latest one, asked for once per such window.
    if (m_sales.isEmpty() || m_connection->state() != ServerConnection::State::Connected)
        return;
    QDateTime from, to;
    for (const SaleRecord &sale : std::as_const(m_sales)) {
        if (!from.isValid() || sale.soldAt < from)
            from = sale.soldAt;
        if (!to.isValid() || sale.soldAt > to)
            to = sale.soldAt;
    }
    ListShowsRequest request;
    request.from = from.addDays(-1);
    request.to = to.addDays(90);
    const QString key = QStringLiteral("shows:%1/%2").arg(request.from->toString(Qt::ISODate), request.to->toString(Qt::ISODate));
    if (m_requested.contains(key))
        return;
    m_requested.insert(key);
    QPointer<SalesDialog> self(this);
    m_connection->call<ListShowsReply>(request, [this, self](const Result<ListShowsReply> &reply) {
        if (!self || !reply)
            return;
        for (const Show &show : reply->shows)
            m_shows.insert(show.id, show);
        showSales(m_sales);
    });
}

void SalesDialog::prepareRefund(const QStringList &ticketIds, const QString &reason)
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *sale = m_results->topLevelItem(i);
        for (int j = 0; j < sale->childCount(); ++j) {
            QTreeWidgetItem *line = sale->child(j);
            const bool wanted = ticketIds.isEmpty() ? i == 0 : ticketIds.contains(line->data(0, Qt::UserRole).toString());
            if (line->flags() & Qt::ItemIsUserCheckable)
                line->setCheckState(0, wanted ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_reason->setText(reason);
}

void SalesDialog::refund()
{
    if (m_reason->text().trimmed().isEmpty()) {
        setStatus(tr("Enter a reason for the refund."), true);
        m_reason->setFocus();
        return;
    }
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *sale = m_results->topLevelItem(i);
        QStringList ticked;
        int valid = 0;
        for (int j = 0; j < sale->childCount(); ++j) {
            QTreeWidgetItem *line = sale->child(j);
            if (!(line->flags() & Qt::ItemIsUserCheckable))
                continue;
            ++valid;
            if (line->checkState(0) == Qt::Checked)
                ticked.append(line->data(0, Qt::UserRole).toString());
        }
        if (ticked.isEmpty())
            continue;
        RefundRequest request;
        request.saleId = sale->data(0, Qt::UserRole).toString();
        if (ticked.size() != valid)
            request.ticketIds = ticked;
        request.reason = m_reason->text().trimmed();
        refundAs(m_connection, request, false);
        return;
    }
    setStatus(tr("Tick the tickets to refund."), true);
}

void SalesDialog::refundAs(ServerConnection *connection, const RefundRequest &request, bool approval)
{
    m_refund->setEnabled(false);
    setStatus(tr("Refunding…"), false);
    QPointer<SalesDialog> self(this);
    connection->call<RefundReply>(request, [this, self, request, approval, connection](const Result<RefundReply> &reply) {
        if (approval)
            connection->deleteLater();
        if (!self)
            return;
        m_refund->setEnabled(true);
        if (!reply) {
            if (reply.error().code == ErrorCode::RefundWindowClosed && !approval) {
                setStatus(tr("This sale is past the cashier's refund window: a manager must approve."), true);
                askManager(request);
                return;
            }
            setStatus(tr("Refund refused: %1").arg(reply.error().message), true);
            return;
        }
        setStatus(TicketRenderer::refundInstruction(*reply), false);
        Q_EMIT refunded(*reply);
        search(reply->saleId);
    });
}

void SalesDialog::askManager(const RefundRequest &request)
{
    bool ok = false;
    const QString user = QInputDialog::getText(this, tr("Manager approval"), tr("Manager's user name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || user.isEmpty())
        return;
    const QString password = QInputDialog::getText(this, tr("Manager approval"), tr("Password:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    // The manager signs in on a connection of their own, for this one refund.
    // Same terminal id: the refund is paid out of this terminal's drawer (its open shift).
    auto *approval = new ServerConnection(m_connection->terminalId(), this);
    approval->open(m_connection->url());
    QPointer<SalesDialog> self(this);
    approval->signIn(user, password, [this, self, approval, request](const Result<SessionReply> &session) {
        if (!self)
            return;
        if (!session || (session->user.role != Role::Manager && session->user.role != Role::Admin)) {
            setStatus(session ? tr("%1 is not a manager.").arg(session->user.name) : tr("Approval refused: %1").arg(session.error().message), true);
            approval->deleteLater();
            return;
        }
        refundAs(approval, request, true);
    });
}

} // namespace Marquee
