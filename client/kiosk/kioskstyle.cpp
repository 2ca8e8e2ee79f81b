#include "kioskstyle.h"

#include <QtCore/QtMath>

namespace Marquee {

KioskStyle::KioskStyle(qreal logicalDpi, bool largeText, bool highContrast)
    : m_dpi(logicalDpi > 0 ? logicalDpi : 96.0)
    , m_large(largeText)
    , m_contrast(highContrast)
{
    // 9 mm is the least a finger hits reliably; 48 px at 96 dpi is a little more (12.7 mm).
    m_target = qMax(qCeil(9.0 / 25.4 * m_dpi), qRound(48.0 * m_dpi / 96.0));
}

int KioskStyle::scaled(int px96) const
{
    const qreal factor = m_large ? 1.4 : 1.0;
    return qRound(px96 * factor * m_dpi / 96.0);
}

int KioskStyle::textPx() const
{
    return scaled(26);
}

int KioskStyle::buttonPx() const
{
    return scaled(30);
}

int KioskStyle::headingPx() const
{
    return scaled(40);
}

int KioskStyle::titlePx() const
{
    return scaled(60);
}

QColor KioskStyle::background() const
{
    return m_contrast ? QColor(0, 0, 0) : QColor(0x1b, 0x1f, 0x2a);
}

QColor KioskStyle::text() const
{
    return m_contrast ? QColor(255, 255, 255) : QColor(0xf2, 0xf0, 0xea);
}

QColor KioskStyle::accent() const
{
    return m_contrast ? QColor(0xff, 0xe0, 0x00) : QColor(0xe8, 0xa3, 0x17);
}

QColor KioskStyle::accentText() const
{
    return QColor(0, 0, 0);
}

QColor KioskStyle::warning() const
{
    return m_contrast ? QColor(0xff, 0xff, 0xff) : QColor(0xff, 0x8a, 0x80);
}

QString KioskStyle::styleSheet() const
{
    const QString border = m_contrast ? QStringLiteral("4px solid #ffffff") : QStringLiteral("2px solid #5a6275");
    const QString buttonBg = m_contrast ? QStringLiteral("#000000") : QStringLiteral("#2d3446");
    const QString pressedBg = m_contrast ? QStringLiteral("#333333") : QStringLiteral("#3d4660");
    const QString muted = m_contrast ? QStringLiteral("#ffffff") : QStringLiteral("#b9bccb");
    return QStringLiteral(
               "QWidget#kioskRoot, QStackedWidget, QWidget[kioskPage=\"true\"] { background: %1; color: %2; }"
               "QLabel { color: %2; font-size: %3px; background: transparent; }"
               "QLabel[kiosk=\"title\"] { font-size: %4px; font-weight: bold; }"
               "QLabel[kiosk=\"heading\"] { font-size: %5px; font-weight: bold; }"
               "QLabel[kiosk=\"muted\"] { color: %11; }"
               "QLabel[kiosk=\"message\"] { color: %12; font-weight: bold; }"
               "QPushButton { font-size: %6px; color: %2; background: %7; border: %8; border-radius: 14px;"
               "  min-height: %9px; min-width: %9px; padding: 8px 20px; }"
               "QPushButton:pressed { background: %10; }"
               "QPushButton:disabled { color: #777777; border-color: #555555; }"
               "QPushButton[kiosk=\"primary\"] { background: %13; color: %14; border: %15; font-weight: bold; }"
               "QPushButton[kiosk=\"primary\"]:disabled { background: #5a5a5a; color: #cccccc; }"
               "QPushButton[kiosk=\"choice\"] { text-align: left; padding: 16px 28px; }"
               "QPushButton[tile=\"true\"] { font-size: %5px; }"
               "QPushButton[kiosk=\"language\"] { font-size: %3px; min-height: %16px; padding: 4px 14px; }"
               "QPushButton[kiosk=\"language\"]:checked, QPushButton[kiosk=\"toggle\"]:checked { background: %13; color: %14; }"
               "QLineEdit { font-size: %6px; min-height: %9px; padding: 4px 12px; color: #000000; background: #ffffff; }"
               "QFrame#idleWarning { background: rgba(0, 0, 0, 200); }"
               "QFrame#idleWarningBox, QDialog#kioskExitDialog { background: %1; border: %8; border-radius: 18px; }")
        .arg(background().name(), text().name(), QString::number(textPx()), QString::number(titlePx()),
             QString::number(headingPx()), QString::number(buttonPx()), buttonBg, border,
             QString::number(buttonHeight()))
        .arg(pressedBg, muted, warning().name(), accent().name(), accentText().name(),
             m_contrast ? QStringLiteral("4px solid #ffffff") : QStringLiteral("2px solid #f6c55a"),
             QString::number(m_target));
}

} // namespace Marquee
