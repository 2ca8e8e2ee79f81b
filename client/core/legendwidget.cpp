#include "legendwidget.h"

#include "formatting.h"
#include "seatitem.h"
#include "seatmapscene.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>

#include <algorithm>

namespace Marquee {

namespace {

constexpr int Swatch = 22;  // pixels per seat in the legend
constexpr int Padding = 6;
constexpr int Gap = 8;      // between swatch and text

// States are shown on a neutral colour; categories show their own.
const QColor NeutralColour = QColor::fromRgb(0x5f, 0x6b, 0x7a);

} // namespace

struct LegendWidget::Entry
{
    QString text;
    SeatAppearance appearance;
    bool heading = false;
    bool hint = false; // a line of its own, no swatch: how to select
};

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    rebuild();
}

LegendWidget::~LegendWidget() = default;

void LegendWidget::setScene(SeatMapScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (scene) {
        connect(scene, &SeatMapScene::seatLayoutChanged, this, [this] {
            setCategories(m_scene->seatLayout().categories, m_scene->categoryPrices());
        });
        setCategories(scene->seatLayout().categories, scene->categoryPrices());
    } else {
        setCategories({}, {});
    }
}

void LegendWidget::setCategories(const QList<Category> &categories, const QHash<QString, Money> &prices)
{
    m_categories = categories;
    m_prices = prices;
    rebuild();
}

void LegendWidget::rebuild()
{
    m_entries.clear();
    auto state = [this](SeatVisualState s, const QString &text, bool selected = false, SeatFlags flags = {}) {
        m_entries.push_back(Entry { text, SeatAppearance { s, NeutralColour, flags, selected, false, {} }, false });
    };
    m_entries.push_back(Entry { tr("Seats"), {}, true });
    state(SeatVisualState::Available, SeatItem::stateName(SeatVisualState::Available));
    state(SeatVisualState::Available, tr("Selected"), true);
    state(SeatVisualState::HeldByMe, SeatItem::stateName(SeatVisualState::HeldByMe));
    state(SeatVisualState::HeldByOther, SeatItem::stateName(SeatVisualState::HeldByOther));
    state(SeatVisualState::Sold, SeatItem::stateName(SeatVisualState::Sold));
    state(SeatVisualState::Blocked, SeatItem::stateName(SeatVisualState::Blocked));
    state(SeatVisualState::House, SeatItem::stateName(SeatVisualState::House));
    state(SeatVisualState::Available, SeatItem::flagName(SeatFlag::Wheelchair), false, SeatFlag::Wheelchair);
    state(SeatVisualState::Available, SeatItem::flagName(SeatFlag::Companion), false, SeatFlag::Companion);
    state(SeatVisualState::Available, SeatItem::flagName(SeatFlag::RestrictedView), false, SeatFlag::RestrictedView);

    if (!m_categories.isEmpty()) {
        m_entries.push_back(Entry { tr("Prices"), {}, true });
        for (const Category &c : std::as_const(m_categories)) {
            const auto price = m_prices.constFind(c.id);
            const QString priceText = price != m_prices.cend() ? formatMoney(*price) : tr("no price");
            QColor colour(c.colour);
            if (!colour.isValid())
                colour = NeutralColour;
            m_entries.push_back(Entry { tr("%1: %2").arg(c.name, priceText),
                                        SeatAppearance { SeatVisualState::Available, colour, {}, false, false, {} },
                                        false });
        }
    }
    m_entries.push_back(Entry { hintText(), {}, false, true });
    updateGeometry();
    update();
}

QString LegendWidget::hintText()
{
    return tr("Click a seat to add or remove it; drag to select a block");
}

QStringList LegendWidget::entryTexts() const
{
    QStringList texts;
    for (const Entry &e : m_entries)
        texts.append(e.text);
    return texts;
}

int LegendWidget::rowHeight() const
{
    return std::max(Swatch, fontMetrics().height()) + 4;
}

int LegendWidget::place(int width, QList<QRect> *rects) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int h = rowHeight();
    const int spacing = 3 * Gap;
    int x = Padding;
    int y = Padding;
    bool lineUsed = false;
    for (const Entry &e : m_entries) {
        if (e.hint) {
            if (lineUsed)
                y += h;
            if (rects)
                rects->append(QRect(Padding, y, std::max(0, width - 2 * Padding), h));
            lineUsed = true;
            x = width; // nothing else on this line
            continue;
        }
        if (e.heading) {
            if (lineUsed)
                y += h;
            const int w = boldMetrics.horizontalAdvance(e.text) + spacing;
            if (rects)
                rects->append(QRect(Padding, y, w, h));
            x = Padding + w;
            lineUsed = true;
            continue;
        }
        const int w = Swatch + Gap + fontMetrics().horizontalAdvance(e.text) + spacing;
        if (lineUsed && x + w > width - Padding && x > Padding) {
            y += h;
            x = Padding + 2 * Gap;
        }
        if (rects)
            rects->append(QRect(x, y, w, h));
        x += w;
        lineUsed = true;
    }
    return y + (lineUsed ? h : 0) + Padding;
}

int LegendWidget::heightForWidth(int width) const
{
    return place(width, nullptr);
}

QSize LegendWidget::sizeHint() const
{
    return QSize(600, heightForWidth(600));
}

QSize LegendWidget::minimumSizeHint() const
{
    return QSize(200, rowHeight() + 2 * Padding);
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    QList<QRect> rects;
    place(width(), &rects);
    for (std::size_t i = 0; i < m_entries.size() && qsizetype(i) < rects.size(); ++i) {
        const Entry &e = m_entries[i];
        const QRect r = rects[qsizetype(i)];
        painter.setPen(palette().color(QPalette::WindowText));
        if (e.heading) {
            painter.setFont(bold);
            painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, e.text);
            continue;
        }
        if (e.hint) {
            QFont italic = font();
            italic.setItalic(true);
            painter.setFont(italic);
            painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
            painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetrics(italic).elidedText(e.text, Qt::ElideRight, r.width()));
            continue;
        }
        painter.save();
        painter.translate(r.left() + Swatch / 2.0, r.center().y() + 0.5);
        painter.scale(Swatch, Swatch);
        SeatItem::paintSeat(&painter, e.appearance, Swatch);
        painter.restore();
        painter.setFont(font());
        painter.drawText(r.adjusted(Swatch + Gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Marquee
