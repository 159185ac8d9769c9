// SPDX-License-Identifier: Apache-2.0
// A JSON value that keeps its keys in insertion order, for stable command-line output.
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace assay::app {

// QJsonObject sorts keys alphabetically; the quality commands document a key order (the
// issue's field order), and scripts and people diff the output, so output is built here.
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

private:
    enum class Kind { Null, Bool, Number, String, Array, Object };
    void write(QString &out, int depth) const;

    Kind m_kind = Kind::Null;
    QString m_scalar; // the literal text of a number, bool or (unquoted) string
    QList<std::pair<QString, OrderedJson>> m_members; // arrays use empty keys
};

} // namespace assay::app
