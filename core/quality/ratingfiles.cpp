// SPDX-License-Identifier: Apache-2.0
// Header, field and duplicate checks for the rating and box CSV files.
#include "core/quality/ratingfiles.h"

#include "core/base/tr.h"

#include "core/csv/csvreader.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace assay::core::quality {

using csv::CsvReader;

static std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

static bool equalsIgnoringCase(std::string_view s, const char *expected)
{
    size_t i = 0;
    for (; expected[i]; ++i) {
        if (i >= s.size() || QChar::toLower(char16_t(uchar(s[i]))) != char16_t(expected[i]))
            return false;
    }
    return i == s.size();
}

// Reads the header record and checks it against `columns`.
static Status checkHeader(CsvReader &reader, const std::vector<const char *> &columns)
{
    QStringList names;
    for (const char *c : columns)
        names.append(QString::fromLatin1(c));
    const QString wanted = names.join(u',');
    const auto more = reader.next();
    if (!more)
        return more.error();
    if (!*more)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("empty file; expected the header %1").arg(wanted), reader.path());
    bool ok = reader.fieldCount() == int(columns.size());
    for (int i = 0; ok && i < reader.fieldCount(); ++i)
        ok = equalsIgnoringCase(trimmed(reader.field(i)), columns[size_t(i)]);
    if (!ok) {
        // The header as found, cut short: a wrong file may have a very long first line.
        QString found = reader.fieldStrings().join(u',');
        if (found.size() > 200)
            found = found.left(200) + QChar(0x2026);
        return reader.lineError(reader.line(),
                                Tr::tr("the header is \"%1\"; expected %2").arg(found, wanted));
    }
    return {};
}

static Status checkFields(const CsvReader &reader, const std::vector<const char *> &columns,
                          std::initializer_list<int> required)
{
    if (reader.fieldCount() != int(columns.size())) {
        return reader.lineError(reader.line(), Tr::tr("%1 fields; expected %2")
                                                       .arg(reader.fieldCount())
                                                       .arg(columns.size()));
    }
    for (const int f : required) {
        if (reader.field(f).empty())
            return reader.lineError(reader.line(), Tr::tr("the %1 is empty")
                                                           .arg(QLatin1String(columns[size_t(f)])));
    }
    return {};
}

namespace {

// Distinct names of one column: a QString for each new name only, the bytes of all names in one
// buffer and an open-addressing table of their hashes (a node-based map costs more in
// allocations than the whole scan of a ratings file). Consecutive rows of a ratings file usually
// share their item, so the last name is checked before the table.
class NameTable
{
public:
    NameTable()
        : m_slots(16)
    {}

    int intern(std::string_view name)
    {
        if (m_last >= 0 && name == view(m_slots[m_lastSlot]))
            return m_last;
        const quint64 hash = hashOf(name);
        size_t i = size_t(hash) & (m_slots.size() - 1);
        for (;; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &slot = m_slots[i];
            if (slot.id < 0)
                break;
            if (slot.hash == hash && view(slot) == name) {
                m_last = slot.id;
                m_lastSlot = i;
                return m_last;
            }
        }
        Slot &slot = m_slots[i];
        slot = {hash, m_bytes.size(), name.size(), int(m_names.size())};
        m_bytes.append(name);
        m_names.append(CsvReader::toQString(name));
        m_last = slot.id;
        m_lastSlot = i;
        if (size_t(m_names.size()) * 2 > m_slots.size())
            grow();
        return m_last;
    }
    const QStringList &names() const { return m_names; }

private:
    struct Slot
    {
        quint64 hash = 0;
        size_t offset = 0;
        size_t size = 0;
        int id = -1;
    };

    std::string_view view(const Slot &slot) const
    {
        return std::string_view(m_bytes).substr(slot.offset, slot.size);
    }
    static quint64 hashOf(std::string_view s)
    {
        // Eight bytes at a time, mixed by multiplication (names are short; no adversary here
        // worth more than a slower table).
        quint64 h = 0x9E3779B97F4A7C15ull ^ s.size();
        const char *p = s.data();
        size_t n = s.size();
        for (; n >= 8; p += 8, n -= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        }
        quint64 w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0x94D049BB133111EBull;
        return h ^ (h >> 29);
    }
    void grow()
    {
        std::vector<Slot> slots(m_slots.size() * 2);
        for (const Slot &slot : m_slots) {
            if (slot.id < 0)
                continue;
            size_t i = size_t(slot.hash) & (slots.size() - 1);
            while (slots[i].id >= 0)
                i = (i + 1) & (slots.size() - 1);
            slots[i] = slot;
            if (slot.id == m_last)
                m_lastSlot = i;
        }
        m_slots = std::move(slots);
    }

    std::string m_bytes;
    std::vector<Slot> m_slots; // a power of two, at most half full
    QStringList m_names;
    int m_last = -1;
    size_t m_lastSlot = 0;
};

struct IndexedRatings
{
    NameTable items;
    NameTable raters;
    NameTable labels;
    std::vector<int> item;
    std::vector<int> rater;
    std::vector<int> label;
    std::vector<int> line;
};

} // namespace

static const std::vector<const char *> kRatingColumns{"item", "rater", "label"};

static Result<RatingSet> readIndexed(CsvReader &reader, IndexedRatings &r)
{
    ASSAY_TRY(checkHeader(reader, kRatingColumns));
    for (;;) {
        const auto more = reader.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        ASSAY_TRY(checkFields(reader, kRatingColumns, {0, 1, 2}));
        r.item.push_back(r.items.intern(reader.field(0)));
        r.rater.push_back(r.raters.intern(reader.field(1)));
        r.label.push_back(r.labels.intern(reader.field(2)));
        r.line.push_back(reader.line());
    }
    std::pair<qsizetype, qsizetype> repeat{-1, -1};
    auto set = RatingSet::fromIndexed(r.items.names(), r.raters.names(), r.labels.names(), r.item,
                                      r.rater, r.label, &repeat);
    if (!set && repeat.second >= 0) {
        const size_t k = size_t(repeat.second);
        return reader.lineError(
                r.line[k],
                Tr::tr("item \"%1\" was already rated by \"%2\" on line %3; each rater rates "
                       "an item at most once")
                        .arg(r.items.names().at(r.item[k]), r.raters.names().at(r.rater[k]))
                        .arg(r.line[size_t(repeat.first)]));
    }
    if (!set) {
        Error error = set.error();
        error.path = reader.path();
        return error;
    }
    return set;
}

static Result<QList<Rating>> ratingsFrom(CsvReader &reader)
{
    IndexedRatings r;
    const auto set = readIndexed(reader, r);
    if (!set)
        return set.error();
    QList<Rating> ratings;
    ratings.reserve(qsizetype(r.item.size()));
    const QStringList &items = r.items.names();
    const QStringList &raters = r.raters.names();
    const QStringList &labels = r.labels.names();
    for (size_t k = 0; k < r.item.size(); ++k)
        ratings.append(Rating{items.at(r.item[k]), raters.at(r.rater[k]), labels.at(r.label[k])});
    return ratings;
}

Result<QList<Rating>> parseRatingsCsv(const QString &text, const QString &path)
{
    const auto reader = CsvReader::fromBytes(text.toUtf8(), path);
    return ratingsFrom(*reader);
}

Result<QList<Rating>> readRatingsCsv(const QString &path)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return ratingsFrom(**reader);
}

Result<RatingSet> readRatingSetCsv(const QString &path)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    IndexedRatings r;
    return readIndexed(**reader, r);
}

static bool parseNumber(const QString &text, double *value)
{
    bool ok = false;
    *value = text.trimmed().toDouble(&ok); // C locale: '.' decimals whatever the user's locale
    return ok && std::isfinite(*value);
}

static Result<QList<RatedBox>> boxesFrom(CsvReader &reader)
{
    static const std::vector<const char *> columns{"image", "rater", "x", "y", "w", "h", "label"};
    ASSAY_TRY(checkHeader(reader, columns));
    QList<RatedBox> boxes;
    for (;;) {
        const auto more = reader.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        ASSAY_TRY(checkFields(reader, columns, {0, 1, 6}));
        RatedBox rated;
        rated.image = reader.fieldString(0);
        rated.rater = reader.fieldString(1);
        rated.box.classId = reader.fieldString(6);
        rated.box.id = QStringLiteral("line %1").arg(reader.line());
        double *targets[] = {&rated.box.x, &rated.box.y, &rated.box.w, &rated.box.h};
        for (int f = 0; f < 4; ++f) {
            const QString text = reader.fieldString(2 + f);
            if (!parseNumber(text, targets[f])) {
                return reader.lineError(reader.line(),
                                        Tr::tr("%1 \"%2\" is not a number")
                                                .arg(QLatin1String(columns[size_t(2 + f)]), text));
            }
        }
        if (rated.box.w < 0 || rated.box.h < 0)
            return reader.lineError(reader.line(), Tr::tr("a box has a negative width or height"));
        boxes.append(rated);
    }
    return boxes;
}

Result<QList<RatedBox>> parseBoxesCsv(const QString &text, const QString &path)
{
    const auto reader = CsvReader::fromBytes(text.toUtf8(), path);
    return boxesFrom(*reader);
}

Result<QList<RatedBox>> readBoxesCsv(const QString &path)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return boxesFrom(**reader);
}

} // namespace assay::core::quality
