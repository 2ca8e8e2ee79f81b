#include "fielderrors.h"

#include "protocol.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QLayout>

namespace Marquee {

QString ProgrammeErrors::text(const ErrorMessage &error)
{
    const QString detail = error.message.isEmpty() ? errorCodeDescription(error.code) : error.message;
    switch (error.code) {
    case ErrorCode::Forbidden:
        return tr("Only managers and admins plan the programme.");
    case ErrorCode::ShowClash:
        // The page names the shows in the way (the server's detail would say it twice, in English).
        return tr("This clashes with another show of the auditorium (the cleaning gap included).");
    case ErrorCode::ShowCancelled:
        return tr("The show is cancelled; nothing more can be done to it.");
    case ErrorCode::NotFound:
        return tr("Not found (refresh the programme): %1").arg(detail);
    default:
        return tr("The server refused: %1").arg(detail);
    }
}

QLabel *FieldErrors::add(const QString &path)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("error") + path);
    label->setStyleSheet(QStringLiteral("color: #b00000;"));
    label->setWordWrap(true);
    label->hide();
    m_fields.append({ path, label });
    return label;
}

void FieldErrors::show(const ErrorMessage &error)
{
    show(ProgrammeErrors::text(error), error.where);
}

void FieldErrors::show(const QString &message, const QString &where)
{
    clear();
    for (const Field &field : std::as_const(m_fields)) {
        if (!where.isEmpty() && (where == field.path || where.startsWith(field.path + QLatin1Char('/')))) {
            field.label->setText(message);
            field.label->show();
            fitWindow(field.label);
            return;
        }
    }
    m_general->setText(message);
}

void FieldErrors::fitWindow(QWidget *shown)
{
    // A dialog sized before the message was there grows to show it whole, never narrower.
    QWidget *window = shown->window();
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (wanted > window->height())
        window->resize(window->width(), wanted);
}

void FieldErrors::clear()
{
    for (const Field &field : std::as_const(m_fields)) {
        field.label->clear();
        field.label->hide();
    }
    m_general->clear();
}

QString FieldErrors::textAt(const QString &path) const
{
    if (path.isEmpty())
        return m_general->text();
    for (const Field &field : m_fields) {
        if (field.path == path)
            return field.label->text();
    }
    return {};
}

} // namespace Marquee
