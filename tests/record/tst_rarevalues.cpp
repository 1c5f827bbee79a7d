// SPDX-License-Identifier: GPL-3.0-or-later
// HeapOptional and RareValue hold a table row's rarely set parts; copies of a row must not share
// them, and a value set back to its default must read as the default.
#include <QTest>

#include "core/record/rarevalues.h"

using namespace Wesog;

namespace {

struct State
{
    int code = 0;
    QString text;
    friend bool operator==(const State &a, const State &b) { return a.code == b.code && a.text == b.text; }
};

} // namespace

class TestRareValues : public QObject
{
    Q_OBJECT

private slots:
    void heapOptionalReadsLikeAnOptional()
    {
        HeapOptional<State> error;
        QVERIFY(!error);
        QVERIFY(!error.has_value());
        error = State { 3, QStringLiteral("broken") };
        QVERIFY(error);
        QCOMPARE(error->code, 3);
        QCOMPARE((*error).text, QStringLiteral("broken"));
        error = std::optional<State>();
        QVERIFY(!error);
        error = std::optional<State>(State { 4, {} });
        QCOMPARE(error->code, 4);
        error.reset();
        QVERIFY(!error);
    }

    void heapOptionalCopiesAreIndependent()
    {
        HeapOptional<State> original = State { 1, QStringLiteral("a") };
        HeapOptional<State> copy = original;
        copy->text = QStringLiteral("b");
        QCOMPARE(original->text, QStringLiteral("a"));
        original = HeapOptional<State>();
        QCOMPARE(copy->text, QStringLiteral("b"));
        HeapOptional<State> moved = std::move(copy);
        QCOMPARE(moved->text, QStringLiteral("b"));
    }

    void rareValueReadsTheDefaultUntilSet()
    {
        RareValue<State> submission;
        QCOMPARE(submission->code, 0);
        QVERIFY(submission->text.isNull());
        submission.edit().code = 7;
        QCOMPARE(submission->code, 7);
        submission = State { 8, QStringLiteral("sent") };
        QCOMPARE(*submission, (State { 8, QStringLiteral("sent") }));
        submission = State();
        QCOMPARE(*submission, State());
        submission.edit().text = QStringLiteral("again");
        QCOMPARE(submission->text, QStringLiteral("again"));
        QCOMPARE(submission->code, 0); // edit() after a reset starts from the default
    }

    void rareValueCopiesAreIndependent()
    {
        RareValue<State> original = State { 1, QStringLiteral("a") };
        RareValue<State> copy = original;
        copy.edit().code = 2;
        QCOMPARE(original->code, 1);
        RareValue<State> unset;
        copy = unset;
        QCOMPARE(copy->code, 0);
        QCOMPARE(original->code, 1);
    }
};

QTEST_GUILESS_MAIN(TestRareValues)
#include "tst_rarevalues.moc"
