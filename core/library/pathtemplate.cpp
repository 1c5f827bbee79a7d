// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/pathtemplate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Wesog {

namespace {

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z0-9_]*)\\}"));
    return pattern;
}

QString encodeSegments(const QString &value)
{
    QStringList segments = value.split(QLatin1Char('/'));
    for (QString &segment : segments)
        segment = QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return segments.join(QLatin1Char('/'));
}

} // namespace

QStringList PathTemplate::variables()
{
    return { QStringLiteral("filename"), QStringLiteral("basename"), QStringLiteral("ext"), QStringLiteral("folder"),
        QStringLiteral("relpath"), QStringLiteral("sha1"), QStringLiteral("sandbox") };
}

QStringList PathTemplate::unknownVariables(const QString &text)
{
    QStringList unknown;
    for (auto it = variablePattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!variables().contains(name))
            unknown << QLatin1Char('{') + name + QLatin1Char('}');
    }
    return unknown;
}

QString PathTemplate::expand(const QString &text, const TemplateFile &file)
{
    const QFileInfo info(file.absolutePath);
    const bool url = text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"))
        || text.startsWith(QLatin1String("{sandbox}"));
    QString result;
    qsizetype last = 0;
    for (auto it = variablePattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        QString value;
        if (name == QLatin1String("filename"))
            value = info.fileName();
        else if (name == QLatin1String("basename"))
            value = info.completeBaseName();
        else if (name == QLatin1String("ext"))
            value = info.suffix();
        else if (name == QLatin1String("folder"))
            value = info.dir().dirName();
        else if (name == QLatin1String("relpath"))
            value = file.relativePath;
        else if (name == QLatin1String("sha1"))
            value = file.sha1;
        else {
            result += match.captured(); // {sandbox} and unknown names stay as written
            continue;
        }
        result += url ? encodeSegments(value) : value;
    }
    result += text.mid(last);
    return result;
}

QString PathTemplate::resolveSandbox(const QString &text, const QString &baseUrl)
{
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString result = text;
    return result.replace(QLatin1String("{sandbox}"), base);
}

ImageRecord PathTemplate::resolveSandbox(const ImageRecord &record, const QString &baseUrl)
{
    ImageRecord resolved = record;
    for (Field field : { Field::Src, Field::UrlImgWatermark, Field::UrlImgThumbnail }) {
        if (const auto text = resolved.text(field); text && text->contains(QLatin1String("{sandbox}")))
            resolved.setValue(field, resolveSandbox(*text, baseUrl));
    }
    return resolved;
}

QString PathTemplate::sha1Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Wesog
