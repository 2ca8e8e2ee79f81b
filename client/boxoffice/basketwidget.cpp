#include "basketwidget.h"

#include "formatting.h"
#include "protocol.h"

#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtGui/QShortcut>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

// A window-wide key that clicks `button` while it is enabled and visible.
void addFunctionKey(QPushButton *button, Qt::Key key)
{
    auto *shortcut = new QShortcut(QKeySequence(key), button);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
}

} // namespace

BasketWidget::BasketWidget(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_total(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_message(new QLabel(this))
    , m_hold(new QPushButton(tr("&Hold seats"), this))
    , m_extend(new QPushButton(tr("&Extend"), this))
    , m_release(new QPushButton(tr("&Release"), this))
    , m_pay(new QPushButton(tr("&Pay…"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_timer(new QTimer(this))
{
    auto *title = new QLabel(tr("Basket"), this);
    QFont heading = title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    title->setFont(heading);
    m_list->setObjectName(QStringLiteral("basketLines"));
    // Seat, ticket type, price: the seat's category is its colour on the map, its price here, and
    // in the seat's tooltip (a fourth column does not fit beside the map at 1024x768).
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Seat"), tr("Ticket"), tr("Price")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(tr("With a seat selected, 1-9 pick its ticket type (Alt+1-9 anywhere)"));
    m_list->installEventFilter(this);
    m_total->setObjectName(QStringLiteral("basketTotal"));
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.5);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setAlignment(Qt::AlignRight);
    m_countdown->setObjectName(QStringLiteral("holdCountdown"));
    QFont countdownFont = m_countdown->font();
    countdownFont.setPointSizeF(countdownFont.pointSizeF() * 1.3);
    m_countdown->setFont(countdownFont);
    m_message->setObjectName(QStringLiteral("basketMessage"));
    m_message->setWordWrap(true);
    m_hold->setObjectName(QStringLiteral("holdButton"));
    m_hold->setToolTip(tr("Hold the selected seats (Alt+H, F5)"));
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setToolTip(tr("Take payment (Alt+P, F9)"));
    // F5 and F9 as shortcuts of their own: QAbstractButton::setShortcut() would replace the
    // buttons' mnemonics (Alt+H, Alt+P), which their underlined letters promise.
    addFunctionKey(m_hold, Qt::Key_F5);
    addFunctionKey(m_pay, Qt::Key_F9);
    // Alt+1-9: the n-th ticket type for the selected basket seat (else the last one added).
    for (int n = 1; n <= 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)), this);
        connect(shortcut, &QShortcut::activated, this, [this, n] { chooseTicketType(currentLine(), n - 1); });
    }
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_pay->setMinimumHeight(40);
    m_hold->setMinimumHeight(40);

    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(m_hold, 2);
    holdRow->addWidget(m_extend, 1);
    holdRow->addWidget(m_release, 1);
    auto *payRow = new QHBoxLayout;
    payRow->addWidget(m_clear);
    payRow->addWidget(m_pay, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_countdown);
    layout->addWidget(m_message);
    layout->addLayout(holdRow);
    layout->addLayout(payRow);

    connect(m_hold, &QPushButton::clicked, this, &BasketWidget::holdRequested);
    connect(m_extend, &QPushButton::clicked, this, &BasketWidget::extendRequested);
    connect(m_release, &QPushButton::clicked, this, &BasketWidget::releaseRequested);
    connect(m_pay, &QPushButton::clicked, this, &BasketWidget::payRequested);
    connect(m_clear, &QPushButton::clicked, this, &BasketWidget::clearRequested);
    connect(m_timer, &QTimer::timeout, this, &BasketWidget::tick);
    m_timer->setInterval(250);
    setLines({});
}

BasketWidget::~BasketWidget() = default;

Money BasketWidget::total() const
{
    if (m_lines.isEmpty())
        return {};
    if (m_serverTotal && isHeld() && unheldCount() == 0)
        return *m_serverTotal;
    QList<Money> prices;
    for (const BasketLine &line : m_lines) {
        if (line.price.currency().isValid())
            prices.append(line.price);
    }
    auto sum = Money::sum(prices);
    return sum ? *sum : Money();
}

const BasketTicketType *BasketWidget::ticketTypeOf(const BasketLine &line) const
{
    if (m_types.isEmpty())
        return nullptr;
    for (const BasketTicketType &type : m_types) {
        if (type.id == line.ticketTypeId)
            return &type;
    }
    return &m_types.constFirst();
}

void BasketWidget::setTicketTypes(const QList<BasketTicketType> &types)
{
    m_types = types;
    setLines(m_lines);
}

void BasketWidget::setServerTotal(const std::optional<Money> &total)
{
    m_serverTotal = total;
    showTotal();
}

void BasketWidget::chooseTicketType(qsizetype line, qsizetype typeIndex)
{
    if (line < 0 || line >= m_lines.size() || typeIndex < 0 || typeIndex >= m_types.size() || m_busy)
        return;
    BasketLine &chosen = m_lines[line];
    const QString typeId = m_types.at(typeIndex).id;
    const BasketTicketType *current = ticketTypeOf(chosen);
    if (current && current->id == typeId)
        return;
    chosen.ticketTypeId = typeId;
    // The server answers the hold's new total; until then the lines' prices.
    m_serverTotal.reset();
    const QString seatId = chosen.seatId;
    setLines(m_lines);
    m_list->setCurrentItem(m_list->topLevelItem(int(line)));
    Q_EMIT ticketTypeChosen(seatId, typeId);
}

QList<BasketTicketType> BasketWidget::offeredTypes(const ListPricingReply &pricing,
                                                  const std::optional<QString> &priceCardId,
                                                  const QList<CategoryPrice> &plainPrices)
{
    QList<BasketTicketType> types;
    const PriceCard *card = nullptr;
    for (const PriceCard &c : pricing.priceCards) {
        if (priceCardId && c.id == *priceCardId)
            card = &c;
    }
    for (const TicketType &t : pricing.ticketTypes) {
        if (t.archived)
            continue;
        BasketTicketType type { t.id, t.name, t.note.value_or(QString()), {} };
        if (!card) { // plain prices: the default type only
            for (const CategoryPrice &p : plainPrices)
                type.prices.insert(p.category, p.price);
            return { type };
        }
        for (const CardPrice &p : card->prices) {
            if (p.ticketTypeId == t.id)
                type.prices.insert(p.category, p.price);
        }
        if (!type.prices.isEmpty())
            types.append(type);
    }
    return types;
}

qsizetype BasketWidget::currentLine() const
{
    const int selected = m_list->indexOfTopLevelItem(m_list->currentItem());
    return selected >= 0 ? selected : m_lines.size() - 1;
}

bool BasketWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9
            && m_list->currentItem()) {
            chooseTicketType(currentLine(), key->key() - Qt::Key_1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

qsizetype BasketWidget::unheldCount() const
{
    return std::count_if(m_lines.cbegin(), m_lines.cend(), [](const BasketLine &line) { return !line.held; });
}

void BasketWidget::setLines(const QList<BasketLine> &lines)
{
    m_lines = lines;
    m_list->clear();
    int comboWidth = 0; // the ticket column fits its menus (their arrows too), not just their text
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        BasketLine &line = m_lines[i];
        const BasketTicketType *type = ticketTypeOf(line);
        if (type && type->prices.contains(line.categoryId))
            line.price = type->prices.value(line.categoryId);
        const QString typeName = type ? type->name : QString();
        // The type's note under the seat: what the cashier must check ("up to 14").
        const QString seat = type && !type->note.isEmpty() ? line.seatLabel + u'\n' + type->note : line.seatLabel;
        auto *item = new QTreeWidgetItem(m_list, {seat, typeName, formatMoney(line.price)});
        item->setToolTip(0, tr("%1: %2").arg(line.seatLabel, line.category));
        if (m_types.size() > 1) {
            auto *combo = new QComboBox(m_list);
            combo->setObjectName(QStringLiteral("ticketTypeCombo"));
            combo->setFocusPolicy(Qt::ClickFocus);
            for (qsizetype n = 0; n < m_types.size(); ++n) {
                const BasketTicketType &t = m_types.at(n);
                combo->addItem(n < 9 ? tr("%1 (%2)").arg(t.name).arg(n + 1) : t.name, t.id);
                if (!t.note.isEmpty())
                    combo->setItemData(int(n), t.note, Qt::ToolTipRole);
            }
            combo->setCurrentIndex(type ? int(type - m_types.constData()) : 0);
            combo->setEnabled(!m_busy);
            connect(combo, &QComboBox::activated, this, [this, i](int index) { chooseTicketType(i, index); });
            m_list->setItemWidget(item, 1, combo);
            comboWidth = std::max(comboWidth, combo->sizeHint().width());
        }
        if (isHeld() && !line.held) {
            // Selected while others are held: in the basket, but not reserved until added.
            QFont italic = item->font(0);
            italic.setItalic(true);
            for (int column = 0; column < 3; ++column) {
                item->setFont(column, italic);
                item->setToolTip(column, tr("%1 (not held yet)").arg(line.seatLabel));
            }
            item->setText(0, QStringLiteral("+ ") + seat);
        }
    }
    if (comboWidth > 0) {
        m_list->header()->setSectionResizeMode(1, QHeaderView::Fixed);
        m_list->header()->resizeSection(1, comboWidth);
    } else {
        m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    }
    showTotal();
    updateButtons();
}

void BasketWidget::showTotal()
{
    m_total->setText(m_lines.isEmpty() ? tr("No seats selected")
                                       : tr("%n seat(s): %1", nullptr, int(m_lines.size())).arg(formatMoney(total())));
}

void BasketWidget::setHold(const QString &holdId, const QDateTime &expiresAt)
{
    m_holdId = holdId;
    m_expiresAt = expiresAt;
    m_timer->start();
    tick();
    updateButtons();
    updateMessage();
}

void BasketWidget::clearHold()
{
    m_serverTotal.reset();
    m_holdId.clear();
    m_expiresAt = {};
    m_timer->stop();
    m_countdown->clear();
    updateButtons();
    updateMessage();
}

qint64 BasketWidget::secondsLeft() const
{
    if (m_holdId.isEmpty())
        return 0;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
}

QString BasketWidget::countdownText() const
{
    const qint64 left = secondsLeft();
    return tr("Held for %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
}

void BasketWidget::tick()
{
    if (m_holdId.isEmpty())
        return;
    const qint64 left = secondsLeft();
    m_countdown->setText(countdownText());
    m_countdown->setStyleSheet(left < 60 ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    if (left == 0 && QDateTime::currentDateTimeUtc() >= m_expiresAt) {
        m_timer->stop();
        Q_EMIT holdExpired();
    }
}

void BasketWidget::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void BasketWidget::setOnline(bool online)
{
    m_online = online;
    updateButtons();
    updateMessage();
}

void BasketWidget::showMessage(const QString &message, bool error)
{
    m_messageText = message;
    m_messageIsError = error;
    updateMessage();
}

QString BasketWidget::displayedMessage() const
{
    return m_message->text();
}

void BasketWidget::updateMessage()
{
    if (!m_online && isHeld() && !m_messageIsError) {
        m_message->setText(tr("Offline: the payment can be taken when the connection is back. The seats stay held until the time runs out."));
        m_message->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
        return;
    }
    m_message->setText(m_messageText);
    m_message->setStyleSheet(m_messageIsError ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}

void BasketWidget::updateButtons()
{
    const bool ready = m_online && !m_busy;
    // Seats selected while others are held join the hold: one basket, one payment.
    m_hold->setText(isHeld() && unheldCount() > 0 ? tr("&Hold %n more", nullptr, int(unheldCount())) : tr("&Hold seats"));
    m_hold->setEnabled(ready && unheldCount() > 0);
    m_extend->setEnabled(ready && isHeld());
    m_release->setEnabled(ready && isHeld());
    m_pay->setEnabled(ready && isHeld());
    // Offline, held seats cannot be released: rather than do it later behind the cashier's back,
    // Clear waits for the connection (the hold runs out by itself anyway).
    const bool heldOffline = isHeld() && !m_online;
    m_clear->setEnabled(!m_busy && !heldOffline && (!m_lines.isEmpty() || isHeld()));
    m_clear->setToolTip(heldOffline ? tr("Offline: the held seats can be released when the connection is back") : QString());
    m_release->setToolTip(m_clear->toolTip());
}

} // namespace Marquee
