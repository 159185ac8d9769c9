// SPDX-License-Identifier: Apache-2.0
// A JSON value that keeps its keys in insertion order, for stable command-line output.
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace assay::core::json {
class JsonWriter;
}

namespace assay::app {

// QJsonObject sorts keys alphabetically; the quality commands document a key order (the
// issue's field order), and scripts and people diff the output, so output is built here and
// written by core's JSON writer (shortest round-trip numbers, the same escapes as every file).
class OrderedJson final
{
public:
    OrderedJson() = default; // null
    static OrderedJson object();
    static OrderedJson array();
    static OrderedJson number(double value); // non-finite values become null
    static OrderedJson number(std::optional<double> value);
    static OrderedJson integer(qint64 value);
    static OrderedJson string(const QString &value);
    static OrderedJson boolean(bool value);

    OrderedJson &insert(const QString &key, const OrderedJson &value); // objects
    OrderedJson &append(const OrderedJson &value);                     // arrays

    // Two-space indented text with a final newline.
    QString toString() const;
    void write(core::json::JsonWriter &writer) const;

private:
    enum class Kind { Null, Bool, Number, Integer, String, Array, Object };

    Kind m_kind = Kind::Null;
    double m_number = 0;
    qint64 m_integer = 0; // also a bool's value
    QString m_string;
    QList<std::pair<QString, OrderedJson>> m_members; // arrays use empty keys
};

} // namespace assay::app
