// Checks translations/marquee_{de,fr,es}.ts themselves: the compiled .qm files are embedded only
// into the marquee executable, so the source files are parsed here instead. Every language is
// complete, and all of them translate the same messages.

#include <gtest/gtest.h>

#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool translationSeen = false;
    QString translation;      // without numerus forms
    QStringList numerusForms; // numerus messages only
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message *message = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !message) {
                context = xml.readElementText();
            } else if (name == u"message") {
                ts.messages.append(Message {});
                message = &ts.messages.last();
                message->context = context;
                message->numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (message && name == u"source") {
                message->source = xml.readElementText();
            } else if (message && name == u"translation") {
                message->translationSeen = true;
                const auto type = xml.attributes().value(QLatin1StringView("type"));
                message->unfinished = type == u"unfinished";
                if (!message->numerus)
                    message->translation = xml.readElementText();
            } else if (message && name == u"numerusform") {
                message->numerusForms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            message = nullptr;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// The languages the client ships besides English (whose sources are the code's).
struct Language
{
    const char *code;     // "de"
    const char *tsLocale; // the TS file's language attribute, "de_DE"
};
const Language languages[] = {{"de", "de_DE"}, {"fr", "fr_FR"}, {"es", "es_ES"}};

const TsFile &tsFor(const char *code)
{
    static QHash<QString, TsFile> files;
    const QString key = QString::fromLatin1(code);
    if (!files.contains(key))
        files.insert(key, readTs(QStringLiteral(MARQUEE_SOURCE_DIR "/translations/marquee_%1.ts").arg(key)));
    return files[key];
}

class Translation : public ::testing::TestWithParam<Language>
{
protected:
    const TsFile &ts() const { return tsFor(GetParam().code); }
};

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + u'"';
}

// The texts a message is shown as: the translation, or each numerus form.
QStringList translations(const Message &m)
{
    return m.numerus ? m.numerusForms : QStringList { m.translation };
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// Mnemonic markers: '&' followed by anything but another '&' ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&')
            ++i;
        else
            ++count;
    }
    return count;
}

std::string join(const QStringList &problems)
{
    return problems.join(u'\n').toStdString();
}

} // namespace

TEST_P(Translation, FileParses)
{
    const TsFile &ts = this->ts();
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    EXPECT_EQ(ts.language, QString::fromLatin1(GetParam().tsLocale));
    EXPECT_GT(ts.messages.size(), 100);
}

// A message missing from one language shows in English there: every language has the same ones.
TEST_P(Translation, HasTheSameMessagesAsGerman)
{
    const TsFile &ts = this->ts();
    const TsFile &german = tsFor("de");
    ASSERT_TRUE(ts.error.isEmpty() && german.error.isEmpty());
    auto keys = [](const TsFile &file) {
        QSet<QString> set;
        for (const Message &m : file.messages)
            set.insert(m.context + u'\x1f' + m.source);
        return set;
    };
    const QSet<QString> mine = keys(ts);
    const QSet<QString> theirs = keys(german);
    QStringList problems;
    for (const QString &k : theirs - mine)
        problems << QStringLiteral("missing: ") + QString(k).replace(u'\x1f', QStringLiteral(": "));
    for (const QString &k : mine - theirs)
        problems << QStringLiteral("not in German: ") + QString(k).replace(u'\x1f', QStringLiteral(": "));
    problems.sort();
    EXPECT_TRUE(problems.isEmpty()) << join(problems);
}

TEST_P(Translation, EveryMessageIsTranslated)
{
    const TsFile &ts = this->ts();
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (m.source.isEmpty())
            problems << describe(m) + QStringLiteral(" has an empty source");
        if (!m.translationSeen)
            problems << describe(m) + QStringLiteral(" has no <translation>");
        if (m.unfinished)
            problems << describe(m) + QStringLiteral(" is marked unfinished");
        if (m.numerus && m.numerusForms.size() != 2) // German, French, Spanish: singular and plural
            problems << describe(m) + QStringLiteral(" has %1 numerus forms, not 2").arg(m.numerusForms.size());
        for (const QString &text : translations(m)) {
            if (text.trimmed().isEmpty())
                problems << describe(m) + QStringLiteral(" has an empty translation");
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << join(problems);
}

TEST_P(Translation, PlaceholdersAreKept)
{
    const TsFile &ts = this->ts();
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    QStringList problems;
    for (const Message &m : ts.messages) {
        const QSet<QString> expected = placeholders(m.source);
        if (m.numerus && !expected.contains(QStringLiteral("%n")))
            problems << describe(m) + QStringLiteral(" is numerus without %n");
        const QStringList texts = translations(m);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QSet<QString> actual = placeholders(texts.at(i));
            // The singular may say "your ticket" rather than "your 1 ticket": %n is optional there.
            if (m.numerus && i == 0 && texts.size() > 1)
                actual.insert(QStringLiteral("%n"));
            if (actual != expected)
                problems << describe(m) + QStringLiteral(" -> \"") + texts.at(i) + QStringLiteral("\": placeholders differ");
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << join(problems);
}

TEST_P(Translation, AcceleratorsAreKept)
{
    const TsFile &ts = this->ts();
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    QStringList problems;
    for (const Message &m : ts.messages) {
        const int expected = accelerators(m.source);
        if (expected > 1)
            problems << describe(m) + QStringLiteral(" has %1 accelerators in the source").arg(expected);
        for (const QString &text : translations(m)) {
            const int actual = accelerators(text);
            if (actual != expected)
                problems << describe(m) + QStringLiteral(" -> \"") + text
                                + QStringLiteral("\": %1 accelerator(s), the source has %2").arg(actual).arg(expected);
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << join(problems);
}

INSTANTIATE_TEST_SUITE_P(Languages, Translation, ::testing::ValuesIn(languages),
                         [](const ::testing::TestParamInfo<Language> &param) { return std::string(param.param.code); });
