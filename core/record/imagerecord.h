// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <variant>
#include <vector>

#include <QSharedData>
#include <QString>
#include <QStringList>

#include "core/record/fieldregistry.h"

namespace Wesog {

/// The value of one field: absent, text (Text, Url, Date, Status), a flag (Bool) or a list
/// (TextList). "Absent" is what PUT leaves out, which clears the field on the server.
using FieldValue = std::variant<std::monostate, QString, bool, QStringList>;

/// One image's metadata as a `PUT /imgs` item: `id`, `src` and the other 25 API fields.
/// A value type with implicitly shared fields: a copy costs a pointer until one side changes,
/// so the table's "as loaded" copy of 100,000 rows costs nothing until they are edited.
/// Copy it freely between threads.
class ImageRecord
{
public:
    ImageRecord();

    const FieldValue &value(Field field) const;
    /// Sets a value whose alternative fits the field's type (or absent). Returns false, and
    /// leaves the record unchanged, on a mismatch such as a list for a text field.
    bool setValue(Field field, FieldValue value);
    void clear(Field field) { setValue(field, std::monostate {}); }
    bool has(Field field) const { return !std::holds_alternative<std::monostate>(value(field)); }

    std::optional<QString> text(Field field) const;
    std::optional<bool> flag(Field field) const;
    std::optional<QStringList> list(Field field) const;

    QString id() const { return text(Field::Id).value_or(QString()); }
    void setId(const QString &id) { setValue(Field::Id, id); }
    QString src() const { return text(Field::Src).value_or(QString()); }
    void setSrc(const QString &src) { setValue(Field::Src, src); }

    static bool fitsType(Field field, const FieldValue &value);
    /// Gives back room kept for fields that may be set later; for records that will be held long.
    void squeeze() { d->values.shrink_to_fit(); }

    friend bool operator==(const ImageRecord &a, const ImageRecord &b);
    friend bool operator!=(const ImageRecord &a, const ImageRecord &b) { return !(a == b); }

private:
    /// Only the fields that were ever set take room: a photo fills about a dozen of 27.
    struct Values : QSharedData
    {
        Values() { positions.fill(s_unset); }
        std::array<quint8, FieldCount> positions; ///< index into `values`, or s_unset
        std::vector<FieldValue> values;
    };
    static constexpr quint8 s_unset = 0xff;

    static size_t index(Field field) { return static_cast<size_t>(field); }

    QSharedDataPointer<Values> d;
};

/// A value as one line of text: lists joined with "; ", flags as true/false, absent as empty.
QString displayText(const FieldValue &value);

/// An image as `GET /imgs` returns it: the record plus the fields the server computes.
struct StoredImage
{
    ImageRecord record;
    std::optional<qint64> width;
    std::optional<qint64> height;
    std::optional<qint64> nFaces;

    friend bool operator==(const StoredImage &a, const StoredImage &b)
    {
        return a.record == b.record && a.width == b.width && a.height == b.height && a.nFaces == b.nFaces;
    }
};

} // namespace Wesog
