#include "webhookdialog.h"

#include "fielderrors.h"
#include "protocol/webhooks.h"

#include <QtCore/QRandomGenerator>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

namespace {

const QString UrlPath = QStringLiteral("/body/url");
const QString TypesPath = QStringLiteral("/body/eventTypes");
const QString SecretPath = QStringLiteral("/body/secret");

// A form row: the field with its error label under it.
void addRow(QFormLayout *form, FieldErrors *errors, const QString &label, QWidget *field, const QString &path)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(errors->add(path));
    form->addRow(label, box);
}

} // namespace

QString eventTypeTitle(const QString &type)
{
    if (type == u"sale.completed")
        return WebhookDialog::tr("A sale is completed");
    if (type == u"sale.refunded")
        return WebhookDialog::tr("Tickets are refunded");
    if (type == u"ticket.admitted")
        return WebhookDialog::tr("A ticket is admitted at the door");
    if (type == u"show.scheduled")
        return WebhookDialog::tr("A show is scheduled");
    if (type == u"show.changed")
        return WebhookDialog::tr("A show is changed");
    if (type == u"show.cancelled")
        return WebhookDialog::tr("A show is cancelled");
    return type;
}

WebhookDialog::WebhookDialog(const QStringList &eventTypes, const Webhook *webhook, QWidget *parent)
    : QDialog(parent)
    , m_new(webhook == nullptr)
    , m_types(eventTypes.isEmpty() ? knownEventTypes() : eventTypes)
    , m_url(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_secretNote(new QLabel(this))
    , m_active(new QCheckBox(tr("&Active (deliver events to this endpoint)"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(m_new ? tr("Add webhook") : tr("Edit webhook"));
    m_message->setObjectName(QStringLiteral("status"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_errors = std::make_unique<FieldErrors>(m_message);

    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://loyalty.example.org/marquee"));
    m_url->setMaxLength(int(MaxWebhookUrlLength));
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);

    auto *types = new QWidget(this);
    auto *typeColumn = new QVBoxLayout(types);
    typeColumn->setContentsMargins(0, 0, 0, 0);
    for (const QString &type : std::as_const(m_types)) {
        auto *box = new QCheckBox(QStringLiteral("%1 (%2)").arg(eventTypeTitle(type), type), types);
        box->setObjectName(type);
        typeColumn->addWidget(box);
        m_typeBoxes.append(box);
    }

    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setMaxLength(int(MaxWebhookSecretLength));
    // A generated secret is seen whole, to be copied.
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(QString(GeneratedSecretLength + 8, u'X')));
    m_secret->setPlaceholderText(m_new ? tr("16 to 200 characters") : tr("(unchanged)"));
    m_generate->setObjectName(QStringLiteral("generate"));
    m_generate->setToolTip(tr("Makes a random secret of %1 characters").arg(GeneratedSecretLength));
    connect(m_generate, &QPushButton::clicked, this, &WebhookDialog::generateSecret);
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_secretNote->setWordWrap(true);
    m_secretNote->setText(m_new ? tr("The receiver checks each delivery's signature with this secret.")
                                : tr("Leave empty to keep the current secret; a new one signs the deliveries from now on."));
    auto *secret = new QWidget(this);
    auto *secretRow = new QHBoxLayout(secret);
    secretRow->setContentsMargins(0, 0, 0, 0);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_generate);
    auto *secretBox = new QWidget(this);
    auto *secretColumn = new QVBoxLayout(secretBox);
    secretColumn->setContentsMargins(0, 0, 0, 0);
    secretColumn->setSpacing(2);
    secretColumn->addWidget(secret);
    secretColumn->addWidget(m_secretNote);

    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, m_errors.get(), tr("&URL:"), m_url, UrlPath);
    addRow(form, m_errors.get(), tr("Events:"), types, TypesPath);
    addRow(form, m_errors.get(), tr("&Secret:"), secretBox, SecretPath);
    form->addRow(QString(), m_active);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &WebhookDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    if (webhook) {
        m_url->setText(webhook->url);
        setEventTypes(webhook->eventTypes);
        m_active->setChecked(webhook->active);
    }
}

WebhookDialog::~WebhookDialog() = default;

QString WebhookDialog::url() const
{
    return m_url->text().trimmed();
}

QStringList WebhookDialog::eventTypes() const
{
    QStringList types;
    for (qsizetype i = 0; i < m_typeBoxes.size(); ++i) {
        if (m_typeBoxes.at(i)->isChecked())
            types.append(m_types.at(i));
    }
    return types;
}

QString WebhookDialog::secret() const
{
    return m_secret->text();
}

bool WebhookDialog::active() const
{
    return m_active->isChecked();
}

void WebhookDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void WebhookDialog::setEventTypes(const QStringList &types)
{
    for (qsizetype i = 0; i < m_typeBoxes.size(); ++i)
        m_typeBoxes.at(i)->setChecked(types.contains(m_types.at(i)));
}

void WebhookDialog::setSecret(const QString &secret)
{
    m_secret->setText(secret);
}

void WebhookDialog::setActive(bool active)
{
    m_active->setChecked(active);
}

QString WebhookDialog::randomSecret()
{
    static constexpr char16_t alphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int size = int(std::size(alphabet)) - 1;
    QString secret;
    secret.reserve(GeneratedSecretLength);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < GeneratedSecretLength; ++i)
        secret.append(QChar(alphabet[random->bounded(size)]));
    return secret;
}

void WebhookDialog::generateSecret()
{
    m_secret->setText(randomSecret());
    m_secret->setFocus();
    m_secret->selectAll();
    m_secretNote->setText(tr("Copy this secret to the receiver now: Marquee does not show it again once this "
                             "dialog is closed."));
    m_secretNote->setStyleSheet(QStringLiteral("font-weight: bold;"));
}

void WebhookDialog::submit()
{
    m_errors->clear();
    if (const auto problem = webhookUrlProblem(url())) {
        showError(url().isEmpty() ? tr("Enter the receiver's address, such as https://example.org/marquee.")
                                  : tr("Enter an http:// or https:// address with a host, without a user name, "
                                       "password or #fragment."),
                  UrlPath);
        return;
    }
    if (eventTypes().isEmpty()) {
        showError(tr("Choose at least one event."), TypesPath);
        return;
    }
    if (m_new || !secret().isEmpty()) {
        if (webhookSecretProblem(secret())) {
            showError(tr("A secret has %1 to %2 characters and no control characters; Generate makes one.")
                          .arg(MinWebhookSecretLength)
                          .arg(MaxWebhookSecretLength),
                      SecretPath);
            return;
        }
    }
    Q_EMIT submitted();
}

void WebhookDialog::showError(const QString &message, const QString &where)
{
    m_errors->show(message, where);
}

QString WebhookDialog::errorAt(const QString &path) const
{
    return m_errors->textAt(path);
}

void WebhookDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
}

} // namespace Marquee
