#pragma once

#include "protocol/programme.h"

#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtWidgets/QDialog>
#include <QtWidgets/QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Marquee {

class FieldErrors;
class ServerConnection;
struct ErrorMessage;

// New title or Edit title: name, runtime in minutes, age rating, format, description. It does not
// talk to the server: OK emits submitted(), the page sends the request and closes the dialog or
// shows the server's refusal next to the field it names (showError()).
class TitleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TitleDialog)

public:
    // New title without `title`, else Edit.
    explicit TitleDialog(const Title *title, QWidget *parent = nullptr);
    ~TitleDialog() override;

    QString name() const;
    qint64 runtimeMinutes() const;
    QString ageRating() const;
    QString format() const;
    QString description() const;
    // Fills in (tests) and presses OK.
    void submitWith(const QString &name, qint64 runtimeMinutes, const QString &ageRating = {},
                    const QString &format = {}, const QString &description = {});

    void showError(const ErrorMessage &error);
    // The refusal shown at a field ("/body/name"), or the general one for "".
    QString errorAt(const QString &path) const;

Q_SIGNALS:
    void submitted();

private:
    void check();

    QLineEdit *m_name;
    QSpinBox *m_runtime;
    QLineEdit *m_rating;
    QLineEdit *m_format;
    QPlainTextEdit *m_description;
    QLabel *m_status;
    std::unique_ptr<FieldErrors> m_errors;
};

// Titles (films or productions): a table (name, runtime, rating, format, archived), New title...,
// Edit..., Archive/Unarchive. Archived titles keep their shows and are not offered for new ones.
class TitlesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TitlesPage)

public:
    explicit TitlesPage(ServerConnection *connection, QWidget *parent = nullptr);
    ~TitlesPage() override;

    void refresh();
    void newTitle();
    void editTitle();
    // Archives the selected title, or brings an archived one back.
    void toggleArchived();

    const QList<Title> &titles() const { return m_titles; }
    bool selectTitle(const QString &name);
    QString statusText() const;
    TitleDialog *titleDialog() const { return m_dialog; }

Q_SIGNALS:
    void loaded();
    // A title was created or changed (the programme's title list is stale).
    void titleSaved(const Marquee::Title &title);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Title *selected() const;
    void showTitles();
    void put(const Title &title);
    void sendUpdate(const UpdateTitleRequest &request, TitleDialog *dialog);

    ServerConnection *m_connection;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QList<Title> m_titles;
    QPointer<TitleDialog> m_dialog;
    bool m_loaded = false;
};

} // namespace Marquee
