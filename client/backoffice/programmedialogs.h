#pragma once

#include "protocol/programme.h"

#include <QtWidgets/QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeZone;

namespace Marquee {

class FieldErrors;
struct ErrorMessage;

// The small dialogs of the programme page. None talks to the server: OK emits submitted(), the
// page sends the request and closes the dialog or shows the refusal in it (showError()).

// Venue settings: the cleaning gap after every show (0–240 minutes) and the time zone.
class VenueSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueSettingsDialog)

public:
    VenueSettingsDialog(const QString &venueName, qint64 cleaningGapMinutes, QWidget *parent = nullptr);
    ~VenueSettingsDialog() override;

    qint64 cleaningGapMinutes() const;
    void setCleaningGapMinutes(qint64 minutes);
    // Empty: unchanged.
    QString timezone() const;
    void setTimezone(const QString &timezone);
    // The box office's holds that would leave a single seat alone in a row get a warning
    // (kiosks never strand a seat, whatever this says).
    bool noOrphanSeats() const;
    void setNoOrphanSeats(bool on);
    void submit();
    void showError(const ErrorMessage &error);
    QString errorAt(const QString &path) const;

Q_SIGNALS:
    void submitted();

private:
    QSpinBox *m_gap;
    QComboBox *m_timezone;
    QCheckBox *m_noOrphans;
    QLabel *m_message;
    std::unique_ptr<FieldErrors> m_errors;
};

// Cancel a show: why (the reason is audited and told to the refunds).
class CancelShowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelShowDialog)

public:
    // The show's time as the venue's wall clock (`zone`).
    CancelShowDialog(const Show &show, const QTimeZone &zone, QWidget *parent = nullptr);
    ~CancelShowDialog() override;

    QString reason() const;
    void submitWith(const QString &reason);
    void showError(const ErrorMessage &error);
    QString errorAt(const QString &path) const;

Q_SIGNALS:
    void submitted();

private:
    void submit();

    QLineEdit *m_reason;
    QLabel *m_message;
    std::unique_ptr<FieldErrors> m_errors;
};

// The tickets sold for a cancelled show, their total, and Refund all (with a reason).
class RefundShowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundShowDialog)

public:
    RefundShowDialog(const Show &show, const QTimeZone &zone, const CancelShowReply &cancelled, const QString &reason,
                     QWidget *parent = nullptr);
    ~RefundShowDialog() override;

    qsizetype ticketCount() const { return m_tickets; }
    QString totalText() const;
    QString reason() const;
    // Presses Refund all.
    void refundAll();
    // The refunds were made: says so and offers Close only.
    void showRefunded(const RefundShowReply &reply);
    void showError(const ErrorMessage &error);
    QString statusText() const;

Q_SIGNALS:
    void submitted();

private:
    qsizetype m_tickets = 0;
    QTableWidget *m_table;
    QLabel *m_total;
    QLineEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_refund;
    std::unique_ptr<FieldErrors> m_errors;
};

// Copy a day's or a week's shows to another day or week (copy_shows with shiftDays).
class CopyShowsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyShowsDialog)

public:
    enum class Span { Day, Week };
    // `source`: the day, or any day of the week, whose shows are copied (the manager may choose
    // another unless `fixedSource`: the copy of one show).
    CopyShowsDialog(Span span, const QDate &source, bool fixedSource = false, QWidget *parent = nullptr);
    ~CopyShowsDialog() override;

    Span span() const { return m_span; }
    // The day copied (a week: its Monday).
    QDate source() const;
    void setSource(const QDate &source);
    void setTarget(const QDate &target);
    // Days from the source to the target (a week: a multiple of 7); 0 when they are the same.
    qint64 shiftDays() const;
    void submit();
    void showError(const QString &message);
    QString statusText() const;

Q_SIGNALS:
    void submitted();

private:
    void describe();

    Span m_span;
    QDateEdit *m_source;
    QDateEdit *m_target;
    QLabel *m_what;
    QLabel *m_message;
};

} // namespace Marquee
