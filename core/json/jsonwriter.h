// SPDX-License-Identifier: Apache-2.0
// The one JSON writer: keys in the order written, shortest round-trip numbers, into memory or a file.
#pragma once

#include "core/json/jsonnumber.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <charconv>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <vector>

class QIODevice;

namespace assay::core::json {

enum class JsonStyle {
    Compact,  // no white space
    Indented, // two spaces a level, "key": value, empty containers as {} and []
    // The text of QJsonDocument::toJson(Indented), byte for byte for what Qt writes: four
    // spaces a level, empty containers over two lines, whole doubles as integers. Files that
    // were first written by Qt (the export manifests) keep their bytes.
    QtIndented,
    // The text of QJsonDocument::toJson(Compact), byte for byte: the event payloads, whose
    // stored bytes are hashed, keep the text they always had.
    QtCompact,
};

// Appends s as a JSON string: quotes, backslashes and control characters escaped (\n, \u001f),
// everything else as it is (a lone UTF-16 surrogate as \udXXX, as Qt writes it).
void appendJsonString(QByteArray &out, std::string_view utf8);
void appendJsonString(QByteArray &out, const QString &text);

// QJsonDocument(value).toJson(QJsonDocument::Compact), made without QJsonDocument.
QByteArray compactJson(const QJsonObject &value);
QByteArray compactJson(const QJsonArray &value);

// Writes JSON text as it is made: into a QByteArray, or into a block of a megabyte that goes to
// a device whenever it fills (a COCO file of a million boxes needs no 150 MB buffer). No
// temporary string per number. Nothing checks that calls nest properly: the writer is for code
// that knows its shape.
class JsonWriter final
{
public:
    // Into memory, first of `expected` bytes.
    explicit JsonWriter(JsonStyle style = JsonStyle::Compact, qsizetype expected = 256);
    // To a device, a block at a time; finish() writes out the rest.
    JsonWriter(JsonStyle style, QIODevice *device);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    // Writes what is left to the device; false when a write failed.
    bool finish();
    // The text written (in memory), with at least kSpare bytes of capacity after it.
    QByteArray takeBytes();
    static constexpr qsizetype kSpare = 64;
    // The bytes written so far (in memory).
    qsizetype size() const { return m_pos - m_begin; }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A key known at compile time of plain ASCII without anything to escape.
    template<size_t N>
    Q_ALWAYS_INLINE void key(const char (&name)[N])
    {
        beforeValue();
        char *p = room(N + 3);
        *p++ = '"';
        std::memcpy(p, name, N - 1);
        p += N - 1;
        *p++ = '"';
        *p++ = ':';
        if (m_indent)
            *p++ = ' ';
        m_pos = p;
        m_afterKey = true;
    }
    void key(std::string_view name);
    void key(QStringView name);

    Q_ALWAYS_INLINE void value(qint64 v)
    {
        beforeValue();
        char *p = room(24); // before the bound is taken: room() may move the buffer
        m_pos = std::to_chars(p, p + 24, v).ptr;
    }
    void value(int v) { value(qint64(v)); }
    Q_ALWAYS_INLINE void value(double v)
    {
        beforeValue();
        m_pos = m_qt ? writeQtNumber(room(40), v) : writeShortest(room(40), v);
    }
    void value(bool v);
    void value(const QString &v);
    void value(std::string_view v);
    template<size_t N>
    void value(const char (&text)[N]) // a literal: not to be taken for a bool
    {
        value(std::string_view(text, N - 1));
    }
    void null();
    // Text that is JSON already (a number formatted elsewhere, a stored document).
    void rawValue(QByteArrayView json);
    // Numbers on one line even when indented: four coordinates on four lines are unreadable.
    Q_ALWAYS_INLINE void numbers(std::initializer_list<double> values)
    {
        beforeValue();
        char *p = room(qsizetype(values.size()) * 41 + 2);
        *p++ = '[';
        bool first = true;
        for (const double v : values) {
            if (!first)
                *p++ = ',';
            first = false;
            p = m_qt ? writeQtNumber(p, v) : writeShortest(p, v);
        }
        *p++ = ']';
        m_pos = p;
    }
    // An integer, then numbers, on one line: a box's category and place, written a million
    // times by an import.
    Q_ALWAYS_INLINE void numbers(qint64 head, std::initializer_list<double> values)
    {
        beforeValue();
        char *p = room(qsizetype(values.size()) * 41 + 24);
        *p++ = '[';
        p = std::to_chars(p, p + 21, head).ptr;
        for (const double v : values) {
            *p++ = ',';
            p = m_qt ? writeQtNumber(p, v) : writeShortest(p, v);
        }
        *p++ = ']';
        m_pos = p;
    }
    // Text made in parts (the rows of a large array filled on several threads, then joined in
    // order): a part writer continues an array whose bracket the joining writer wrote, and ends
    // without closing it; the joiner adds each part's elements, with the comma between them.
    void continueArray() { m_first.push_back(true); }
    void endContinuedArray() { m_first.pop_back(); }
    void appendElements(QByteArrayView elements)
    {
        if (elements.isEmpty())
            return;
        beforeValue();
        put(elements.data(), elements.size());
    }
    // A QJsonValue; object keys in QJsonObject's (sorted) order.
    void json(const QJsonValue &v);
    // A byte outside the structure (a final line break).
    void raw(char c) { put(c); }

private:
    static constexpr qsizetype kBlock = qsizetype(1) << 20;

    static char *writeQtNumber(char *out, double v);

    Q_ALWAYS_INLINE char *room(qsizetype n)
    {
        if (m_end - m_pos < n)
            makeRoom(n);
        return m_pos;
    }
    void makeRoom(qsizetype n);
    void flush();
    void put(const char *s, qsizetype n)
    {
        std::memcpy(room(n), s, size_t(n));
        m_pos += n;
    }
    Q_ALWAYS_INLINE void put(char c)
    {
        *room(1) = c;
        ++m_pos;
    }
    void putString(const char *data, qsizetype size);
    void putString(QStringView text);
    Q_ALWAYS_INLINE void newline()
    {
        if (m_indent)
            indent();
    }
    void indent();
    Q_ALWAYS_INLINE void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.empty())
            return;
        if (!m_first.back())
            put(',');
        m_first.back() = false;
        newline();
    }
    Q_ALWAYS_INLINE void open(char c)
    {
        beforeValue();
        put(c);
        m_first.push_back(true);
    }
    Q_ALWAYS_INLINE void close(char c)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty || m_qt) // Qt breaks the line of an empty container too
            newline();
        put(c);
    }

    QIODevice *m_device = nullptr;
    std::unique_ptr<char[]> m_block;
    QByteArray m_bytes;
    char *m_begin = nullptr;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    std::vector<char> m_first; // per open container: nothing written yet
    int m_indent = 0;          // spaces a level
    bool m_qt = false;
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace assay::core::json
