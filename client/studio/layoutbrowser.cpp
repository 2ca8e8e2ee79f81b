#include "layoutbrowser.h"

#include "formatting.h"
#include "protocol.h"
#include "serverconnection.h"

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
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

namespace {

// Item data of the venue tree.
constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;     // "venue" or "auditorium"
constexpr int VersionRole = Qt::UserRole + 2;  // auditorium: current version; version row: its version (0: draft)

QString statusText(ShowStatus status)
{
    switch (status) {
    case ShowStatus::Scheduled:
        return LayoutBrowser::tr("scheduled");
    case ShowStatus::OnSale:
        return LayoutBrowser::tr("on sale");
    case ShowStatus::SalesClosed:
        return LayoutBrowser::tr("sales closed");
    case ShowStatus::Cancelled:
        return LayoutBrowser::tr("cancelled");
    }
    return {};
}

} // namespace

LayoutBrowser::LayoutBrowser(ServerConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_venues(new QTreeWidget(this))
    , m_versions(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_newLayout(new QPushButton(tr("&New layout"), this))
    , m_moveShows(new QPushButton(tr("&Move shows onto this version…"), this))
    , m_newAuditorium(new QPushButton(tr("New &auditorium…"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
{
    setWindowTitle(tr("Venues and layouts"));
    m_venues->setHeaderLabels({tr("Venue / auditorium"), tr("Layout")});
    m_venues->setObjectName(QStringLiteral("venues"));
    m_venues->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_venues->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_venues->header()->setStretchLastSection(false);
    m_versions->setHeaderLabels({tr("Version"), tr("Seats"), tr("Published"), tr("Shows using it")});
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setRootIsDecorated(false);
    for (int column : {0, 1, 2})
        m_versions->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_versions->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_open->setObjectName(QStringLiteral("open"));
    m_newLayout->setObjectName(QStringLiteral("newLayout"));
    m_moveShows->setObjectName(QStringLiteral("moveShows"));
    m_newAuditorium->setObjectName(QStringLiteral("newAuditorium"));
    m_rename->setObjectName(QStringLiteral("rename"));

    auto *newVenue = new QPushButton(tr("New &venue…"), this);
    newVenue->setObjectName(QStringLiteral("newVenue"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_venues, 1);
    auto *venueButtons = new QHBoxLayout;
    venueButtons->addWidget(newVenue);
    venueButtons->addWidget(m_newAuditorium);
    venueButtons->addWidget(m_rename);
    venueButtons->addStretch(1);
    leftLayout->addLayout(venueButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_versions, 1);
    auto *versionButtons = new QHBoxLayout;
    versionButtons->addWidget(m_open);
    versionButtons->addWidget(m_newLayout);
    versionButtons->addWidget(m_moveShows);
    versionButtons->addStretch(1);
    rightLayout->addLayout(versionButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(refreshButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(refreshButton, &QPushButton::clicked, this, &LayoutBrowser::refresh);
    connect(newVenue, &QPushButton::clicked, this, &LayoutBrowser::createVenue);
    connect(m_newAuditorium, &QPushButton::clicked, this, &LayoutBrowser::createAuditorium);
    connect(m_rename, &QPushButton::clicked, this, &LayoutBrowser::rename);
    connect(m_venues, &QTreeWidget::currentItemChanged, this, &LayoutBrowser::auditoriumChanged);
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &LayoutBrowser::updateButtons);
    connect(m_versions, &QTreeWidget::itemActivated, this, [this] { choose(Choice::OpenVersion); });
    connect(m_open, &QPushButton::clicked, this, [this] { choose(Choice::OpenVersion); });
    connect(m_newLayout, &QPushButton::clicked, this, [this] { choose(Choice::NewLayout); });
    connect(m_moveShows, &QPushButton::clicked, this, [this] { choose(Choice::MoveShows); });
    updateButtons();
}

LayoutBrowser::~LayoutBrowser() = default;

void LayoutBrowser::refresh()
{
    QPointer<LayoutBrowser> self(this);
    m_connection->call<ListVenuesReply>(ListVenuesRequest{}, [this, self](const Result<ListVenuesReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            showError(reply.error().message);
            return;
        }
        showVenues(reply->venues);
    });
}

void LayoutBrowser::selectAuditorium(const QString &auditoriumId)
{
    m_wantedAuditorium = auditoriumId;
    for (int i = 0; i < m_venues->topLevelItemCount(); ++i) {
        QTreeWidgetItem *venue = m_venues->topLevelItem(i);
        for (int j = 0; j < venue->childCount(); ++j) {
            if (venue->child(j)->data(0, IdRole).toString() == auditoriumId) {
                m_venues->setCurrentItem(venue->child(j));
                return;
            }
        }
    }
}

QString LayoutBrowser::selectedAuditorium() const
{
    const QTreeWidgetItem *item = auditoriumItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

QTreeWidgetItem *LayoutBrowser::auditoriumItem() const
{
    QTreeWidgetItem *item = m_venues->currentItem();
    return item && item->data(0, KindRole).toString() == QLatin1String("auditorium") ? item : nullptr;
}

void LayoutBrowser::showVenues(const QList<VenueSummary> &venues)
{
    const QString keep = m_wantedAuditorium.isEmpty() ? selectedAuditorium() : m_wantedAuditorium;
    QString keepVenue;
    if (QTreeWidgetItem *item = m_venues->currentItem(); item && item->data(0, KindRole).toString() == QLatin1String("venue"))
        keepVenue = item->data(0, IdRole).toString();
    m_venues->clear();
    for (const VenueSummary &venue : venues) {
        auto *venueItem = new QTreeWidgetItem(m_venues, {venue.name});
        venueItem->setData(0, IdRole, venue.id);
        venueItem->setData(0, KindRole, QStringLiteral("venue"));
        for (const AuditoriumSummary &auditorium : venue.auditoriums) {
            const QString version = auditorium.layoutVersion > 0
                ? tr("version %1 · %n seat(s)", nullptr, int(auditorium.seatCount)).arg(auditorium.layoutVersion)
                : tr("no layout yet");
            auto *item = new QTreeWidgetItem(venueItem, {auditorium.name, version});
            item->setData(0, IdRole, auditorium.id);
            item->setData(0, KindRole, QStringLiteral("auditorium"));
            item->setData(0, VersionRole, auditorium.layoutVersion);
        }
        venueItem->setExpanded(true);
        if (venue.id == keepVenue)
            m_venues->setCurrentItem(venueItem);
    }
    if (!keep.isEmpty())
        selectAuditorium(keep);
    if (!m_venues->currentItem() && m_venues->topLevelItemCount() > 0)
        m_venues->setCurrentItem(m_venues->topLevelItem(0));
    m_message->setText(venues.isEmpty() ? tr("No venues yet: create one with “New venue…”.") : QString());
    auditoriumChanged();
    Q_EMIT refreshed();
}

void LayoutBrowser::auditoriumChanged()
{
    m_versions->clear();
    updateButtons();
    const QString auditoriumId = selectedAuditorium();
    if (auditoriumId.isEmpty())
        return;
    ListLayoutVersionsRequest request;
    request.auditoriumId = auditoriumId;
    QPointer<LayoutBrowser> self(this);
    m_connection->call<ListLayoutVersionsReply>(request, [this, self, auditoriumId](const Result<ListLayoutVersionsReply> &reply) {
        if (!self || auditoriumId != selectedAuditorium())
            return;
        if (!reply) {
            showError(reply.error().message);
            return;
        }
        showVersions(*reply);
        Q_EMIT refreshed();
    });
}

void LayoutBrowser::showVersions(const ListLayoutVersionsReply &reply)
{
    m_versions->clear();
    if (reply.draft) {
        const LayoutDraftInfo &draft = *reply.draft;
        const QString problems = draft.problems == 0 ? tr("no problems") : tr("%n problem(s)", nullptr, int(draft.problems));
        auto *item = new QTreeWidgetItem(m_versions, {tr("Draft (revision %1)").arg(draft.revision), QString::number(draft.seatCount),
                                                      tr("saved by %1, %2").arg(draft.savedBy, formatDateTime(draft.savedAt)), problems});
        item->setData(0, VersionRole, 0);
        QFont font = item->font(0);
        font.setItalic(true);
        item->setFont(0, font);
    }
    for (const LayoutVersionInfo &version : reply.versions) {
        QStringList shows;
        for (const LayoutVersionShow &show : version.shows)
            shows.append(tr("%1, %2 (%3)").arg(show.title, formatDateTime(show.start), statusText(show.status)));
        const QString published = version.createdBy ? tr("%1, %2").arg(*version.createdBy, formatDateTime(version.createdAt))
                                                    : formatDateTime(version.createdAt);
        auto *item = new QTreeWidgetItem(m_versions, {tr("Version %1").arg(version.layoutVersion), QString::number(version.seatCount),
                                                      published, shows.isEmpty() ? tr("none") : shows.join(QStringLiteral("; "))});
        item->setData(0, VersionRole, version.layoutVersion);
        item->setToolTip(3, shows.join(QLatin1Char('\n')));
    }
    if (m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(0));
    updateButtons();
}

void LayoutBrowser::updateButtons()
{
    const bool auditorium = auditoriumItem() != nullptr;
    const QTreeWidgetItem *version = m_versions->currentItem();
    m_open->setEnabled(auditorium && version);
    m_newLayout->setEnabled(auditorium);
    m_moveShows->setEnabled(auditorium && version && version->data(0, VersionRole).toLongLong() > 0);
    m_newAuditorium->setEnabled(m_venues->currentItem() != nullptr);
    m_rename->setEnabled(m_venues->currentItem() != nullptr);
}

void LayoutBrowser::choose(Choice choice)
{
    const QTreeWidgetItem *auditorium = auditoriumItem();
    if (!auditorium)
        return;
    Selection selection;
    selection.choice = choice;
    selection.auditoriumId = auditorium->data(0, IdRole).toString();
    selection.auditoriumName = auditorium->text(0);
    selection.venueName = auditorium->parent() ? auditorium->parent()->text(0) : QString();
    selection.currentVersion = auditorium->data(0, VersionRole).toLongLong();
    if (choice != Choice::NewLayout) {
        const QTreeWidgetItem *version = m_versions->currentItem();
        if (!version)
            return;
        selection.layoutVersion = version->data(0, VersionRole).toLongLong();
        if (selection.layoutVersion == 0) {
            if (choice == Choice::MoveShows)
                return;
            selection.choice = Choice::OpenDraft;
        }
    }
    Q_EMIT chosen(selection);
}

void LayoutBrowser::createVenue()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New venue"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("venueName"));
    name->setMaxLength(int(MaxVenueNameLength));
    auto *currency = new QLineEdit(&dialog);
    currency->setObjectName(QStringLiteral("venueCurrency"));
    currency->setInputMask(QStringLiteral(">AAA"));
    const QString localCurrency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    currency->setText(localCurrency.size() == 3 ? localCurrency : QStringLiteral("EUR"));
    auto *timezone = new QLineEdit(QStringLiteral("UTC"), &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Currency (ISO 4217):"), currency);
    form->addRow(tr("&Time zone:"), timezone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return;
    const auto code = Currency::fromCode(currency->text());
    if (!code) {
        showError(code.error().message);
        return;
    }
    CreateVenueRequest request;
    request.name = name->text().trimmed();
    request.currency = *code;
    if (!timezone->text().trimmed().isEmpty())
        request.timezone = timezone->text().trimmed();
    QPointer<LayoutBrowser> self(this);
    m_connection->call<CreateVenueReply>(request, [this, self](const Result<CreateVenueReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            showError(reply.error().message);
            return;
        }
        m_message->setText(tr("Venue “%1” created.").arg(reply->venue.name));
        refresh();
    });
}

void LayoutBrowser::createAuditorium()
{
    QTreeWidgetItem *item = m_venues->currentItem();
    if (!item)
        return;
    QTreeWidgetItem *venue = item->parent() ? item->parent() : item;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New auditorium"), tr("Name of the new auditorium in %1:").arg(venue->text(0)),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    CreateAuditoriumRequest request;
    request.venueId = venue->data(0, IdRole).toString();
    request.name = name;
    QPointer<LayoutBrowser> self(this);
    m_connection->call<CreateAuditoriumReply>(request, [this, self](const Result<CreateAuditoriumReply> &reply) {
        if (!self)
            return;
        if (!reply) {
            showError(reply.error().message);
            return;
        }
        m_message->setText(tr("Auditorium “%1” created: draw its layout with “New layout”.").arg(reply->auditorium.name));
        m_wantedAuditorium = reply->auditorium.id;
        refresh();
    });
}

void LayoutBrowser::rename()
{
    QTreeWidgetItem *item = m_venues->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal, item->text(0), &ok).trimmed();
    if (!ok || name.isEmpty() || name == item->text(0))
        return;
    const QString id = item->data(0, IdRole).toString();
    QPointer<LayoutBrowser> self(this);
    auto done = [this, self](const Error *error) {
        if (!self)
            return;
        if (error)
            showError(error->message);
        else
            refresh();
    };
    if (item->data(0, KindRole).toString() == QLatin1String("venue")) {
        RenameVenueRequest request;
        request.venueId = id;
        request.name = name;
        m_connection->call<RenameVenueReply>(request, [done](const Result<RenameVenueReply> &reply) {
            done(reply ? nullptr : &reply.error());
        });
    } else {
        RenameAuditoriumRequest request;
        request.auditoriumId = id;
        request.name = name;
        m_connection->call<RenameAuditoriumReply>(request, [done](const Result<RenameAuditoriumReply> &reply) {
            done(reply ? nullptr : &reply.error());
        });
    }
}

void LayoutBrowser::showError(const QString &message)
{
    m_message->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
}

} // namespace Marquee
