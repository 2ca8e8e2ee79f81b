#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

class QLabel;
class QWidget;

namespace Marquee {

struct ErrorMessage;

// A refusal of a programme request as people read it: the server's message, said plainly for the
// codes a manager meets (a clash, a cancelled show, an id that went away).
class ProgrammeErrors
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeErrors)

public:
    static QString text(const ErrorMessage &error);
};

// The server's refusal shown next to the field it is about (its `where`): a dialog adds one label
// per field (add("/body/name")), and show() puts the message at the label whose path starts the
// `where`, else at the general one. Not a QObject: the labels belong to the dialog.
class FieldErrors
{
public:
    explicit FieldErrors(QLabel *general) : m_general(general) {}

    // A red label, hidden while empty, for the refusals at `path` or below it.
    QLabel *add(const QString &path);
    void show(const ErrorMessage &error);
    void show(const QString &message, const QString &where);
    void clear();
    // The message shown at `path` ("" when none); the general one for an empty path.
    QString textAt(const QString &path) const;

private:
    static void fitWindow(QWidget *shown);
    struct Field
    {
        QString path;
        QLabel *label;
    };
    QLabel *m_general;
    QList<Field> m_fields;
};

} // namespace Marquee
