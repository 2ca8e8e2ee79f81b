#include "showdialog.h"

#include "fielderrors.h"
#include "formatting.h"
#include "layoutjson.h"
#include "protocol.h"
#include "serverconnection.h"
#include "showpriceseditor.h"

#include <QtCore/QPointer>
#include <QtCore/QTimeZone>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateTimeEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

ShowDialog::ShowDialog(ServerConnection *connection, const VenueSummary &venue, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_venue(venue)
    , m_title(new QComboBox(this))
    , m_auditorium(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_prices(new ShowPricesEditor(this))
    , m_priceCard(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_ok(nullptr)
    , m_errors(std::make_unique<FieldErrors>(m_message))
{
}

ShowDialog::ShowDialog(ServerConnection *connection, const VenueSummary &venue, const QList<Title> &titles,
                       const Currency &currency, QWidget *parent)
    : ShowDialog(connection, venue, parent)
{
    for (const Title &title : titles) {
        if (!title.archived)
            m_titles.append(title);
    }
    m_currency = currency;
    build();
}

ShowDialog::ShowDialog(ServerConnection *connection, const VenueSummary &venue, const Show &show, QWidget *parent)
    : ShowDialog(connection, venue, parent)
{
    m_editing = show;
    build();
}

ShowDialog::~ShowDialog() = default;

void ShowDialog::build()
{
    setWindowTitle(isNew() ? tr("Schedule a show") : tr("Edit show"));
    for (QDateTimeEdit *edit : { m_start, m_end }) {
        // The venue's wall-clock time, held as UTC (no daylight-saving gaps of the terminal's zone).
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("ddd dd.MM.yyyy HH:mm"));
        edit->setCalendarPopup(true);
    }
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    for (const AuditoriumSummary &auditorium : std::as_const(m_venue.auditoriums))
        m_auditorium->addItem(auditorium.name, auditorium.id);
    m_status->addItem(tr("Scheduled (not on sale yet)"), int(ShowStatus::Scheduled));
    m_status->addItem(tr("On sale"), int(ShowStatus::OnSale));
    m_message->setObjectName(QStringLiteral("status"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00000;"));

    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label, QWidget *field, const QString &path) {
        auto *box = new QWidget;
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(m_errors->add(path));
        form->addRow(label, box);
    };
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    if (isNew()) {
        for (const Title &title : std::as_const(m_titles)) {
            const QString format = title.format ? QStringLiteral(" (%1)").arg(*title.format) : QString();
            m_title->addItem(tr("%1%2, %n min", nullptr, int(title.runtimeMinutes)).arg(title.name, format), title.id);
        }
        row(tr("&Title:"), m_title, QStringLiteral("/body/titleId"));
        row(tr("&Auditorium:"), m_auditorium, QStringLiteral("/body/auditoriumId"));
        row(tr("&Layout version:"), m_version, QStringLiteral("/body/layoutVersion"));
    } else {
        QString where;
        for (const AuditoriumSummary &a : std::as_const(m_venue.auditoriums)) {
            if (a.id == m_editing->auditoriumId)
                where = a.name;
        }
        form->addRow(tr("Show:"), new QLabel(QStringLiteral("<b>%1</b> · %2").arg(m_editing->title.toHtmlEscaped(), where.toHtmlEscaped())));
    }
    row(tr("&Start:"), m_start, QStringLiteral("/body/start"));
    row(tr("&End:"), m_end, QStringLiteral("/body/end"));
    m_priceCard->setObjectName(QStringLiteral("priceCard"));
    m_priceCard->addItem(isNew() ? tr("Prices per category (below)") : tr("Keep the show's prices"), QString());
    row(tr("Price &card:"), m_priceCard, QStringLiteral("/body/priceCardId"));
    if (isNew()) {
        row(tr("&Prices:"), m_prices, QStringLiteral("/body/prices"));
        row(tr("Stat&us:"), m_status, QStringLiteral("/body/status"));
    } else {
        m_prices->hide();
        m_status->hide();
        m_start->setDateTime(wallClock(m_editing->start));
        m_end->setDateTime(wallClock(m_editing->end));
        m_endEdited = true;
    }

    connect(buttons, &QDialogButtonBox::accepted, this, &ShowDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QComboBox::currentIndexChanged, this, &ShowDialog::followRuntime);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &ShowDialog::followRuntime);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_settingEnd)
            m_endEdited = true;
    });
    connect(m_auditorium, &QComboBox::currentIndexChanged, this, &ShowDialog::loadVersions);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ShowDialog::loadCategories);
    connect(m_prices, &ShowPricesEditor::changed, this, &ShowDialog::updateOk);
    connect(m_priceCard, &QComboBox::currentIndexChanged, this, &ShowDialog::priceCardChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    if (isNew()) {
        const QDate today = todayIn(zone());
        m_start->setDateTime(QDateTime(today.addDays(1), QTime(20, 0), Qt::UTC));
        if (m_titles.isEmpty())
            m_message->setText(tr("There is no title to schedule: create one on the Titles page first."));
        loadVersions();
    }
    loadPriceCards();
    updateOk();
    resize(520, sizeHint().height());
}

void ShowDialog::setAuditorium(const QString &auditoriumId)
{
    const int index = m_auditorium->findData(auditoriumId);
    if (index >= 0)
        m_auditorium->setCurrentIndex(index);
}

void ShowDialog::setTitle(const QString &titleId)
{
    const int index = m_title->findData(titleId);
    if (index >= 0)
        m_title->setCurrentIndex(index);
}

QTimeZone ShowDialog::zone() const
{
    return venueZone(m_venue.timezone.value_or(QString()));
}

QDateTime ShowDialog::wallClock(const QDateTime &time) const
{
    const QDateTime there = time.toTimeZone(zone());
    return QDateTime(there.date(), there.time(), Qt::UTC);
}

QDateTime ShowDialog::moment(const QDateTimeEdit *edit) const
{
    return QDateTime(edit->date(), edit->time(), zone());
}

void ShowDialog::setStart(const QDateTime &start)
{
    m_start->setDateTime(wallClock(start));
}

void ShowDialog::setEnd(const QDateTime &end)
{
    m_end->setDateTime(wallClock(end));
    m_endEdited = true;
}

void ShowDialog::setStatus(ShowStatus status)
{
    m_status->setCurrentIndex(m_status->findData(int(status)));
}

QDateTime ShowDialog::start() const
{
    return moment(m_start);
}

QDateTime ShowDialog::end() const
{
    return moment(m_end);
}

bool ShowDialog::isReady() const
{
    return !isNew() || m_categoriesLoaded;
}

void ShowDialog::followRuntime()
{
    if (m_endEdited || !isNew())
        return;
    const QString id = m_title->currentData().toString();
    for (const Title &title : std::as_const(m_titles)) {
        if (title.id == id) {
            m_settingEnd = true;
            m_end->setDateTime(wallClock(start().addSecs(title.runtimeMinutes * 60)));
            m_settingEnd = false;
        }
    }
}

void ShowDialog::loadVersions()
{
    m_categoriesLoaded = false;
    m_version->clear();
    updateOk();
    const QString auditoriumId = m_auditorium->currentData().toString();
    if (auditoriumId.isEmpty())
        return;
    qint64 current = 0;
    for (const AuditoriumSummary &a : std::as_const(m_venue.auditoriums)) {
        if (a.id == auditoriumId)
            current = a.layoutVersion;
    }
    const int generation = ++m_loadGeneration;
    m_message->setText(tr("Loading the layout versions…"));
    m_connection->ask<ListLayoutVersionsReply>(
        ListLayoutVersionsRequest { auditoriumId },
        [self = QPointer<ShowDialog>(this), generation, current](const ListLayoutVersionsReply *reply,
                                                                 const ErrorMessage *error) {
            if (!self || generation != self->m_loadGeneration)
                return;
            if (error) {
                self->m_errors->show(*error);
                return;
            }
            self->m_message->clear();
            if (reply->versions.isEmpty()) {
                self->m_errors->show(tr("This auditorium has no published layout yet (layout studio)."),
                                     QStringLiteral("/body/layoutVersion"));
                return;
            }
            QSignalBlocker block(self->m_version);
            for (const LayoutVersionInfo &v : reply->versions) {
                const QString label = v.layoutVersion == current
                    ? tr("Version %1 (current): %2, %n seat(s)", nullptr, int(v.seatCount))
                    : tr("Version %1: %2, %n seat(s)", nullptr, int(v.seatCount));
                self->m_version->addItem(label.arg(v.layoutVersion).arg(v.name), v.layoutVersion);
            }
            const int index = self->m_version->findData(current);
            self->m_version->setCurrentIndex(index >= 0 ? index : 0);
            block.unblock();
            self->loadCategories();
        });
}

void ShowDialog::loadCategories()
{
    m_categoriesLoaded = false;
    updateOk();
    const QString auditoriumId = m_auditorium->currentData().toString();
    const qint64 version = m_version->currentData().toLongLong();
    if (auditoriumId.isEmpty() || version <= 0)
        return;
    const int generation = ++m_loadGeneration;
    m_connection->ask<GetLayoutReply>(
        GetLayoutRequest { auditoriumId, version },
        [self = QPointer<ShowDialog>(this), generation](const GetLayoutReply *reply, const ErrorMessage *error) {
            if (!self || generation != self->m_loadGeneration)
                return;
            if (error) {
                self->m_errors->show(*error);
                return;
            }
            const Result<Layout> layout = layoutFromJson(reply->layout);
            if (!layout) {
                self->m_errors->show(tr("The layout does not read: %1").arg(layout.error().message),
                                     QStringLiteral("/body/layoutVersion"));
                return;
            }
            self->m_prices->setCategories(layout->categories, self->m_currency);
            self->m_categoriesLoaded = true;
            self->updateOk();
            Q_EMIT self->ready();
        });
}

void ShowDialog::updateOk()
{
    if (m_ok)
        m_ok->setEnabled(!isNew() || (m_categoriesLoaded && m_title->count() > 0));
}

ScheduleShowRequest ShowDialog::scheduleRequest() const
{
    ScheduleShowRequest request;
    request.auditoriumId = m_auditorium->currentData().toString();
    request.titleId = m_title->currentData().toString();
    request.start = start().toUTC();
    request.end = end().toUTC();
    request.layoutVersion = m_version->currentData().toLongLong();
    if (const QString card = m_priceCard->currentData().toString(); !card.isEmpty())
        request.priceCardId = card;
    else
        request.prices = m_prices->prices().value_or(QList<CategoryPrice>());
    request.status = ShowStatus(m_status->currentData().toInt());
    return request;
}

UpdateShowRequest ShowDialog::updateRequest() const
{
    UpdateShowRequest request;
    request.showId = m_editing ? m_editing->id : QString();
    request.start = start().toUTC();
    request.end = end().toUTC();
    if (const QString card = m_priceCard->currentData().toString(); !card.isEmpty() && m_editing
        && card != m_editing->priceCardId.value_or(QString()))
        request.priceCardId = card;
    return request;
}

void ShowDialog::setPriceCard(const QString &priceCardId)
{
    const int index = m_priceCard->findData(priceCardId);
    if (index >= 0)
        m_priceCard->setCurrentIndex(index);
}

void ShowDialog::loadPriceCards()
{
    m_connection->ask<ListPricingReply>(
        ListPricingRequest { m_venue.id }, [self = QPointer<ShowDialog>(this)](const ListPricingReply *reply, const ErrorMessage *) {
            if (!self || !reply)
                return; // per-category prices stay possible
            QSignalBlocker block(self->m_priceCard);
            for (const PriceCard &card : reply->priceCards) {
                if (!card.archived)
                    self->m_priceCard->addItem(card.name, card.id);
            }
            if (self->m_editing && self->m_editing->priceCardId)
                self->setPriceCard(*self->m_editing->priceCardId);
            else if (self->isNew() && self->m_priceCard->count() > 1)
                self->m_priceCard->setCurrentIndex(1); // a venue with cards prices its shows by card
            block.unblock();
            self->priceCardChosen();
        });
}

void ShowDialog::priceCardChosen()
{
    // A card prices every category and ticket type: the per-category prices are not asked for.
    if (isNew())
        m_prices->setEnabled(m_priceCard->currentData().toString().isEmpty());
}

void ShowDialog::submit()
{
    if (end() <= start()) {
        m_errors->show(tr("The show ends after it starts."), QStringLiteral("/body/end"));
        return;
    }
    if (isNew()) {
        if (!isReady()) {
            m_errors->show(tr("Wait for the layout's categories."), QStringLiteral("/body/layoutVersion"));
            return;
        }
        if (const QString problem = m_prices->problem(); !problem.isEmpty() && m_prices->isEnabled()) {
            m_errors->show(problem, QStringLiteral("/body/prices"));
            return;
        }
    }
    m_errors->clear();
    Q_EMIT submitted();
}

void ShowDialog::showError(const ErrorMessage &error)
{
    m_errors->show(error);
}

QString ShowDialog::errorAt(const QString &path) const
{
    return m_errors->textAt(path);
}

} // namespace Marquee
