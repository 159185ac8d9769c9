// SPDX-License-Identifier: Apache-2.0
// The README's benchmark table keeps the targets it states: every figure is compared with its
// row's target, so that a row cannot claim a target its figure misses (a row that misses one
// says so: "not met", "missed").
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

#ifndef ASSAY_SOURCE_DIR
#error "ASSAY_SOURCE_DIR (where README.md is) is set by tests/bench/CMakeLists.txt"
#endif

namespace {

enum class Dimension { Time, Memory, Rate, Ratio };

struct Quantity
{
    QString qualifier; // "p99", "median", "worst"; empty: none
    double value = 0;  // seconds, MB, boxes a second, times
    Dimension dimension = Dimension::Time;
};

// "1,000,000" → "1000000"; parenthesised asides (peers, details) removed when `asides` is off.
QString normalised(QString text, bool keepAsides)
{
    static const QRegularExpression digitComma(QStringLiteral("(\\d),(\\d{3})"));
    while (text.contains(digitComma))
        text.replace(digitComma, QStringLiteral("\\1\\2"));
    text.replace(QLatin1Char('`'), QString());
    if (!keepAsides) {
        static const QRegularExpression aside(QStringLiteral("\\([^()]*\\)"));
        while (text.contains(aside))
            text.remove(aside);
    }
    return text;
}

bool unitOf(const QString &unit, const QString &scale, double number, Quantity *q)
{
    double factor = scale == QLatin1String("k") ? 1e3 : scale == QLatin1String("M") ? 1e6 : 1.0;
    if (unit == QStringLiteral("µs") || unit == QLatin1String("us")) {
        q->dimension = Dimension::Time;
        factor *= 1e-6;
    } else if (unit == QLatin1String("ms")) {
        q->dimension = Dimension::Time;
        factor *= 1e-3;
    } else if (unit == QLatin1String("s")) {
        q->dimension = Dimension::Time;
    } else if (unit == QLatin1String("MB")) {
        q->dimension = Dimension::Memory;
    } else if (unit == QLatin1String("GB")) {
        q->dimension = Dimension::Memory;
        factor *= 1024;
    } else if (unit == QLatin1String("boxes/s")) {
        q->dimension = Dimension::Rate;
    } else if (unit == QStringLiteral("×") || unit == QLatin1String("x")) {
        q->dimension = Dimension::Ratio;
    } else {
        return false;
    }
    q->value = number * factor;
    return true;
}

const QString s_unit = QStringLiteral("(µs|us|ms|s|MB|GB|boxes/s|×|x)(?![\\w/])");

// The figures of a cell: "p50 0.17 ms, p99 0.26 ms", "1.9 / 3.6 / 3.2 ms", "630k boxes/s".
QList<Quantity> quantities(const QString &cell)
{
    static const QRegularExpression re(
            QStringLiteral(
                    "(?:\\b(p\\d+|median|worst)\\s+)?((?:[\\d.]+\\s*/\\s*)*)([\\d.]+)\\s*(k|M)?\\s*")
            + s_unit);
    QList<Quantity> out;
    auto it = re.globalMatch(normalised(cell, false));
    while (it.hasNext()) {
        const auto m = it.next();
        QStringList numbers = m.captured(2).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        numbers.append(m.captured(3));
        for (const QString &n : std::as_const(numbers)) {
            Quantity q;
            q.qualifier = m.captured(1);
            if (unitOf(m.captured(5), m.captured(4), n.trimmed().toDouble(), &q))
                out.append(q);
        }
    }
    return out;
}

// What is wrong with one row (empty: nothing); `clauses` counts the targets checked.
QStringList check(const QString &figure, const QString &target, int *clauses = nullptr)
{
    static const QRegularExpression clause(
            QStringLiteral(
                    "^\\s*(?:(p\\d+|median|worst)\\s+)?(<=|>=|<|≤|>|≥)\\s*([\\d.]+)\\s*(k|M)?\\s*")
            + s_unit);
    static const QRegularExpression admitted(QStringLiteral(
                                                     "\\bnot met\\b|\\bnot by\\b|\\bmissed\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    const bool admitsAMiss = normalised(target, true).contains(admitted);
    const QList<Quantity> figures = quantities(figure);
    QStringList problems;
    for (const QString &part : normalised(target, false).split(QLatin1Char(','))) {
        const auto m = clause.match(part);
        if (!m.hasMatch())
            continue; // "measured", "—", "faster than Python's parse": not a number
        Quantity limit;
        if (!unitOf(m.captured(5), m.captured(4), m.captured(3).toDouble(), &limit))
            continue;
        if (clauses)
            ++*clauses;
        const QString qualifier = m.captured(1);
        const QString op = m.captured(2);
        bool any = false;
        for (const Quantity &q : figures) {
            if (q.dimension != limit.dimension || (!qualifier.isEmpty() && q.qualifier != qualifier))
                continue;
            any = true;
            const double eps = 1e-12 * std::max(1.0, std::abs(limit.value));
            bool ok = true;
            if (op == QLatin1String("<"))
                ok = q.value < limit.value;
            else if (op == QStringLiteral("≤") || op == QLatin1String("<="))
                ok = q.value <= limit.value + eps;
            else if (op == QLatin1String(">"))
                ok = q.value > limit.value;
            else
                ok = q.value >= limit.value - eps;
            if (!ok && !admitsAMiss)
                problems.append(
                        QStringLiteral("\"%1\" does not meet \"%2\"").arg(figure, part.trimmed()));
        }
        if (!any)
            problems.append(
                    QStringLiteral("\"%1\" has no figure for \"%2\"").arg(figure, part.trimmed()));
    }
    return problems;
}

struct Row
{
    QString what, figure, target;
};

QList<Row> benchmarkTable(const QString &readme)
{
    QList<Row> rows;
    bool inSection = false;
    for (const QString &line : readme.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            inSection = line.startsWith(QLatin1String("## Benchmarks"));
        if (!inSection || !line.startsWith(QLatin1Char('|')))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 5 || cells.at(1).trimmed() == QLatin1String("what")
            || cells.at(1).trimmed().startsWith(QLatin1String("---")))
            continue;
        rows.append({cells.at(1).trimmed(), cells.at(2).trimmed(), cells.at(3).trimmed()});
    }
    return rows;
}

} // namespace

class tst_BenchTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("kept");
        QTest::newRow("met") << "141 ms, 168 MB resident"
                             << "< 0.5 s, < 300 MB" << true;
        QTest::newRow("time missed") << "459 ms, 100 MB"
                                     << "< 150 ms, < 120 MB" << false;
        QTest::newRow("memory missed") << "120 ms, 168 MB"
                                       << "< 150 ms, < 120 MB" << false;
        QTest::newRow("p99 met") << "p50 0.17 ms, p99 0.26 ms"
                                 << "p99 < 1 ms" << true;
        QTest::newRow("p99 missed") << "p50 0.2 ms, p99 1.4 ms"
                                    << "p99 < 1 ms" << false;
        QTest::newRow("no p99") << "p50 0.2 ms"
                                << "p99 < 1 ms" << false;
        QTest::newRow("rate missed") << "1.59 s: 630k boxes/s"
                                     << "≥ 1,000,000 boxes/s" << false;
        QTest::newRow("rate met") << "0.9 s: 1.1M boxes/s"
                                  << "≥ 1,000,000 boxes/s" << true;
        QTest::newRow("peer aside ignored") << "0.12 s, 40 MB peak (Python: 1.6 s, 267 MB): 13.0×"
                                            << "≥ 8× faster, < 64 MB" << true;
        QTest::newRow("ratio missed") << "0.5 s: 3.5× less time"
                                      << "≥ 10× less time" << false;
        QTest::newRow("every figure of a list") << "1.9 / 3.6 / 18 ms; 5.5 ms"
                                                << "< 17 ms" << false;
        QTest::newRow("a miss said") << "6.9 s; all: 47 s"
                                     << "< 30 s (not met by all)" << true;
        QTest::newRow("a miss not said") << "6.9 s; all: 47 s"
                                         << "< 30 s (met)" << false;
        QTest::newRow("wrong unit") << "5 ms"
                                    << "< 1 MB" << false;
        QTest::newRow("no numeric target") << "14.7 s"
                                           << "measured" << true;
    }

    void check()
    {
        QFETCH(QString, figure);
        QFETCH(QString, target);
        QFETCH(bool, kept);
        const QStringList problems = ::check(figure, target);
        QVERIFY2(problems.isEmpty() == kept, qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void readmeTableKeepsItsTargets()
    {
        QFile file(QStringLiteral(ASSAY_SOURCE_DIR "/README.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<Row> rows = benchmarkTable(QString::fromUtf8(file.readAll()));
        QVERIFY(rows.size() >= 10);
        QStringList problems;
        int clauses = 0;
        for (const Row &row : rows) {
            for (const QString &p : ::check(row.figure, row.target, &clauses))
                problems.append(row.what + QStringLiteral(": ") + p);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(clauses >= 10, qPrintable(QString::number(clauses))); // the parser sees them
    }
};

QTEST_GUILESS_MAIN(tst_BenchTable)
#include "tst_benchtable.moc"
