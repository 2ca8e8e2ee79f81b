#include "shortcutsdialog.h"

#include <QtCore/QCoreApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

namespace {

QString keys(std::initializer_list<QKeySequence> sequences)
{
    QStringList names;
    for (const QKeySequence &s : sequences)
        names.append(s.toString(QKeySequence::NativeText));
    return names.join(QStringLiteral(", "));
}

// The Alt+letter of a button, as its (translated) text underlines it: "&Hold seats" -> Alt+H,
// "&Reservieren" -> Alt+R. Same context and source as the button itself.
QKeySequence mnemonic(const char *context, const char *text)
{
    return QKeySequence::mnemonic(QCoreApplication::translate(context, text));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("Action")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    QString area;
    QTreeWidgetItem *group = nullptr;
    for (const Entry &e : entries()) {
        if (!group || e.area != area) {
            area = e.area;
            group = new QTreeWidgetItem(m_list, {area});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {e.keys, e.action});
    }
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries()
{
    const QString shows = tr("Shows");
    const QString map = tr("Seat map");
    const QString basket = tr("Basket");
    const QString payment = tr("Payment");
    const QString general = tr("Box office");
    return {
        {shows, keys({QKeySequence(Qt::CTRL | Qt::Key_F)}), tr("Search a show by title")},
        {shows, keys({QKeySequence(Qt::Key_Down)}), tr("From the search: to the list of shows")},
        {shows, keys({QKeySequence(Qt::Key_Return)}), tr("Open the selected (or first) show and go to its seat map")},
        {shows, keys({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::ALT | Qt::Key_Right)}), tr("Previous day, next day")},
        {map, keys({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)}),
         tr("Move to the nearest seat in that direction")},
        {map, keys({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return)}), tr("Add the seat to the selection, or remove it")},
        {map, keys({QKeySequence(Qt::Key_Escape)}), tr("Clear the selection")},
        {map, keys({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus), QKeySequence(Qt::Key_0)}), tr("Zoom in, zoom out, whole auditorium")},
        {basket, keys({mnemonic("Marquee::BasketWidget", "&Hold seats"), QKeySequence(Qt::Key_F5)}), tr("Hold the selected seats")},
        {basket, keys({mnemonic("Marquee::BasketWidget", "&Extend")}), tr("Extend the hold")},
        {basket, keys({mnemonic("Marquee::BasketWidget", "&Release")}), tr("Release the hold")},
        {basket, keys({mnemonic("Marquee::BasketWidget", "&Pay…"), QKeySequence(Qt::Key_F9)}), tr("Take payment")},
        {basket, tr("%1 … %2").arg(keys({QKeySequence(Qt::Key_1)}), keys({QKeySequence(Qt::Key_9)})),
         tr("With a seat of the basket selected: its ticket type (the first, second, … of its list)")},
        {basket, tr("%1 … %2").arg(keys({QKeySequence(Qt::ALT | Qt::Key_1)}), keys({QKeySequence(Qt::ALT | Qt::Key_9)})),
         tr("The ticket type of the selected basket seat, or of the seat added last")},
        {payment, keys({mnemonic("Marquee::PaymentDialog", "&Cash"), mnemonic("Marquee::PaymentDialog", "C&ard")}), tr("Cash, card")},
        {payment, keys({QKeySequence(Qt::Key_Return)}), tr("Pay; after the sale: Done")},
        {payment, keys({QKeySequence(Qt::Key_Escape)}), tr("Cancel")},
        {general, keys({QKeySequence(Qt::Key_F3)}), tr("Sales and refunds")},
        {general, keys({QKeySequence(Qt::CTRL | Qt::Key_R)}), tr("Close the shift (report)")},
        {general, keys({QKeySequence(QKeySequence::Print)}), tr("Print the last tickets")},
        {general, keys({QKeySequence(Qt::Key_F1)}), tr("This overview")},
    };
}

} // namespace Marquee
