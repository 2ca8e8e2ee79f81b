#pragma once

#include <QtGui/QKeySequence>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtWidgets/QDialog>

class QTreeWidget;

namespace Marquee {

// F1: every keyboard shortcut of the box office, by area, in the user's language.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString area;   // "Seat map"
        QString keys;   // "Alt+H, F5", in the platform's (translated) key names
        QString action; // "Hold the selected seats"
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    static QList<Entry> entries();

private:
    QTreeWidget *m_list;
};

} // namespace Marquee
