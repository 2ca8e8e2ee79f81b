#pragma once

// The studio's view of the server's venues: venues and their auditoriums (create and rename them),
// and for the chosen auditorium its draft and every published layout version with the shows that
// use it. The manager opens a version or the draft from here, starts a new layout for an
// auditorium, or moves shows onto a version. It only asks the server; StudioConnection acts on the
// choice (chosen()).

#include <QtWidgets/QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Marquee {

class ServerConnection;
struct ListLayoutVersionsReply;
struct VenueSummary;

class LayoutBrowser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutBrowser)

public:
    enum class Choice {
        OpenVersion, // layoutVersion of auditoriumId
        OpenDraft,   // the auditorium's draft
        NewLayout,   // an empty layout for the auditorium
        MoveShows,   // move shows onto layoutVersion
    };
    struct Selection
    {
        Choice choice = Choice::OpenVersion;
        QString auditoriumId;
        QString auditoriumName;
        QString venueName;
        qint64 currentVersion = 0; // the auditorium's current published version (0: none)
        qint64 layoutVersion = 0;  // OpenVersion, MoveShows
    };

    explicit LayoutBrowser(ServerConnection *connection, QWidget *parent = nullptr);
    ~LayoutBrowser() override;

    // Asks the server again (venues, then the selected auditorium's versions).
    void refresh();
    // Selects this auditorium once it is listed.
    void selectAuditorium(const QString &auditoriumId);
    QString selectedAuditorium() const;

    // For tests: the lists as the manager sees them.
    QTreeWidget *venueTree() const { return m_venues; }
    QTreeWidget *versionTree() const { return m_versions; }

Q_SIGNALS:
    void chosen(const Marquee::LayoutBrowser::Selection &selection);
    // The venue list or the selected auditorium's versions arrived.
    void refreshed();

private:
    void showVenues(const QList<VenueSummary> &venues);
    void showVersions(const ListLayoutVersionsReply &reply);
    void auditoriumChanged();
    void updateButtons();
    void choose(Choice choice);
    void createVenue();
    void createAuditorium();
    void rename();
    void showError(const QString &message);
    QTreeWidgetItem *auditoriumItem() const;

    ServerConnection *m_connection;
    QTreeWidget *m_venues;
    QTreeWidget *m_versions;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_newLayout;
    QPushButton *m_moveShows;
    QPushButton *m_newAuditorium;
    QPushButton *m_rename;
    QString m_wantedAuditorium;
    QString m_currency; // of the venues listed (one currency per database)
};

} // namespace Marquee
