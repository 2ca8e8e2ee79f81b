#include "studioconnection.h"

#include "changepassworddialog.h"
#include "formatting.h"
#include "layoutbrowser.h"
#include "layoutjson.h"
#include "problemspanel.h"
#include "protocol.h"
#include "serverconnection.h"
#include "studiowindow.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QUuid>
#include <QtGui/QAction>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

#include <memory>
#include <optional>

namespace Marquee {

namespace {

// A layout document up to this size travels inline in save_layout_draft (the frame limit is
// 64 KiB, the rest of the frame is small); a bigger one is uploaded in parts first.
constexpr qsizetype MaxInlineLayoutBytes = 60000;
// Bytes per upload_layout part: 36,000 bytes are 48,000 base64 characters.
constexpr qsizetype UploadPartBytes = MaxUploadPartChars / 4 * 3;

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

StudioConnection::StudioConnection(ServerConnection *connection, StudioWindow *window, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_window(window)
{
    buildActions();
    connect(window, &StudioWindow::saveRequested, this, [this] { saveDraft(); });
    connect(window, &StudioWindow::changePasswordRequested, this,
            [this] { ChangePasswordDialog::run(m_connection, m_window); });
    connect(this, &StudioConnection::message, window, [window](const QString &text) { window->statusBar()->showMessage(text, 15000); });
    connect(this, &StudioConnection::failed, window, [window](const QString &text) {
        window->statusBar()->showMessage(text, 15000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Layout studio"), text, QMessageBox::Ok, window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    updateActions();
}

StudioConnection::~StudioConnection() = default;

void StudioConnection::buildActions()
{
    QMenu *menu = m_window->layoutMenu();
    menu->addSeparator();
    m_openAction = menu->addAction(tr("Venues and &versions on the server…"), this, &StudioConnection::showBrowser);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_saveAction = menu->addAction(tr("Save dra&ft on the server"), this, [this] { saveDraft(); });
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_publishAction = menu->addAction(tr("Publis&h…"), this, [this] { publish(); });
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_moveAction = menu->addAction(tr("&Move shows onto this version…"), this, [this] {
        moveShowsOnto(m_auditoriumId, m_baseVersion);
    });
}

void StudioConnection::updateActions()
{
    const bool open = !m_auditoriumId.isEmpty();
    m_saveAction->setEnabled(true); // without an auditorium it asks for one
    m_publishAction->setEnabled(open);
    m_moveAction->setEnabled(open && m_baseVersion > 0);
}

bool StudioConnection::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(m_window, tr("Layout studio"), question) == QMessageBox::Yes;
}

void StudioConnection::report(const ErrorMessage &error)
{
    Q_EMIT failed(error.message.isEmpty() ? errorCodeDescription(error.code) : error.message);
}

LayoutBrowser *StudioConnection::browser()
{
    if (!m_browser) {
        m_browser = new LayoutBrowser(m_connection, m_window);
        connect(m_browser, &LayoutBrowser::chosen, this, [this](const LayoutBrowser::Selection &selection) {
            const QString title = selection.venueName.isEmpty() ? selection.auditoriumName
                                                                : tr("%1 · %2").arg(selection.venueName, selection.auditoriumName);
            switch (selection.choice) {
            case LayoutBrowser::Choice::OpenVersion:
            case LayoutBrowser::Choice::OpenDraft:
            case LayoutBrowser::Choice::NewLayout:
                if (!m_window->maybeSave())
                    return;
                m_title = title;
                if (selection.choice == LayoutBrowser::Choice::OpenVersion)
                    openVersion(selection.auditoriumId, selection.layoutVersion);
                else if (selection.choice == LayoutBrowser::Choice::OpenDraft)
                    openDraft(selection.auditoriumId);
                else
                    newLayout(selection.auditoriumId, title, selection.currentVersion);
                m_browser->accept();
                break;
            case LayoutBrowser::Choice::MoveShows:
                moveShowsOnto(selection.auditoriumId, selection.layoutVersion);
                break;
            }
        });
    }
    return m_browser;
}

void StudioConnection::showBrowser()
{
    LayoutBrowser *dialog = browser();
    if (!m_auditoriumId.isEmpty())
        dialog->selectAuditorium(m_auditoriumId);
    dialog->refresh();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void StudioConnection::setDocument(const QString &auditoriumId, const QString &title, qint64 baseVersion, qint64 revision)
{
    m_auditoriumId = auditoriumId;
    m_baseVersion = baseVersion;
    m_revision = revision;
    if (!title.isEmpty())
        m_title = title;
    updateActions();
}

void StudioConnection::openVersion(const QString &auditoriumId, qint64 layoutVersion, std::function<void(bool)> done)
{
    // The versions first: the auditorium's current version is the new draft's base, and a draft
    // that exists is not overwritten without a question.
    ListLayoutVersionsRequest versions;
    versions.auditoriumId = auditoriumId;
    QPointer<StudioConnection> self(this);
    m_connection->ask<ListLayoutVersionsReply>(versions, [this, self, auditoriumId, layoutVersion, done](const ListLayoutVersionsReply *list, const ErrorMessage *listError) {
        if (!self)
            return;
        if (listError) {
            report(*listError);
            if (done)
                done(false);
            return;
        }
        const qint64 current = list->versions.isEmpty() ? 0 : list->versions.first().layoutVersion;
        const qint64 draftRevision = list->draft ? list->draft->revision : 0;
        GetLayoutRequest request;
        request.auditoriumId = auditoriumId;
        request.layoutVersion = layoutVersion;
        m_connection->ask<GetLayoutReply>(request, [this, self, auditoriumId, layoutVersion, current, draftRevision, done](const GetLayoutReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            const auto layout = readLayout(error, error ? nullptr : &reply->layout, done);
            if (!layout)
                return;
            setDocument(auditoriumId, {}, current, draftRevision);
            m_draftIsOurs = draftRevision == 0;
            const QString title = m_title.isEmpty() ? auditoriumId : m_title;
            m_window->openLayout(*layout, tr("%1, version %2").arg(title).arg(layoutVersion));
            Q_EMIT message(tr("Version %1 opened. Your changes become the auditorium's draft when you save them.").arg(layoutVersion));
            if (done)
                done(true);
        }, 120000);
    });
}

std::optional<Layout> StudioConnection::readLayout(const ErrorMessage *error, const QJsonObject *document,
                                                   const std::function<void(bool)> &done)
{
    if (error) {
        report(*error);
    } else if (auto layout = layoutFromJson(*document)) {
        return *layout;
    } else {
        Q_EMIT failed(tr("The layout cannot be read: %1").arg(layout.error().toString()));
    }
    if (done)
        done(false);
    return std::nullopt;
}

void StudioConnection::openDraft(const QString &auditoriumId, std::function<void(bool)> done)
{
    GetLayoutDraftRequest request;
    request.auditoriumId = auditoriumId;
    QPointer<StudioConnection> self(this);
    m_connection->ask<GetLayoutDraftReply>(request, [this, self, auditoriumId, done](const GetLayoutDraftReply *reply, const ErrorMessage *error) {
        if (!self)
            return;
        const auto layout = readLayout(error, error ? nullptr : &reply->layout, done);
        if (!layout)
            return;
        setDocument(auditoriumId, {}, reply->baseVersion, reply->revision);
        m_draftIsOurs = true;
        const QString title = m_title.isEmpty() ? auditoriumId : m_title;
        m_window->openLayout(*layout, tr("%1, draft").arg(title));
        Q_EMIT message(tr("Draft revision %1 opened (saved by %2).").arg(reply->revision).arg(reply->savedBy));
        if (done)
            done(true);
    }, 120000);
}

void StudioConnection::newLayout(const QString &auditoriumId, const QString &auditoriumName, qint64 currentVersion)
{
    Layout layout;
    layout.name = auditoriumName;
    layout.categories.append(Category{QStringLiteral("standard"), tr("Standard"), QStringLiteral("#4f7cac")});
    // The draft that may exist is only replaced after a question (the first save finds it).
    setDocument(auditoriumId, auditoriumName, currentVersion, 0);
    m_draftIsOurs = true;
    m_window->openLayout(layout, tr("%1, new layout").arg(auditoriumName));
}

void StudioConnection::saveDraft(std::function<void(bool)> done)
{
    if (m_auditoriumId.isEmpty()) {
        Q_EMIT message(tr("Choose the auditorium this layout is for, then “New layout” or open one of its versions."));
        showBrowser();
        if (done)
            done(false);
        return;
    }
    if (!m_draftIsOurs && m_revision > 0
        && !confirm(tr("The auditorium has a draft on the server that is not the layout on screen. Replace that draft with this layout?"))) {
        if (done)
            done(false);
        return;
    }
    saveWith(m_revision, std::move(done));
}

void StudioConnection::saveWith(qint64 revision, std::function<void(bool)> done)
{
    const QJsonObject document = layoutToJson(m_window->layout());
    const QByteArray text = QJsonDocument(document).toJson(QJsonDocument::Compact);
    if (text.size() <= MaxInlineLayoutBytes) {
        sendDraft(document, {}, revision, std::move(done));
        return;
    }
    QPointer<StudioConnection> self(this);
    Q_EMIT message(tr("Uploading the layout (%1 KB)…").arg(text.size() / 1024));
    upload(text, [this, self, revision, done = std::move(done)](const QString &uploadId) {
        if (!self)
            return;
        if (uploadId.isEmpty()) {
            if (done)
                done(false);
            return;
        }
        sendDraft({}, uploadId, revision, done);
    });
}

void StudioConnection::upload(const QByteArray &document, std::function<void(const QString &)> done)
{
    const QString uploadId = QStringLiteral("up-") + QUuid::createUuid().toString(QUuid::Id128);
    const qint64 parts = (document.size() + UploadPartBytes - 1) / UploadPartBytes;
    if (parts > MaxUploadParts) {
        Q_EMIT failed(tr("The layout is too big to save (%1 MB).").arg(document.size() / (1024 * 1024)));
        done({});
        return;
    }
    struct State
    {
        qint64 answered = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    QPointer<StudioConnection> self(this);
    for (qint64 part = 0; part < parts; ++part) {
        UploadLayoutRequest request;
        request.uploadId = uploadId;
        request.part = part;
        request.parts = parts;
        request.data = QString::fromLatin1(document.mid(part * UploadPartBytes, UploadPartBytes).toBase64());
        m_connection->ask<UploadLayoutReply>(request, [this, self, state, parts, uploadId, done](const UploadLayoutReply *, const ErrorMessage *error) {
            if (!self || state->failed)
                return;
            if (error) {
                state->failed = true;
                report(*error);
                done({});
                return;
            }
            if (++state->answered == parts)
                done(uploadId);
        });
    }
}

void StudioConnection::sendDraft(const QJsonObject &layout, const QString &uploadId, qint64 revision, std::function<void(bool)> done)
{
    SaveLayoutDraftRequest request;
    request.auditoriumId = m_auditoriumId;
    request.baseVersion = m_baseVersion;
    request.revision = revision;
    if (uploadId.isEmpty())
        request.layout = layout;
    else
        request.uploadId = uploadId;
    const Layout sent = m_window->layout();
    QPointer<StudioConnection> self(this);
    m_connection->ask<SaveLayoutDraftReply>(request, [this, self, sent, done](const SaveLayoutDraftReply *reply, const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            if (error->code == ErrorCode::StaleDraft) {
                const qint64 current = error->details.value(QStringLiteral("revision")).toInteger();
                if (confirm(tr("Someone else saved this auditorium's draft since you opened it (it is now at revision %1). "
                               "Replace their draft with yours? (No: keep theirs; open it from the server to see it.)")
                                .arg(current))) {
                    m_draftIsOurs = true;
                    saveWith(current, done);
                    return;
                }
                Q_EMIT message(tr("Not saved: the draft on the server is someone else's."));
            } else {
                report(*error);
            }
            if (done)
                done(false);
            return;
        }
        m_revision = reply->revision;
        m_draftIsOurs = true;
        // Edits made while the draft travelled are not saved yet.
        if (m_window && m_window->layout() == sent)
            m_window->markSaved();
        updateActions();
        Q_EMIT message(reply->problems.isEmpty()
                           ? tr("Draft saved (revision %1): no problems, ready to publish.").arg(reply->revision)
                           : tr("Draft saved (revision %1): %n problem(s) to solve before publishing.", nullptr, int(reply->problems.size()))
                                 .arg(reply->revision));
        if (done)
            done(true);
    }, 120000);
}

void StudioConnection::publish(std::function<void(qint64)> done)
{
    if (m_auditoriumId.isEmpty()) {
        saveDraft();
        if (done)
            done(0);
        return;
    }
    // The server is the judge, but the manager learns of known problems without a round trip.
    m_window->validateNow();
    if (const int problems = m_window->problemsPanel()->problemCount(); problems > 0) {
        Q_EMIT failed(tr("Not published: the layout has %n problem(s); the Problems panel lists them.", nullptr, problems));
        if (done)
            done(0);
        return;
    }
    if (!confirm(tr("Publish this layout as the next version of %1? Shows keep the version they use until you move them onto it.")
                     .arg(m_title.isEmpty() ? m_auditoriumId : m_title))) {
        if (done)
            done(0);
        return;
    }
    QPointer<StudioConnection> self(this);
    auto publishDraft = [this, self, done]() {
        PublishLayoutRequest request;
        request.auditoriumId = m_auditoriumId;
        request.revision = m_revision;
        m_connection->ask<PublishLayoutReply>(request, [this, self, done](const PublishLayoutReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                if (error->code == ErrorCode::StaleDraft && error->details.contains(QStringLiteral("layoutVersion"))
                    && error->details.value(QStringLiteral("layoutVersion")).toInteger() != m_baseVersion) {
                    const qint64 current = error->details.value(QStringLiteral("layoutVersion")).toInteger();
                    if (confirm(tr("Version %1 of this auditorium was published since you opened this layout. "
                                   "Publish yours as the next version anyway?").arg(current))) {
                        m_baseVersion = current;
                        m_revision = error->details.value(QStringLiteral("revision")).toInteger();
                        saveWith(m_revision, [this, self, done](bool saved) {
                            if (!self || !saved) {
                                if (done)
                                    done(0);
                                return;
                            }
                            publish(done);
                        });
                        return;
                    }
                }
                const QJsonArray problems = error->details.value(QStringLiteral("problems")).toArray();
                if (!problems.isEmpty()) {
                    Q_EMIT failed(tr("Not published: the layout has %n problem(s). The Problems panel lists them; the first: %1",
                                     nullptr, int(problems.size()))
                                      .arg(error->message));
                } else {
                    report(*error);
                }
                if (done)
                    done(0);
                return;
            }
            m_baseVersion = reply->layoutVersion;
            m_revision = 0;
            m_draftIsOurs = true;
            updateActions();
            const QString title = m_title.isEmpty() ? m_auditoriumId : m_title;
            m_window->openLayout(m_window->layout(), tr("%1, version %2").arg(title).arg(reply->layoutVersion));
            Q_EMIT message(tr("Published as version %1 (%n seat(s)). Layout > Move shows onto this version… moves shows onto it.", nullptr,
                              int(reply->seatCount))
                               .arg(reply->layoutVersion));
            if (done)
                done(reply->layoutVersion);
        });
    };
    if (m_window->isModified() || m_revision == 0 || !m_draftIsOurs) {
        saveDraft([publishDraft](bool saved) {
            if (saved)
                publishDraft();
        });
    } else {
        publishDraft();
    }
}

void StudioConnection::moveShow(const QString &showId, qint64 layoutVersion, std::function<void(bool)> done)
{
    ChangeShowLayoutRequest request;
    request.showId = showId;
    request.layoutVersion = layoutVersion;
    QPointer<StudioConnection> self(this);
    m_connection->ask<ChangeShowLayoutReply>(request, [this, self, showId, layoutVersion, done](const ChangeShowLayoutReply *reply, const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            const QStringList seatIds = stringList(error->details.value(QStringLiteral("seatIds")));
            if (error->code == ErrorCode::LayoutConflict && !seatIds.isEmpty()) {
                QStringList labels;
                const Layout shown = m_window->layout();
                for (const QString &id : seatIds) {
                    const SeatRef ref = shown.findSeat(id);
                    labels.append(ref ? QStringLiteral("%1 %2").arg(ref.row->label, ref.seat->label) : id);
                }
                showConflict(showId, seatIds);
                Q_EMIT failed(tr("The show was not moved: %n seat(s) held or sold in it are not in version %1: %2", nullptr,
                                 int(seatIds.size()))
                                  .arg(layoutVersion)
                                  .arg(labels.mid(0, 20).join(QStringLiteral(", "))));
            } else {
                report(*error);
            }
            if (done)
                done(false);
            return;
        }
        Q_EMIT message(tr("Show moved onto version %1: %2 seats added, %3 removed.").arg(reply->layoutVersion).arg(reply->added).arg(reply->removed));
        if (done)
            done(true);
    });
}

void StudioConnection::showConflict(const QString &showId, const QStringList &seatIds)
{
    // The seats are missing from the new version, so they are shown where they are: in the version
    // the show uses now (opened unless the layout on screen has unsaved changes).
    if (m_window->layout().findSeat(seatIds.first())) {
        m_window->highlightSeats(seatIds);
        return;
    }
    if (m_window->isModified() || m_auditoriumId.isEmpty())
        return;
    ListLayoutVersionsRequest request;
    request.auditoriumId = m_auditoriumId;
    QPointer<StudioConnection> self(this);
    const QString auditoriumId = m_auditoriumId;
    m_connection->ask<ListLayoutVersionsReply>(request, [this, self, auditoriumId, showId, seatIds](const ListLayoutVersionsReply *reply, const ErrorMessage *) {
        if (!self || !reply)
            return;
        for (const LayoutVersionInfo &version : reply->versions) {
            for (const LayoutVersionShow &show : version.shows) {
                if (show.showId != showId)
                    continue;
                openVersion(auditoriumId, version.layoutVersion, [this, self, seatIds](bool opened) {
                    if (self && opened)
                        m_window->highlightSeats(seatIds);
                });
                return;
            }
        }
    });
}

void StudioConnection::moveShows(const QStringList &showIds, qint64 layoutVersion, int moved, int total)
{
    // One after the other, so that a refusal's message and highlighted seats are not lost in the others.
    if (showIds.isEmpty()) {
        if (m_browser && m_browser->isVisible())
            m_browser->refresh();
        return;
    }
    QPointer<StudioConnection> self(this);
    const QStringList rest = showIds.mid(1);
    moveShow(showIds.first(), layoutVersion, [this, self, rest, layoutVersion, moved, total](bool ok) {
        if (!self)
            return;
        const int nowMoved = moved + (ok ? 1 : 0);
        if (rest.isEmpty() && total > 1)
            Q_EMIT message(tr("%1 of %n show(s) moved onto version %2.", nullptr, total).arg(nowMoved).arg(layoutVersion));
        moveShows(rest, layoutVersion, nowMoved, total);
    });
}

void StudioConnection::moveShowsOnto(const QString &auditoriumId, qint64 layoutVersion)
{
    if (auditoriumId.isEmpty() || layoutVersion <= 0)
        return;
    ListLayoutVersionsRequest request;
    request.auditoriumId = auditoriumId;
    QPointer<StudioConnection> self(this);
    m_connection->ask<ListLayoutVersionsReply>(request, [this, self, layoutVersion](const ListLayoutVersionsReply *reply, const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            report(*error);
            return;
        }
        QDialog dialog(m_window);
        dialog.setWindowTitle(tr("Move shows onto version %1").arg(layoutVersion));
        auto *list = new QListWidget(&dialog);
        list->setObjectName(QStringLiteral("shows"));
        for (const LayoutVersionInfo &version : reply->versions) {
            if (version.layoutVersion == layoutVersion)
                continue;
            for (const LayoutVersionShow &show : version.shows) {
                if (show.status != ShowStatus::Scheduled && show.status != ShowStatus::OnSale)
                    continue;
                auto *item = new QListWidgetItem(tr("%1, %2 (now version %3)").arg(show.title, formatDateTime(show.start)).arg(version.layoutVersion), list);
                item->setData(Qt::UserRole, show.showId);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        }
        if (list->count() == 0) {
            Q_EMIT message(tr("No scheduled or on-sale show uses another version of this auditorium."));
            return;
        }
        auto *intro = new QLabel(tr("Seats held or sold in a show must exist in version %1, or that show stays where it is. "
                                    "Seats that disappear are free ones.").arg(layoutVersion), &dialog);
        intro->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(intro);
        layout->addWidget(list, 1);
        layout->addWidget(buttons);
        dialog.resize(560, 380);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QStringList shows;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                shows.append(list->item(i)->data(Qt::UserRole).toString());
        }
        moveShows(shows, layoutVersion, 0, int(shows.size()));
    });
}

} // namespace Marquee
