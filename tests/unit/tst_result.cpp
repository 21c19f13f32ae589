#include "result.h"

#include <QTest>
#include <memory>
#include <optional>

using namespace mediadesk;

namespace {
Result<int> half(int n)
{
    if (n % 2 != 0)
        return Failure(QStringLiteral("%1 is odd.").arg(n));
    return n / 2;
}

Result<> check(bool fine, const QString &problem)
{
    if (!fine)
        return Failure(problem);
    return {};
}
} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void valueOrFailure_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("problem");

        QTest::newRow("even") << 8 << true << 4 << "";
        QTest::newRow("zero") << 0 << true << 0 << "";
        QTest::newRow("negative even") << -6 << true << -3 << "";
        QTest::newRow("odd") << 7 << false << -1 << "7 is odd.";
        QTest::newRow("negative odd") << -1 << false << -1 << "-1 is odd.";
    }

    void valueOrFailure()
    {
        QFETCH(int, input);
        QFETCH(bool, ok);
        QFETCH(int, value);
        QFETCH(QString, problem);

        const Result<int> result = half(input);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(bool(result), ok);
        QCOMPARE(result.problem(), problem);
        QCOMPARE(result.problem().isEmpty(), ok);
        QCOMPARE(result.valueOr(-1), value);
        if (ok) {
            QCOMPARE(result.value(), value);
            QCOMPARE(*result, value);
        }
    }

    void voidResult_data()
    {
        QTest::addColumn<bool>("fine");
        QTest::addColumn<QString>("problem");

        QTest::newRow("success") << true << "";
        QTest::newRow("failure") << false << "The disk is full; free some space and try again.";
        // A failure is a failure even when someone forgot to say why.
        QTest::newRow("failure without words") << false << "";
    }

    void voidResult()
    {
        QFETCH(bool, fine);
        QFETCH(QString, problem);

        const Result<> result = check(fine, problem);
        QCOMPARE(result.ok(), fine);
        QCOMPARE(bool(result), fine);
        QCOMPARE(!result, !fine);
        QCOMPARE(result.problem(), fine ? QString() : problem);
    }

    void defaultVoidIsSuccess()
    {
        const Result<> result;
        QVERIFY(result.ok());
        QVERIFY(result.problem().isEmpty());
    }

    void failureWithEmptyProblemIsNotOk()
    {
        const Result<QString> result = Failure(QString());
        QVERIFY(!result.ok());
        QCOMPARE(result.valueOr(QStringLiteral("fallback")), QStringLiteral("fallback"));
    }

    void arrowReachesMembers()
    {
        const Result<QString> result = QStringLiteral("media.png");
        QCOMPARE(result->size(), 9);
        QVERIFY(result->endsWith(QLatin1String(".png")));
    }

    void moveOnlyValue()
    {
        Result<std::unique_ptr<int>> result = std::make_unique<int>(42);
        QVERIFY(result.ok());
        QCOMPARE(**result, 42);
        const std::unique_ptr<int> taken = std::move(result).value();
        QVERIFY(taken);
        QCOMPARE(*taken, 42);
    }

    void convertsFromWhatMakesTheValue()
    {
        // An optional inside a Result: absent is not a failure.
        const Result<std::optional<int>> absent = std::nullopt;
        QVERIFY(absent.ok());
        QVERIFY(!absent->has_value());

        const Result<std::optional<int>> present = 3;
        QVERIFY(present.ok());
        QCOMPARE(present.value(), std::optional<int>(3));

        const Result<QString> fromLiteral = QLatin1String("text");
        QCOMPARE(*fromLiteral, QStringLiteral("text"));
    }

    void copiesKeepTheirState()
    {
        const Result<QString> failed = Failure(QStringLiteral("Nope."));
        const Result<QString> copy = failed; // NOLINT(performance-unnecessary-copy-initialization)
        QVERIFY(!copy.ok());
        QCOMPARE(copy.problem(), QStringLiteral("Nope."));

        Result<QString> assigned = QStringLiteral("first");
        assigned = failed;
        QCOMPARE(assigned.problem(), QStringLiteral("Nope."));
        assigned = QStringLiteral("again");
        QVERIFY(assigned.ok());
        QCOMPARE(*assigned, QStringLiteral("again"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
