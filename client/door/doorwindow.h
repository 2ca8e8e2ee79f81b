#pragma once

#include "doorscanner.h"

#include <QtWidgets/QMainWindow>

#include <optional>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Marquee {

class ConnectionBanner;
class DoorShows;
class ServerConnection;

// The door (`marquee --door`): an usher scans tickets with a USB barcode scanner, which types the
// code and Enter into the scan field (it always has the focus; a code can be typed by hand too).
// Each answer fills the window, readable from two metres: green "Admit" with the seat, red with
// the reason of a refusal; a beep for an admit, three for a refusal. The field is cleared at once,
// ready for the next scan, which replaces the answer. Above: the show the door admits for (or any
// show of the day, a setting) and its live count of admitted tickets.
class DoorWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoorWindow)

public:
    enum class Look { Ready, Waiting, Admit, Refused, Problem };
    Q_ENUM(Look)

    explicit DoorWindow(ServerConnection *connection, QWidget *parent = nullptr);
    ~DoorWindow() override;

    // After a sign-in that may use the door: lists today's shows, follows the door's show.
    void start();

    // The show the door admits for (remembered in the settings); nothing: any show of the day.
    void setDoorShow(const std::optional<QString> &showId);
    std::optional<QString> doorShow() const;

    DoorScanner *scanner() const { return m_scanner; }
    DoorShows *shows() const { return m_shows; }
    QLineEdit *scanField() const { return m_input; }
    QComboBox *showChooser() const { return m_chooser; }
    ConnectionBanner *banner() const { return m_banner; }

    // What the window shows now (tests, screenshots).
    Look look() const { return m_look; }
    QString headline() const;
    QString placeText() const;
    QString detailText() const;
    QString countText() const;
    int recentCount() const;
    QString recentText(int row) const;
    // The scan whose answer the window shows (0: none yet).
    int shownScan() const { return m_shownScan; }

    // Beeps (an admit one, a refusal three); on by default, a setting.
    void setSoundOn(bool on);
    bool isSoundOn() const;

Q_SIGNALS:
    // The window beeped `times` times (tests).
    void sounded(int times);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scanEntered();
    void scanStarted(const DoorScan &scan);
    void scanAnswered(const DoorScan &scan);
    void showVerdict(const DoorScan &scan);
    void setLook(Look look, const QString &headline, const QString &place, const QString &detail, const QString &small);
    void fillChooser();
    void chooserChanged();
    void refreshCount();
    void refreshWaiting();
    void refreshRecent(const DoorScan &scan);
    void beep(int times);
    // "19:42", or with the date when it is not today (the venue's wall clock).
    QString venueTime(const QDateTime &moment) const;
    QString describe(const DoorScan &scan) const;
    QString summary(const DoorScan &scan) const;
    void keepFocus(QWidget *now);

    ServerConnection *m_connection;
    DoorScanner *m_scanner;
    DoorShows *m_shows;
    ConnectionBanner *m_banner;
    QComboBox *m_chooser;
    QLabel *m_count;
    QFrame *m_verdict;
    QLabel *m_symbol;
    QLabel *m_headline;
    QLabel *m_place;
    QLabel *m_detail;
    QLabel *m_small;
    QLineEdit *m_input;
    QLabel *m_waiting;
    QListWidget *m_recent;
    QAction *m_sound;
    Look m_look = Look::Ready;
    int m_shownScan = 0;
    bool m_filling = false;
};

} // namespace Marquee
