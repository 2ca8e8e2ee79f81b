#include "testlayouts.h"

#include "layoutjson.h"
#include "layoutvalidator.h"

#include <QtCore/QFile>

Marquee::Layout loadDemoLayout(const QString &name)
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/resources/layouts/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto layout = Marquee::layoutFromJsonText(file.readAll());
    return layout ? *layout : Marquee::Layout{};
}

std::string validationProblems(const Marquee::Layout &layout)
{
    std::string out;
    for (const Marquee::Error &error : Marquee::validateLayout(layout))
        out += error.toString().toStdString() + "\n";
    return out;
}
