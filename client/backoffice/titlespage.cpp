#include "titlespage.h"

#include "fielderrors.h"
#include "protocol.h"
#include "serverconnection.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

enum Column { NameColumn, RuntimeColumn, RatingColumn, FormatColumn, ArchivedColumn, ColumnCount };

// A field with its error label under it.
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    return box;
}

} // namespace

// --- TitleDialog ---

TitleDialog::TitleDialog(const Title *title, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_runtime(new QSpinBox(this))
    , m_rating(new QLineEdit(this))
    , m_format(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_errors(std::make_unique<FieldErrors>(m_status))
{
    setWindowTitle(title ? tr("Edit title") : tr("New title"));
    m_name->setMaxLength(200);
    m_name->setObjectName(QStringLiteral("name"));
    m_runtime->setRange(1, int(MaxRuntimeMinutes));
    m_runtime->setValue(title ? int(title->runtimeMinutes) : 120);
    m_runtime->setSuffix(tr(" min"));
    m_rating->setMaxLength(int(MaxAgeRatingLength));
    m_rating->setPlaceholderText(tr("FSK 12, PG-13"));
    m_format->setMaxLength(int(MaxFormatLength));
    m_format->setPlaceholderText(tr("OV, 3D"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    if (title) {
        m_name->setText(title->name);
        m_rating->setText(title->ageRating.value_or(QString()));
        m_format->setText(title->format.value_or(QString()));
        m_description->setPlainText(title->description.value_or(QString()));
    }
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00000;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), withError(m_name, m_errors->add(QStringLiteral("/body/name"))));
    form->addRow(tr("&Runtime:"), withError(m_runtime, m_errors->add(QStringLiteral("/body/runtimeMinutes"))));
    form->addRow(tr("&Age rating:"), withError(m_rating, m_errors->add(QStringLiteral("/body/ageRating"))));
    form->addRow(tr("&Format:"), withError(m_format, m_errors->add(QStringLiteral("/body/format"))));
    form->addRow(tr("&Description:"), withError(m_description, m_errors->add(QStringLiteral("/body/description"))));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TitleDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

TitleDialog::~TitleDialog() = default;

QString TitleDialog::name() const
{
    return m_name->text().trimmed();
}

qint64 TitleDialog::runtimeMinutes() const
{
    return m_runtime->value();
}

QString TitleDialog::ageRating() const
{
    return m_rating->text().trimmed();
}

QString TitleDialog::format() const
{
    return m_format->text().trimmed();
}

QString TitleDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

void TitleDialog::submitWith(const QString &name, qint64 runtimeMinutes, const QString &ageRating,
                             const QString &format, const QString &description)
{
    m_name->setText(name);
    m_runtime->setValue(int(runtimeMinutes));
    m_rating->setText(ageRating);
    m_format->setText(format);
    m_description->setPlainText(description);
    check();
}

void TitleDialog::showError(const ErrorMessage &error)
{
    m_errors->show(error);
}

QString TitleDialog::errorAt(const QString &path) const
{
    return m_errors->textAt(path);
}

void TitleDialog::check()
{
    if (name().isEmpty()) {
        m_errors->show(tr("Enter the title's name."), QStringLiteral("/body/name"));
        return;
    }
    if (description().size() > MaxDescriptionLength) {
        m_errors->show(tr("The description has at most %1 characters.").arg(MaxDescriptionLength),
                       QStringLiteral("/body/description"));
        return;
    }
    m_errors->clear();
    Q_EMIT submitted();
}

// --- TitlesPage ---

TitlesPage::TitlesPage(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_archive(new QPushButton(tr("&Archive"), this))
{
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Runtime"), tr("Age rating"), tr("Format"), tr("Archived") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *create = new QPushButton(tr("&New title…"), this);
    auto *reload = new QPushButton(tr("Re&fresh"), this);
    connect(create, &QPushButton::clicked, this, &TitlesPage::newTitle);
    connect(m_edit, &QPushButton::clicked, this, &TitlesPage::editTitle);
    connect(m_archive, &QPushButton::clicked, this, &TitlesPage::toggleArchived);
    connect(reload, &QPushButton::clicked, this, &TitlesPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const Title *title = selected();
        m_edit->setEnabled(title);
        m_archive->setEnabled(title);
        m_archive->setText(title && title->archived ? tr("Un&archive") : tr("&Archive"));
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TitlesPage::editTitle);
    m_edit->setEnabled(false);
    m_archive->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(connection, &ServerConnection::signedIn, this, [this] {
        if (isVisible())
            refresh();
    });
}

TitlesPage::~TitlesPage() = default;

void TitlesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && m_connection->isSignedIn())
        refresh();
}

void TitlesPage::refresh()
{
    m_loaded = true;
    m_status->setText(tr("Loading the titles…"));
    m_connection->ask<ListTitlesReply>(
        ListTitlesRequest {},
        [self = QPointer<TitlesPage>(this)](const ListTitlesReply *reply, const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                self->m_status->setText(ProgrammeErrors::text(*error));
                return;
            }
            self->m_titles = reply->titles;
            self->showTitles();
            self->m_status->setText(tr("%n title(s).", nullptr, int(self->m_titles.size())));
            Q_EMIT self->loaded();
        });
}

QString TitlesPage::statusText() const
{
    return m_status->text();
}

bool TitlesPage::selectTitle(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const Title *TitlesPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString id = m_table->item(items.first()->row(), NameColumn)->data(Qt::UserRole).toString();
    const auto it = std::find_if(m_titles.cbegin(), m_titles.cend(), [&id](const Title &t) { return t.id == id; });
    return it == m_titles.cend() ? nullptr : &*it;
}

void TitlesPage::showTitles()
{
    const QString current = selected() ? selected()->id : QString();
    std::sort(m_titles.begin(), m_titles.end(), [](const Title &a, const Title &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_titles.size()));
    for (int row = 0; row < m_titles.size(); ++row) {
        const Title &t = m_titles.at(row);
        const QStringList cells = { t.name, tr("%n min", nullptr, int(t.runtimeMinutes)), t.ageRating.value_or(QString()),
                                    t.format.value_or(QString()), t.archived ? tr("archived") : QString() };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == NameColumn) {
                item->setData(Qt::UserRole, t.id);
                item->setToolTip(t.description.value_or(QString()));
            }
            m_table->setItem(row, column, item);
        }
        if (t.id == current)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void TitlesPage::put(const Title &title)
{
    const auto it = std::find_if(m_titles.begin(), m_titles.end(), [&title](const Title &t) { return t.id == title.id; });
    if (it == m_titles.end())
        m_titles.append(title);
    else
        *it = title;
    showTitles();
    selectTitle(title.name);
    Q_EMIT titleSaved(title);
}

void TitlesPage::newTitle()
{
    auto *dialog = new TitleDialog(nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &TitleDialog::submitted, this, [this, dialog] {
        const auto optional = [](const QString &text) { return text.isEmpty() ? std::nullopt : std::optional<QString>(text); };
        CreateTitleRequest request { dialog->name(), dialog->runtimeMinutes(), optional(dialog->ageRating()),
                                     optional(dialog->format()), optional(dialog->description()) };
        QPointer<TitleDialog> guard(dialog);
        m_connection->ask<TitleReply>(request, [self = QPointer<TitlesPage>(this), guard](const TitleReply *reply,
                                                                                          const ErrorMessage *error) {
            if (!self)
                return;
            if (error) {
                if (guard)
                    guard->showError(*error);
                else
                    self->m_status->setText(ProgrammeErrors::text(*error));
                return;
            }
            if (guard)
                guard->accept();
            self->put(reply->title);
            self->m_status->setText(tr("Title %1 created.").arg(reply->title.name));
        });
    });
    dialog->open();
}

void TitlesPage::editTitle()
{
    const Title *title = selected();
    if (!title)
        return;
    const Title before = *title;
    auto *dialog = new TitleDialog(title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &TitleDialog::submitted, this, [this, dialog, before] {
        UpdateTitleRequest request;
        request.titleId = before.id;
        if (dialog->name() != before.name)
            request.name = dialog->name();
        if (dialog->runtimeMinutes() != before.runtimeMinutes)
            request.runtimeMinutes = dialog->runtimeMinutes();
        if (dialog->ageRating() != before.ageRating.value_or(QString()))
            request.ageRating = dialog->ageRating(); // "" clears it
        if (dialog->format() != before.format.value_or(QString()))
            request.format = dialog->format();
        if (dialog->description() != before.description.value_or(QString()))
            request.description = dialog->description();
        if (!request.name && !request.runtimeMinutes && !request.ageRating && !request.format && !request.description) {
            dialog->accept(); // nothing changed
            return;
        }
        sendUpdate(request, dialog);
    });
    dialog->open();
}

void TitlesPage::toggleArchived()
{
    const Title *title = selected();
    if (!title)
        return;
    UpdateTitleRequest request;
    request.titleId = title->id;
    request.archived = !title->archived;
    sendUpdate(request, nullptr);
}

void TitlesPage::sendUpdate(const UpdateTitleRequest &request, TitleDialog *dialog)
{
    QPointer<TitleDialog> guard(dialog);
    m_connection->ask<TitleReply>(request, [self = QPointer<TitlesPage>(this), guard](const TitleReply *reply,
                                                                                      const ErrorMessage *error) {
        if (!self)
            return;
        if (error) {
            if (guard)
                guard->showError(*error);
            else
                self->m_status->setText(ProgrammeErrors::text(*error));
            return;
        }
        if (guard)
            guard->accept();
        self->put(reply->title);
        self->m_status->setText(reply->title.archived ? tr("Title %1 saved (archived).").arg(reply->title.name)
                                                      : tr("Title %1 saved.").arg(reply->title.name));
    });
}

} // namespace Marquee
