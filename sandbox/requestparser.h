// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <variant>

#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>

#include "sandbox/httpreply.h"
#include "sandbox/operation.h"

namespace Wesog::Sandbox {

/// What `GET /imgs` asks for, after validation.
struct SearchRequest
{
    QString q;
    int page = 1;
    int limit = 50;
    QStringList fields; ///< empty: every field
    QString sortBy; ///< empty: relevance with t~, else insertion order
    bool descending = false;
};

/// Turns raw requests into validated values, or into the 422 reply FastAPI would give.
/// Pure functions; the server thread calls them before anything reaches the engine.
class RequestParser
{
public:
    /// A mutation on /imgs (`pathId` empty) or /imgs/{id}.
    static std::variant<Mutation, HttpReply> mutation(
        Verb verb, const std::optional<QString> &pathId, const QUrlQuery &query, const QByteArray &body, int maxBatch);
    static std::variant<SearchRequest, HttpReply> search(const QUrlQuery &query);
    /// The repeatable `fields` parameter of GET /imgs and GET /imgs/{id}.
    static std::variant<QStringList, HttpReply> fields(const QUrlQuery &query);
    /// An op id from the path: a non-negative integer, else 422.
    static std::variant<qint64, HttpReply> opId(const QString &text);

    /// FastAPI's boolean spellings (true/false, 1/0, yes/no, on/off, t/f, y/n).
    static std::optional<bool> parseBool(const QString &text);
    /// The keys of an ImageOut object, in API order (image_id … n_faces).
    static QStringList imageOutKeys();
};

} // namespace Wesog::Sandbox
