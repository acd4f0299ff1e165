// Enrolment and tokens: a code registers the device's key and keeps the token; the token goes
// with every request; without one, or with one the ledger no longer takes, the sync stops with a
// clear reason and sends nothing more; a token close to its end is renewed.

#include "synctest.h"
#include "testledger.h"

using namespace Qt::StringLiterals;
using namespace fl;
using namespace fl::test;

TEST_CASE("enrolling with a code keeps the token and who the device is enrolled as", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    const TestLedger::User user{u"aygul"_s, u"inspector"_s, {u"650102"_s, u"650109"_s}};
    const QString code = ledger.issueCode(user);

    SyncClient client(*store.store, fastOptions());
    const Enrolment enrolled = require(client.enrol(ledger.url(), code, u"test phone"_s));
    REQUIRE(enrolled.userName == u"aygul"_s);
    REQUIRE(enrolled.role == u"inspector"_s);
    REQUIRE(enrolled.divisions == QStringList{u"650102"_s, u"650109"_s});
    REQUIRE(enrolled.tokenExpiresMs > QDateTime::currentMSecsSinceEpoch());

    store.reopen(); // kept in the store
    const auto saved = require(store->enrolment());
    REQUIRE(saved.has_value());
    REQUIRE(saved->token == enrolled.token);
    REQUIRE(saved->server == ledger.url().toString());

    // The same code again is refused with the ledger's reason; the enrolment stays.
    SyncClient again(*store.store, fastOptions());
    auto refused = again.enrol(ledger.url(), code, u"test phone"_s);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().message.contains(u"enrolment-code-invalid"_s));
    REQUIRE(again.stop().code == u"enrolment-code-invalid"_s);
    REQUIRE(require(store->enrolment())->token == enrolled.token);
}

TEST_CASE("the QR text of an enrolment code is read", "[sync]")
{
    const auto link = require(parseEnrolmentLink(
        u"fieldledger://enrol?server=https%3A%2F%2Fledger.example.org%3A8443%2Fbase&code=K7QX-M2PA-9RTD"_s));
    REQUIRE(link.server == QUrl(u"https://ledger.example.org:8443/base"_s));
    REQUIRE(link.code == u"K7QX-M2PA-9RTD"_s);

    for (const QString &bad :
         {u"https://ledger.example.org/?code=K7QX"_s,
          u"fieldledger://enrol?server=https%3A%2F%2Fx.org"_s,
          u"fieldledger://enrol?code=K7QX-M2PA-9RTD"_s,
          u"fieldledger://other?server=https%3A%2F%2Fx.org&code=K7QX"_s, u"K7QX-M2PA-9RTD"_s}) {
        INFO(bad.toStdString());
        REQUIRE_FALSE(parseEnrolmentLink(bad).ok());
    }
}

TEST_CASE("a device that is not enrolled does not sync and sends nothing", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    makeChanges(store, 2);
    SyncOptions options = fastOptions();
    options.server = ledger.url();
    SyncClient client(*store.store, options);
    auto failed = client.syncAll();
    REQUIRE_FALSE(failed.ok());
    REQUIRE(client.stop().code == u"not-enrolled"_s);
    REQUIRE(failed.error().message.contains(u"not enrolled"_s));
    REQUIRE(ledger.requests == 0);
    REQUIRE(require(store->outboxStats()).changes == 2);
}

TEST_CASE("a token the ledger no longer takes stops the sync with its code", "[sync]")
{
    TestLedger ledger;
    TempStore store;
    enrolDirectly(store, ledger);
    makeChanges(store, 3);
    const QString token = require(store->enrolment())->token;

    SECTION("expired")
    {
        ledger.expiredTokens.insert(token);
        SyncClient client(*store.store, fastOptions());
        auto failed = client.syncAll();
        REQUIRE_FALSE(failed.ok());
        REQUIRE(client.stop().code == u"token-expired"_s);
        REQUIRE(client.stop().httpStatus == 401);
        REQUIRE(failed.error().message.contains(u"enrol it again"_s));
    }
    SECTION("revoked")
    {
        ledger.revokedDevices.insert(store->deviceId());
        SyncClient client(*store.store, fastOptions());
        auto failed = client.syncAll();
        REQUIRE_FALSE(failed.ok());
        REQUIRE(client.stop().code == u"device-revoked"_s);
        REQUIRE(failed.error().message.contains(u"revoked"_s));
    }
    REQUIRE(ledger.requests == 1); // not retried, nothing else sent
    REQUIRE(ledger.ledger.isEmpty());
    REQUIRE(require(store->outboxStats()).changes == 3);
}

TEST_CASE("a token with less than a week left is renewed before the sync", "[sync]")
{
    TestLedger ledger;
    ledger.tokenLifetimeMs = 3LL * 24 * 3600 * 1000;
    TempStore store;
    store.clockMs = QDateTime::currentMSecsSinceEpoch();
    enrolDirectly(store, ledger);
    makeChanges(store, 1);
    const QString oldToken = require(store->enrolment())->token;

    ledger.tokenLifetimeMs = 30LL * 24 * 3600 * 1000;
    SyncOptions options = fastOptions();
    options.renewWithinMs = SyncOptions{}.renewWithinMs;
    SyncClient client(*store.store, options);
    const SyncReport report = require(client.syncAll());
    REQUIRE(ledger.tokenRequests == 1);
    REQUIRE(report.accepted == 1);
    const Enrolment renewed = *require(store->enrolment());
    REQUIRE(renewed.token != oldToken);
    REQUIRE(renewed.tokenExpiresMs > store->now() + 20LL * 24 * 3600 * 1000);

    // Now far from its end: no renewal.
    require(client.syncAll());
    REQUIRE(ledger.tokenRequests == 1);
}
