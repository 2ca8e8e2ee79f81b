#pragma once

#include "protocol.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimeZone;

namespace Marquee {

class LiveSeatMap;
class SeatMapScene;
class SeatMapView;
class ServerConnection;

// Blocked and house seats of one show (managers, admins): pick a venue, a day and a show; its live
// seat map (the box office's, with blocked seats selectable too); select seats (click, drag) and
// Block…, House seats… (with a note) or Release; the show's blocked and house seats listed with
// their notes. Every terminal sees the change at once (the server pushes it as a delta).
class SeatsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatsPage)

public:
    explicit SeatsPage(ServerConnection *connection, QWidget *parent = nullptr);
    ~SeatsPage() override;

    // Reads the venues and the shows of the day again.
    void refresh();
    void setDate(const QDate &date);
    // Opens this show when it is in the list (false otherwise).
    bool selectShow(const QString &showId);
    QString currentShowId() const;
    QStringList listedShowIds() const;

    SeatMapScene *scene() const { return m_scene; }
    // Blocks the selected seats (blocked or house, with an optional note); releaseSelected() makes
    // them available again. Both answer through requestFinished().
    void blockSelected(SeatBlock kind, const std::optional<QString> &note);
    void releaseSelected();

    // The rows of the list of blocked and house seats: "label · kind · note".
    QStringList blockedRows() const;
    QString statusText() const;

Q_SIGNALS:
    // The list of shows (of the day and venue) was filled.
    void showsLoaded();
    // A block or release was answered (ok: done; otherwise statusText() says why).
    void requestFinished(bool ok);
    // The list of blocked and house seats changed.
    void blockedSeatsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadVenues();
    // The chosen venue's time zone: its days and its shows' times.
    QTimeZone venueZone() const;
    void loadShows();
    void fillShows();
    void openShow(int index);
    void askNote(SeatBlock kind);
    void updateBlockedList();
    void updateButtons();
    void setStatus(const QString &text, bool error);
    QString seatLabel(const QString &seatId) const;

    ServerConnection *m_connection;
    QComboBox *m_venue;
    QDateEdit *m_date;
    bool m_followsToday = true; // on the venue's today until a day is chosen
    QComboBox *m_show;
    SeatMapScene *m_scene;
    SeatMapView *m_view;
    LiveSeatMap *m_live;
    QPushButton *m_block;
    QPushButton *m_house;
    QPushButton *m_release;
    QTableWidget *m_blocked;
    QLabel *m_status;
    QList<VenueSummary> m_venues;
    QList<Show> m_shows; // of the day, all venues
    bool m_loaded = false;
    bool m_busy = false; // a block or release is on its way
};

} // namespace Marquee
