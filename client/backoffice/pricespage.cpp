#include "pricespage.h"

#include "formatting.h"
#include "protocol.h"
#include "serverconnection.h"

#include <QtCore/QJsonArray>
#include <QtCore/QSet>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

namespace {

const QColor invalidCell(255, 205, 210); // a cell that is no amount
const QColor missingCell(255, 236, 179); // a cell the card must fill

// An amount in major units as the manager types it ("12.50"), without the currency sign.
QString majorUnits(const Money &money)
{
    const int digits = money.currency().minorDigits();
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 minor = money.minorUnits();
    if (digits <= 0)
        return QString::number(minor);
    return QStringLiteral("%1.%2").arg(minor / scale).arg(minor % scale, digits, 10, QLatin1Char('0'));
}

} // namespace

PricesPage::PricesPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_venues(new QComboBox(this))
    , m_types(new QListWidget(this))
    , m_renameType(new QPushButton(tr("Re&name…"), this))
    , m_noteType(new QPushButton(tr("N&ote…"), this))
    , m_upType(new QPushButton(tr("Move &up"), this))
    , m_downType(new QPushButton(tr("Move do&wn"), this))
    , m_archiveType(new QPushButton(tr("Arc&hive"), this))
    , m_cards(new QComboBox(this))
    , m_cardName(new QLineEdit(this))
    , m_categorySource(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_matrix(new QStandardItemModel(this))
    , m_problemLabel(new QLabel(this))
    , m_save(new QPushButton(tr("&Save card"), this))
    , m_delete(new QPushButton(tr("&Delete card"), this))
    , m_status(new QLabel(this))
{
    m_venues->setObjectName(QStringLiteral("venues"));
    m_types->setObjectName(QStringLiteral("ticketTypes"));
    m_cards->setObjectName(QStringLiteral("priceCards"));
    m_cardName->setObjectName(QStringLiteral("cardName"));
    m_categorySource->setObjectName(QStringLiteral("categorySource"));
    m_table->setObjectName(QStringLiteral("priceMatrix"));
    m_problemLabel->setObjectName(QStringLiteral("problem"));
    m_status->setObjectName(QStringLiteral("status"));
    m_problemLabel->setWordWrap(true);
    m_status->setWordWrap(true);
    m_table->setModel(m_matrix);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_cardName->setMaxLength(int(MaxPriceCardNameLength));
    m_cardName->setPlaceholderText(tr("Name of the card, such as \"Evening\""));

    auto *addType = new QPushButton(tr("&Add…"), this);
    connect(addType, &QPushButton::clicked, this, &PricesPage::askTypeName);
    connect(m_renameType, &QPushButton::clicked, this, &PricesPage::renameSelectedType);
    connect(m_noteType, &QPushButton::clicked, this, &PricesPage::askTypeNote);
    connect(m_upType, &QPushButton::clicked, this, [this] {
        if (const TicketType *t = selectedType())
            moveTicketType(t->id, -1);
    });
    connect(m_downType, &QPushButton::clicked, this, [this] {
        if (const TicketType *t = selectedType())
            moveTicketType(t->id, 1);
    });
    connect(m_archiveType, &QPushButton::clicked, this, [this] {
        if (const TicketType *t = selectedType())
            archiveTicketType(t->id);
    });
    connect(m_types, &QListWidget::currentRowChanged, this, [this] {
        const bool chosen = selectedType();
        for (QPushButton *b : { m_renameType, m_noteType, m_upType, m_downType, m_archiveType })
            b->setEnabled(chosen);
    });
    auto *typeButtons = new QVBoxLayout;
    for (QPushButton *b : { addType, m_renameType, m_noteType, m_upType, m_downType, m_archiveType })
        typeButtons->addWidget(b);
    typeButtons->addStretch(1);
    auto *typesBox = new QGroupBox(tr("Ticket types"), this);
    auto *typesLayout = new QHBoxLayout(typesBox);
    typesLayout->addWidget(m_types, 1);
    typesLayout->addLayout(typeButtons);

    auto *newCard = new QPushButton(tr("&New card"), this);
    connect(newCard, &QPushButton::clicked, this, [this] { selectCard(QString()); });
    connect(m_cards, &QComboBox::activated, this, [this](int index) { selectCard(m_cards->itemData(index).toString()); });
    connect(m_cardName, &QLineEdit::textEdited, this, &PricesPage::validate);
    connect(m_categorySource, &QComboBox::activated, this,
            [this](int index) { useCategoriesOf(m_categorySource->itemData(index).toString()); });
    connect(m_matrix, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    connect(m_save, &QPushButton::clicked, this, &PricesPage::saveCard);
    connect(m_delete, &QPushButton::clicked, this, &PricesPage::deleteCard);
    auto *cardRow = new QHBoxLayout;
    cardRow->addWidget(m_cards, 1);
    cardRow->addWidget(newCard);
    auto *form = new QFormLayout;
    form->addRow(tr("Card:"), cardRow);
    form->addRow(tr("Name:"), m_cardName);
    form->addRow(tr("Categories of:"), m_categorySource);
    auto *cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_delete);
    cardButtons->addStretch(1);
    cardButtons->addWidget(m_save);
    auto *cardBox = new QGroupBox(tr("Price card (amounts in major units; empty: not offered)"), this);
    auto *cardLayout = new QVBoxLayout(cardBox);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_table, 1);
    cardLayout->addWidget(m_problemLabel);
    cardLayout->addLayout(cardButtons);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Venue:"), this));
    top->addWidget(m_venues, 1);
    auto *reload = new QPushButton(tr("Re&fresh"), this);
    connect(reload, &QPushButton::clicked, this, &PricesPage::refresh);
    top->addWidget(reload);
    connect(m_venues, &QComboBox::activated, this, [this](int index) { selectVenue(m_venues->itemData(index).toString()); });
    auto *columns = new QHBoxLayout;
    columns->addWidget(typesBox, 2);
    columns->addWidget(cardBox, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    connect(connection, &ServerConnection::signedIn, this, [this] {
        if (isVisible())
            refresh();
    });
    for (QPushButton *b : { m_renameType, m_noteType, m_upType, m_downType, m_archiveType })
        b->setEnabled(false);
    validate();
}

PricesPage::~PricesPage() = default;

void PricesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_connection->isSignedIn())
        refresh();
}

QString PricesPage::errorText(const ErrorMessage &error)
{
    switch (error.code) {
    case ErrorCode::NameTaken:
        return tr("The venue has another one of this name; choose another.");
    case ErrorCode::PriceCardInUse:
        return tr("Shows that have not ended use this card (%n show(s)); give them another card first.", nullptr,
                  int(error.details.value(QLatin1String("showIds")).toArray().size()));
    case ErrorCode::StaleRevision:
        return tr("Someone changed this card meanwhile; refresh and make your change again.");
    case ErrorCode::Forbidden:
        return tr("Only managers and admins change ticket types and price cards.");
    default:
        return tr("The server refused: %1")
            .arg(error.message.isEmpty() ? errorCodeDescription(error.code) : error.message);
    }
}

QString PricesPage::statusText() const
{
    return m_status->text();
}

QString PricesPage::venueId() const
{
    return m_venues->currentData().toString();
}

void PricesPage::refresh()
{
    m_loaded = true;
    m_status->setText(tr("Loading…"));
    QPointer<PricesPage> self(this);
    m_connection->ask<ListVenuesReply>(ListVenuesRequest {}, [self](const ListVenuesReply *reply, const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            self->m_status->setText(errorText(*error));
            return;
        }
        // Nothing to price before there is a venue: say where one is made, offer nothing else.
        for (QGroupBox *box : self->findChildren<QGroupBox *>(Qt::FindDirectChildrenOnly))
            box->setEnabled(!reply->venues.isEmpty());
        if (reply->venues.isEmpty()) {
            self->m_venueList.clear();
            self->m_venues->clear();
            self->m_status->setText(tr("There is no venue yet: create one in the layout studio."));
            return;
        }
        const QString current = self->venueId();
        self->m_venueList = reply->venues;
        self->m_venues->clear();
        for (const VenueSummary &v : reply->venues)
            self->m_venues->addItem(v.name, v.id);
        const int index = self->m_venues->findData(current);
        self->m_venues->setCurrentIndex(index >= 0 ? index : 0);
        self->selectVenue(self->venueId());
    });
}

void PricesPage::selectVenue(const QString &venueId)
{
    m_venues->setCurrentIndex(m_venues->findData(venueId));
    m_categorySource->clear();
    for (const VenueSummary &v : std::as_const(m_venueList)) {
        if (v.id != venueId)
            continue;
        for (const AuditoriumSummary &a : v.auditoriums) {
            if (a.layoutVersion > 0)
                m_categorySource->addItem(a.name, a.id);
        }
    }
    m_cardId.clear();
    m_categories.clear();
    loadPricing();
    if (m_categorySource->count() > 0)
        useCategoriesOf(m_categorySource->itemData(0).toString());
}

void PricesPage::loadPricing(const QString &done)
{
    const QString venue = venueId();
    if (venue.isEmpty())
        return;
    QPointer<PricesPage> self(this);
    m_connection->ask<ListPricingReply>(ListPricingRequest { venue },
                                        [self, venue, done](const ListPricingReply *reply, const ErrorMessage *error) {
                                            if (!self || venue != self->venueId())
                                                return;
                                            if (error) {
                                                self->m_status->setText(errorText(*error));
                                                return;
                                            }
                                            self->m_pricing = *reply;
                                            self->showPricing();
                                            if (!done.isEmpty())
                                                self->m_status->setText(done);
                                            Q_EMIT self->loaded();
                                        });
}

void PricesPage::showPricing()
{
    showTypes();
    m_cards->clear();
    for (const PriceCard &c : std::as_const(m_pricing.priceCards)) {
        if (!c.archived)
            m_cards->addItem(c.inUse ? tr("%1 (in use)").arg(c.name) : c.name, c.id);
    }
    if (!m_cardId.isEmpty() && !card(m_cardId))
        m_cardId.clear();
    if (m_cardId.isEmpty() && m_cards->count() > 0)
        m_cardId = m_cards->itemData(0).toString();
    m_cards->setCurrentIndex(m_cards->findData(m_cardId));
    showCard();
    m_status->setText(tr("%n ticket type(s), %1", nullptr, int(m_pricing.ticketTypes.size()))
                          .arg(tr("%n price card(s).", nullptr, int(m_cards->count()))));
}

void PricesPage::showTypes()
{
    const QString selected = selectedType() ? selectedType()->id : QString();
    m_types->clear();
    for (const TicketType &t : std::as_const(m_pricing.ticketTypes)) {
        if (t.archived)
            continue;
        auto *item = new QListWidgetItem(t.note ? tr("%1 (%2)").arg(t.name, *t.note) : t.name, m_types);
        item->setData(Qt::UserRole, t.id);
        if (t.id == selected)
            m_types->setCurrentItem(item);
    }
}

const TicketType *PricesPage::selectedType() const
{
    const QListWidgetItem *item = m_types->currentItem();
    if (!item)
        return nullptr;
    for (const TicketType &t : m_pricing.ticketTypes) {
        if (t.id == item->data(Qt::UserRole).toString())
            return &t;
    }
    return nullptr;
}

const PriceCard *PricesPage::card(const QString &id) const
{
    for (const PriceCard &c : m_pricing.priceCards) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QStringList PricesPage::typeColumns() const
{
    QStringList ids;
    for (const TicketType &t : m_pricing.ticketTypes) {
        if (!t.archived)
            ids.append(t.id);
    }
    return ids;
}

void PricesPage::useCategoriesOf(const QString &auditoriumId)
{
    m_categorySource->setCurrentIndex(m_categorySource->findData(auditoriumId));
    qint64 version = 0;
    for (const VenueSummary &v : std::as_const(m_venueList)) {
        for (const AuditoriumSummary &a : v.auditoriums) {
            if (a.id == auditoriumId)
                version = a.layoutVersion;
        }
    }
    if (version <= 0)
        return;
    QPointer<PricesPage> self(this);
    m_connection->ask<GetLayoutReply>(
        GetLayoutRequest { auditoriumId, version }, [self](const GetLayoutReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                self->m_status->setText(errorText(*error));
                return;
            }
            QStringList ids;
            QHash<QString, QString> names;
            for (const QJsonValue &v : reply->layout.value(QLatin1String("categories")).toArray()) {
                const QString id = v.toObject().value(QLatin1String("id")).toString();
                ids.append(id);
                names.insert(id, v.toObject().value(QLatin1String("name")).toString());
            }
            self->setCategoryRows(ids, names);
        });
}

void PricesPage::setCategoryRows(const QStringList &ids, const QHash<QString, QString> &names)
{
    m_categories = ids;
    m_categoryNames = names;
    showCard();
}

void PricesPage::selectCard(const QString &cardId)
{
    m_cardId = cardId;
    m_cards->setCurrentIndex(cardId.isEmpty() ? -1 : m_cards->findData(cardId));
    showCard();
}

void PricesPage::setCardName(const QString &name)
{
    m_cardName->setText(name);
    validate();
}

void PricesPage::showCard()
{
    const PriceCard *c = card(m_cardId);
    m_filling = true;
    // Rows: the chosen layout's categories, then the card's others (nothing of a card is hidden).
    QStringList rows = m_categories;
    if (c) {
        for (const CardPrice &p : c->prices) {
            if (!rows.contains(p.category))
                rows.append(p.category);
        }
    }
    const QStringList columns = typeColumns();
    m_matrix->clear();
    m_matrix->setRowCount(int(rows.size()));
    m_matrix->setColumnCount(int(columns.size()));
    QStringList headers;
    for (const TicketType &t : std::as_const(m_pricing.ticketTypes)) {
        if (!t.archived)
            headers.append(t.name);
    }
    m_matrix->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows.size(); ++r) {
        const QString name = m_categoryNames.value(rows[r]);
        // The category's name; its id (what the layout file says) in the tooltip.
        auto *header = new QStandardItem(name.isEmpty() ? rows[r] : name);
        header->setToolTip(rows[r]);
        header->setData(rows[r], Qt::UserRole);
        m_matrix->setVerticalHeaderItem(r, header);
        for (int col = 0; col < columns.size(); ++col) {
            auto *cell = new QStandardItem;
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c) {
                for (const CardPrice &p : c->prices) {
                    if (p.category == rows[r] && p.ticketTypeId == columns[col])
                        cell->setText(majorUnits(p.price));
                }
            }
            m_matrix->setItem(r, col, cell);
        }
    }
    m_cardName->setText(c ? c->name : QString());
    m_delete->setEnabled(c);
    m_filling = false;
    validate();
}

void PricesPage::setCell(const QString &category, const QString &typeId, const QString &text)
{
    const int column = int(typeColumns().indexOf(typeId));
    for (int r = 0; r < m_matrix->rowCount(); ++r) {
        if (m_matrix->verticalHeaderItem(r)->data(Qt::UserRole).toString() == category && column >= 0) {
            m_matrix->item(r, column)->setText(text);
            return;
        }
    }
}

void PricesPage::validate()
{
    m_filling = true;
    const int rows = m_matrix->rowCount();
    const int columns = m_matrix->columnCount();
    QSet<int> offered; // columns with a price
    QSet<int> priced; // rows with a price
    int invalid = 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            QStandardItem *cell = m_matrix->item(r, c);
            const QString text = cell->text().trimmed();
            cell->setBackground(QBrush());
            cell->setToolTip(QString());
            if (text.isEmpty())
                continue;
            offered.insert(c);
            priced.insert(r);
            const auto amount = parseMoneyInput(text, m_pricing.currency);
            if (!amount) {
                ++invalid;
                cell->setBackground(invalidCell);
                cell->setToolTip(amount.error().message);
            }
        }
    }
    int missing = 0;
    for (const int r : std::as_const(priced)) {
        for (const int c : std::as_const(offered)) {
            QStandardItem *cell = m_matrix->item(r, c);
            if (cell->text().trimmed().isEmpty()) {
                ++missing;
                cell->setBackground(missingCell);
                cell->setToolTip(tr("The card offers this ticket type: give its price in this category too."));
            }
        }
    }
    m_filling = false;
    if (invalid > 0)
        m_problem = tr("%n cell(s) are no amounts (red).", nullptr, invalid);
    else if (missing > 0)
        m_problem = tr("%n price(s) missing (yellow): a card prices every ticket type it offers in every category it has.",
                       nullptr, missing);
    else if (offered.isEmpty())
        m_problem = tr("Give at least one price.");
    else if (m_cardName->text().trimmed().isEmpty())
        m_problem = tr("Give the card a name.");
    else
        m_problem.clear();
    m_problemLabel->setText(m_problem);
    // Cells that are wrong are an error (red); a card not filled in yet only says what is left to do.
    m_problemLabel->setStyleSheet(invalid > 0 || missing > 0 ? QStringLiteral("color: #b00020;") : QString());
    m_save->setEnabled(m_problem.isEmpty());
}

bool PricesPage::canSave() const
{
    return m_problem.isEmpty();
}

QList<CardPrice> PricesPage::cardPrices() const
{
    QList<CardPrice> prices;
    const QStringList columns = typeColumns();
    for (int r = 0; r < m_matrix->rowCount(); ++r) {
        const QString category = m_matrix->verticalHeaderItem(r)->data(Qt::UserRole).toString();
        for (int c = 0; c < m_matrix->columnCount(); ++c) {
            const auto amount = parseMoneyInput(m_matrix->item(r, c)->text(), m_pricing.currency);
            if (!m_matrix->item(r, c)->text().trimmed().isEmpty() && amount)
                prices.append(CardPrice { category, columns.at(c), *amount });
        }
    }
    return prices;
}

template<typename Reply, typename Request> void PricesPage::change(const Request &request, const QString &done)
{
    m_status->setText(tr("Saving…"));
    QPointer<PricesPage> self(this);
    m_connection->ask<Reply>(request, [self, done](const Reply *reply, const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            self->m_status->setText(errorText(*error));
            Q_EMIT self->answered(false);
            return;
        }
        if constexpr (std::is_same_v<Reply, PriceCardReply>)
            self->m_cardId = reply->priceCard.id;
        else if constexpr (std::is_same_v<Reply, DeletePriceCardReply>)
            self->m_cardId.clear();
        else
            Q_UNUSED(reply);
        self->m_status->setText(done);
        self->loadPricing(done);
        Q_EMIT self->answered(true);
    });
}

void PricesPage::saveCard()
{
    validate();
    if (!canSave())
        return;
    const QString name = m_cardName->text().trimmed();
    if (const PriceCard *c = card(m_cardId)) {
        UpdatePriceCardRequest request;
        request.priceCardId = c->id;
        request.revision = c->revision;
        if (name != c->name)
            request.name = name;
        request.prices = cardPrices();
        change<PriceCardReply>(request, tr("The card %1 is saved.").arg(name));
        return;
    }
    change<PriceCardReply>(CreatePriceCardRequest { venueId(), name, cardPrices() }, tr("The card %1 is created.").arg(name));
}

void PricesPage::deleteCard()
{
    if (const PriceCard *c = card(m_cardId)) {
        const QString name = c->name;
        change<DeletePriceCardReply>(DeletePriceCardRequest { c->id }, tr("The card %1 is deleted.").arg(name));
    }
}

void PricesPage::addTicketType(const QString &name, const QString &note)
{
    change<TicketTypeReply>(CreateTicketTypeRequest { venueId(), name.trimmed(),
                                                      note.trimmed().isEmpty() ? std::nullopt
                                                                               : std::optional<QString>(note.trimmed()),
                                                      std::nullopt },
                            tr("The ticket type %1 is added.").arg(name.trimmed()));
}

void PricesPage::renameTicketType(const QString &typeId, const QString &name)
{
    change<TicketTypeReply>(UpdateTicketTypeRequest { typeId, name.trimmed(), std::nullopt, std::nullopt, std::nullopt },
                            tr("The ticket type is renamed to %1.").arg(name.trimmed()));
}

void PricesPage::setTicketTypeNote(const QString &typeId, const QString &note)
{
    change<TicketTypeReply>(UpdateTicketTypeRequest { typeId, std::nullopt, note.trimmed(), std::nullopt, std::nullopt },
                            tr("The note is saved."));
}

void PricesPage::moveTicketType(const QString &typeId, int delta)
{
    for (const TicketType &t : std::as_const(m_pricing.ticketTypes)) {
        if (t.id == typeId && t.position + delta >= 1) {
            change<TicketTypeReply>(
                UpdateTicketTypeRequest { typeId, std::nullopt, std::nullopt, t.position + delta, std::nullopt },
                tr("The ticket type %1 is moved.").arg(t.name));
            return;
        }
    }
}

void PricesPage::archiveTicketType(const QString &typeId)
{
    change<TicketTypeReply>(UpdateTicketTypeRequest { typeId, std::nullopt, std::nullopt, std::nullopt, true },
                            tr("The ticket type is archived: it is not sold any more."));
}

void PricesPage::askTypeName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New ticket type"), tr("Name (such as \"Student\"):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString note = QInputDialog::getText(this, tr("New ticket type"),
                                               tr("Note the cashier sees (such as \"ID required\"; may be empty):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        addTicketType(name, note);
}

void PricesPage::renameSelectedType()
{
    const TicketType *t = selectedType();
    if (!t)
        return;
    bool ok = false;
    const QString id = t->id;
    const QString name = QInputDialog::getText(this, tr("Rename ticket type"), tr("Name:"), QLineEdit::Normal, t->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        renameTicketType(id, name);
}

void PricesPage::askTypeNote()
{
    const TicketType *t = selectedType();
    if (!t)
        return;
    bool ok = false;
    const QString id = t->id;
    const QString note = QInputDialog::getText(this, tr("Note"), tr("Note the cashier sees (empty: none):"),
                                               QLineEdit::Normal, t->note.value_or(QString()), &ok);
    if (ok)
        setTicketTypeNote(id, note);
}

} // namespace Marquee
