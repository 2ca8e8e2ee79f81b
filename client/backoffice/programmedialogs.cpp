#include "programmedialogs.h"

#include "fielderrors.h"
#include "formatting.h"
#include "protocol.h"

#include <QtCore/QTimeZone>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("status"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00000;"));
    return label;
}

// A form row: the field with its error label under it.
void addRow(QFormLayout *form, FieldErrors *errors, const QString &label, QWidget *field, const QString &path)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(errors->add(path));
    form->addRow(label, box);
}

QString showLine(const Show &show, const QTimeZone &zone)
{
    const QDateTime start = show.start.toTimeZone(zone);
    return QStringLiteral("%1, %2 %3").arg(show.title, formatDate(start.date()), formatTime(start.time()));
}

} // namespace

// --- VenueSettingsDialog ---

VenueSettingsDialog::VenueSettingsDialog(const QString &venueName, qint64 cleaningGapMinutes, QWidget *parent)
    : QDialog(parent)
    , m_gap(new QSpinBox(this))
    , m_timezone(new QComboBox(this))
    , m_noOrphans(new QCheckBox(tr("&Warn the box office before a hold leaves a single seat alone in a row"), this))
    , m_message(messageLabel(this))
    , m_errors(std::make_unique<FieldErrors>(m_message))
{
    setWindowTitle(tr("Venue settings: %1").arg(venueName));
    m_gap->setRange(0, int(MaxCleaningGapMinutes));
    m_gap->setValue(int(cleaningGapMinutes));
    m_gap->setSuffix(tr(" min"));
    m_gap->setToolTip(tr("Kept free after every show for cleaning; the next show of the auditorium starts after it."));
    m_timezone->addItem(tr("(unchanged)"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    auto *form = new QFormLayout;
    addRow(form, m_errors.get(), tr("&Cleaning gap:"), m_gap, QStringLiteral("/body/cleaningGapMinutes"));
    addRow(form, m_errors.get(), tr("&Time zone:"), m_timezone, QStringLiteral("/body/timezone"));
    m_noOrphans->setObjectName(QStringLiteral("noOrphanSeats"));
    m_noOrphans->setToolTip(tr("A single seat between taken seats is hard to sell. Kiosks never leave one; with this on, "
                               "cashiers are asked before they do."));
    form->addRow(m_noOrphans);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VenueSettingsDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

VenueSettingsDialog::~VenueSettingsDialog() = default;

bool VenueSettingsDialog::noOrphanSeats() const
{
    return m_noOrphans->isChecked();
}

void VenueSettingsDialog::setNoOrphanSeats(bool on)
{
    m_noOrphans->setChecked(on);
}

qint64 VenueSettingsDialog::cleaningGapMinutes() const
{
    return m_gap->value();
}

void VenueSettingsDialog::setCleaningGapMinutes(qint64 minutes)
{
    m_gap->setValue(int(minutes));
}

QString VenueSettingsDialog::timezone() const
{
    return m_timezone->currentData().toString();
}

void VenueSettingsDialog::setTimezone(const QString &timezone)
{
    const int index = m_timezone->findData(timezone);
    m_timezone->setCurrentIndex(std::max(index, 0));
}

void VenueSettingsDialog::submit()
{
    m_errors->clear();
    Q_EMIT submitted();
}

void VenueSettingsDialog::showError(const ErrorMessage &error)
{
    m_errors->show(error);
}

QString VenueSettingsDialog::errorAt(const QString &path) const
{
    return m_errors->textAt(path);
}

// --- CancelShowDialog ---

CancelShowDialog::CancelShowDialog(const Show &show, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_message(messageLabel(this))
    , m_errors(std::make_unique<FieldErrors>(m_message))
{
    setWindowTitle(tr("Cancel show"));
    m_reason->setMaxLength(1000);
    m_reason->setPlaceholderText(tr("projector broken"));
    auto *what = new QLabel(tr("Cancel <b>%1</b>? Its holds are released and nothing more is sold; "
                               "%n ticket(s) sold can then be refunded.",
                               nullptr, int(show.sold))
                                .arg(showLine(show, zone).toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    auto *form = new QFormLayout;
    addRow(form, m_errors.get(), tr("&Reason:"), m_reason, QStringLiteral("/body/reason"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel the &show"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Keep it"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelShowDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

CancelShowDialog::~CancelShowDialog() = default;

QString CancelShowDialog::reason() const
{
    return m_reason->text().trimmed();
}

void CancelShowDialog::submitWith(const QString &reason)
{
    m_reason->setText(reason);
    submit();
}

void CancelShowDialog::submit()
{
    if (reason().isEmpty()) {
        m_errors->show(tr("Say why the show is cancelled."), QStringLiteral("/body/reason"));
        return;
    }
    m_errors->clear();
    Q_EMIT submitted();
}

void CancelShowDialog::showError(const ErrorMessage &error)
{
    m_errors->show(error);
}

QString CancelShowDialog::errorAt(const QString &path) const
{
    return m_errors->textAt(path);
}

// --- RefundShowDialog ---

RefundShowDialog::RefundShowDialog(const Show &show, const QTimeZone &zone, const CancelShowReply &cancelled,
                                   const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_tickets(cancelled.soldTickets.size())
    , m_table(new QTableWidget(int(cancelled.soldTickets.size()), 4, this))
    , m_total(new QLabel(this))
    , m_reason(new QLineEdit(reason, this))
    , m_message(messageLabel(this))
    , m_refund(new QPushButton(tr("&Refund all"), this))
    , m_errors(std::make_unique<FieldErrors>(m_message))
{
    setWindowTitle(tr("Refunds for a cancelled show"));
    auto *what = new QLabel(tr("<b>%1</b> is cancelled (%n hold(s) released).", nullptr, int(cancelled.releasedHolds))
                                .arg(showLine(show, zone).toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({ tr("Ticket"), tr("Sale"), tr("Seat"), tr("Price") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    QList<Money> prices;
    for (int row = 0; row < cancelled.soldTickets.size(); ++row) {
        const SoldTicket &t = cancelled.soldTickets.at(row);
        prices.append(t.price);
        const QStringList cells = { t.ticketId, t.saleId, t.seatId, formatMoney(t.price) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    const Result<Money> total = Money::sum(prices);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setText(total ? tr("%n ticket(s) sold, %1 in all.", nullptr, int(m_tickets)).arg(formatMoney(*total))
                           : tr("No tickets were sold: nothing to refund."));
    m_reason->setMaxLength(1000);
    auto *form = new QFormLayout;
    addRow(form, m_errors.get(), tr("&Reason:"), m_reason, QStringLiteral("/body/reason"));
    m_refund->setEnabled(m_tickets > 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refund, QDialogButtonBox::ActionRole);
    connect(m_refund, &QPushButton::clicked, this, &RefundShowDialog::refundAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 420);
}

RefundShowDialog::~RefundShowDialog() = default;

QString RefundShowDialog::totalText() const
{
    return m_total->text();
}

QString RefundShowDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RefundShowDialog::refundAll()
{
    if (reason().isEmpty()) {
        m_errors->show(tr("Say why the tickets are refunded."), QStringLiteral("/body/reason"));
        return;
    }
    m_errors->clear();
    m_refund->setEnabled(false);
    m_message->setText(tr("Refunding…"));
    Q_EMIT submitted();
}

void RefundShowDialog::showRefunded(const RefundShowReply &reply)
{
    m_refund->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("%n sale(s) refunded, %1 in all.", nullptr, int(reply.refunds.size())).arg(formatMoney(reply.total)));
}

void RefundShowDialog::showError(const ErrorMessage &error)
{
    m_refund->setEnabled(true);
    m_errors->show(error);
}

QString RefundShowDialog::statusText() const
{
    return m_message->text();
}

// --- CopyShowsDialog ---

CopyShowsDialog::CopyShowsDialog(Span span, const QDate &source, bool fixedSource, QWidget *parent)
    : QDialog(parent)
    , m_span(span)
    , m_source(new QDateEdit(source, this))
    , m_target(new QDateEdit(this))
    , m_what(new QLabel(this))
    , m_message(messageLabel(this))
{
    setWindowTitle(span == Span::Week ? tr("Copy week") : tr("Copy day"));
    for (QDateEdit *edit : { m_source, m_target })
        edit->setCalendarPopup(true);
    m_source->setObjectName(QStringLiteral("source"));
    m_target->setDate(this->source().addDays(span == Span::Week ? 7 : 1));
    m_what->setWordWrap(true);
    auto *form = new QFormLayout;
    if (!fixedSource)
        form->addRow(span == Span::Week ? tr("&From the week of:") : tr("&From the day:"), m_source);
    else
        m_source->hide();
    form->addRow(span == Span::Week ? tr("To the &week of:") : tr("To the &day:"), m_target);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Copy"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CopyShowsDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QDateEdit::dateChanged, this, &CopyShowsDialog::describe);
    connect(m_source, &QDateEdit::dateChanged, this, [this] {
        m_message->clear();
        describe();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    describe();
    resize(440, sizeHint().height());
}

CopyShowsDialog::~CopyShowsDialog() = default;

QDate CopyShowsDialog::source() const
{
    const QDate day = m_source->date();
    return m_span == Span::Week ? day.addDays(1 - day.dayOfWeek()) : day;
}

void CopyShowsDialog::setSource(const QDate &source)
{
    m_source->setDate(source);
}

void CopyShowsDialog::setTarget(const QDate &target)
{
    m_target->setDate(target);
}

qint64 CopyShowsDialog::shiftDays() const
{
    QDate target = m_target->date();
    if (m_span == Span::Week)
        target = target.addDays(1 - target.dayOfWeek());
    return source().daysTo(target);
}

void CopyShowsDialog::describe()
{
    if (m_span == Span::Week) {
        const QDate target = m_target->date().addDays(1 - m_target->date().dayOfWeek());
        m_what->setText(tr("Copies every show of the week of %1 to the week of %2, as scheduled (not on sale).")
                            .arg(formatDate(source()), formatDate(target)));
    } else {
        m_what->setText(tr("Copies every show of %1 to %2, as scheduled (not on sale).")
                            .arg(formatDate(source()), formatDate(m_target->date())));
    }
}

void CopyShowsDialog::submit()
{
    const qint64 days = shiftDays();
    if (days == 0) {
        showError(tr("Choose another day than the one copied."));
        return;
    }
    if (std::abs(days) > MaxCopyShiftDays) {
        showError(tr("Copy at most a year ahead or back."));
        return;
    }
    m_message->clear();
    Q_EMIT submitted();
}

void CopyShowsDialog::showError(const QString &message)
{
    m_message->setText(message);
}

QString CopyShowsDialog::statusText() const
{
    return m_message->text();
}

} // namespace Marquee
