#pragma once

// The layout studio on the server: which auditorium the open layout belongs to, opening a
// published version or the shared draft, saving the draft (in parts when it is too big for one
// frame), publishing it as the next version, and moving shows onto a version. It adds its actions
// to the StudioWindow's Layout menu and answers the window's saveRequested().
//
// Concurrency is the server's: a draft saved by someone else since this one was opened comes back
// as STALE_DRAFT, and the manager chooses to overwrite it or to keep theirs; nothing is lost
// without a question.

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <optional>

class QAction;
QT_FORWARD_DECLARE_CLASS(QJsonObject)

namespace Marquee {

class LayoutBrowser;
class ServerConnection;
class StudioWindow;
struct ErrorMessage;
struct Layout;

class StudioConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioConnection)

public:
    // Questions asked of the manager; tests replace them. A question's answer is true for "yes".
    using Confirm = std::function<bool(const QString &question)>;

    StudioConnection(ServerConnection *connection, StudioWindow *window, QObject *parent = nullptr);
    ~StudioConnection() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The venues and layouts (Layout > Open from server...).
    LayoutBrowser *browser();
    void showBrowser();

    // The auditorium the open layout belongs to (empty: none yet; saving asks for one).
    QString auditoriumId() const { return m_auditoriumId; }
    qint64 baseVersion() const { return m_baseVersion; }
    qint64 draftRevision() const { return m_revision; }

    // Open a layout of an auditorium into the window; done(true) when it is shown.
    void openVersion(const QString &auditoriumId, qint64 layoutVersion, std::function<void(bool)> done = {});
    void openDraft(const QString &auditoriumId, std::function<void(bool)> done = {});
    // An empty layout for the auditorium (its next version).
    void newLayout(const QString &auditoriumId, const QString &auditoriumName, qint64 currentVersion);
    // Saves the window's layout as the auditorium's draft; done(true) when saved.
    void saveDraft(std::function<void(bool)> done = {});
    // Saves when needed, then publishes the draft; done(new version) or 0 when it was not published.
    void publish(std::function<void(qint64)> done = {});
    // Moves the show onto the version; on LAYOUT_CONFLICT the conflicting seats are highlighted in
    // the version the show uses (opened for it, unless the layout on screen has unsaved changes).
    // done(true) when moved.
    void moveShow(const QString &showId, qint64 layoutVersion, std::function<void(bool)> done = {});
    // Asks which shows of the auditorium to move onto the version, and moves them.
    void moveShowsOnto(const QString &auditoriumId, qint64 layoutVersion);

Q_SIGNALS:
    // What happened, for the status bar ("Draft saved (revision 4): 2 problems").
    void message(const QString &text);
    // A request failed; the text says why (shown in a message box by default).
    void failed(const QString &text);

private:
    void buildActions();
    void updateActions();
    void setDocument(const QString &auditoriumId, const QString &title, qint64 baseVersion, qint64 revision);
    void saveWith(qint64 revision, std::function<void(bool)> done);
    void sendDraft(const QJsonObject &layout, const QString &uploadId, qint64 revision, std::function<void(bool)> done);
    void moveShows(const QStringList &showIds, qint64 layoutVersion, int moved, int total);
    // The layout of a reply, or nothing after saying why (and calling done(false)).
    std::optional<Layout> readLayout(const ErrorMessage *error, const QJsonObject *document, const std::function<void(bool)> &done);
    void showConflict(const QString &showId, const QStringList &seatIds);
    void upload(const QByteArray &document, std::function<void(const QString &uploadId)> done);
    bool confirm(const QString &question);
    void report(const ErrorMessage &error);

    ServerConnection *m_connection;
    QPointer<StudioWindow> m_window;
    QPointer<LayoutBrowser> m_browser;
    Confirm m_confirm;
    QString m_auditoriumId;
    QString m_title;       // "Odeon · Screen 1"
    qint64 m_baseVersion = 0; // the auditorium's version when this layout was opened
    qint64 m_revision = 0;    // the draft revision this layout replaces when saved (0: no draft)
    bool m_draftIsOurs = true; // the known draft is the one on screen (not a published version)
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_moveAction = nullptr;
};

} // namespace Marquee
