#pragma once

// The seat map of one show: a scene built from a Layout (sections, curved and straight rows,
// aisles, labels, the screen or stage) with one SeatItem per seat, kept in step with the server's
// seat states. It owns the selection rules: only seats available to this terminal (available, or
// held by this terminal) can be selected, and a selected seat that another terminal takes drops
// out of the selection with seatsDroppedFromSelection().

#include "layout.h"
#include "seatitem.h"
#include "money.h"

#include <QtCore/QHash>
#include <QtCore/QStringList>
#include <QtWidgets/QGraphicsScene>

namespace Marquee {

class SeatItem;
struct SeatState;
// SeatVisualState comes from seatitem.h: an opaque "enum class X : quint8;" here made lupdate
// lose the namespace, and with it the German of every string of this class.

class SeatMapScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatMapScene)

public:
    explicit SeatMapScene(QObject *parent = nullptr);
    ~SeatMapScene() override;

    // Rebuilds every item; all seats start available (or blocked, when the layout says so).
    // The selection and the focus seat are cleared.
    void setSeatLayout(const Layout &layout, const QHash<QString, Money> &categoryPrices = {});
    const Layout &seatLayout() const { return m_layout; }
    void setCategoryPrices(const QHash<QString, Money> &categoryPrices);
    const QHash<QString, Money> &categoryPrices() const { return m_prices; }

    // This terminal's id (as sent in hello): tells "held by me" from "held by another terminal".
    void setOwnTerminalId(const QString &terminalId);
    QString ownTerminalId() const { return m_ownTerminalId; }

    // The whole state of the show: seats not listed are available. Unknown seat ids are ignored.
    // House seats are drawn as such; the notes of blocked and house seats go into their tooltips.
    void applySnapshot(const QList<SeatState> &seats);
    // Changes on top of the current state (a delta); other seats keep their state.
    void applyChanges(const QList<SeatState> &changes);

    qsizetype seatCount() const { return m_items.size(); }
    SeatItem *seatItem(const QString &seatId) const;
    const QList<SeatItem *> &seatItems() const { return m_items; } // in layout order
    SeatVisualState seatState(const QString &seatId) const;       // Available when unknown
    // The bounding rectangle of everything drawn (seats, labels, aisles, stage).
    QRectF contentRect() const { return m_contentRect; }

    // Selected seat ids in layout order.
    QStringList selectedSeatIds() const;
    // Selects exactly these seats (those that can be selected).
    void setSelectedSeatIds(const QStringList &seatIds);
    // Selects or deselects one seat; false when nothing changed (e.g. a sold seat).
    bool toggleSeat(const QString &seatId);
    void clearSeatSelection();

    // The keyboard focus seat (drawn with a dashed ring); empty for none.
    QString focusSeatId() const;
    void setFocusSeat(const QString &seatId);
    // The nearest seat from `fromSeatId` in the direction of arrow (Qt::LeftArrow, ...), as seen on
    // screen; empty when there is none.
    QString seatInDirection(const QString &fromSeatId, Qt::ArrowType arrow) const;
    // The seat closest to a scene position.
    QString seatNearest(QPointF scenePos) const;

    // Called by the views when they zoom: while every view shows small seats, they are drawn by
    // one layer item instead of one by one (see SeatLayerItem).
    void updateCompactness();

    // Offline: the map is drawn greyed and hatched; states may be out of date.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    // The back office's seats page: blocked and house seats can be selected too (to release them).
    void setBlockedSeatsSelectable(bool selectable);
    // The manager's note of a blocked or house seat; empty when it has none.
    QString seatNote(const QString &seatId) const { return m_notes.value(seatId); }

    // Label, row, section, category, price, flags, state and note of a seat, one per line.
    QString seatToolTip(const QString &seatId) const;
    // formatMoney() of the price ("12.50 EUR", "12,50 €"), or a dash when the show has no price.
    QString priceText(const QString &categoryId) const;

Q_SIGNALS:
    void selectedSeatsChanged(const QStringList &seatIds);
    // Seats that were selected and are no longer available to this terminal (sold, held by
    // another terminal, blocked). Emitted before the matching selectedSeatsChanged().
    void seatsDroppedFromSelection(const QStringList &seatIds);
    // setSeatLayout() or setCategoryPrices(): the legend and tooltips change.
    void seatLayoutChanged();
    void staleChanged(bool stale);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void buildDecorations();
    void onSceneSelectionChanged();
    void emitSelectionIfChanged();
    // After seat states changed: repaint, report selected seats that are no longer selectable.
    void finishStateChange(const QStringList &selectedBefore, const QRectF &dirty);
    // Sets a seat's state from the server's, and keeps its note.
    void applySeatState(SeatItem *item, const SeatState &state, QRectF *dirty);

    Layout m_layout;
    QHash<QString, Money> m_prices;
    QString m_ownTerminalId;
    QList<SeatItem *> m_items;
    QHash<QString, SeatItem *> m_byId;
    QHash<QString, QString> m_notes; // blocked and house seats with a note
    QStringList m_lastSelection;
    QRectF m_contentRect;
    SeatItem *m_focus = nullptr;
    int m_selectionBatch = 0;
    bool m_stale = false;
    bool m_compact = false;
    bool m_blockedSelectable = false;
};

} // namespace Marquee
