#pragma once

// A fresh PostgreSQL database per test, created and dropped through the superuser URL in
// FIELDLEDGER_TEST_PG_URL, or else in the file FIELDLEDGER_TEST_PG_URL_FILE names (ctest's
// pgcluster fixture writes it: scripts/pg-cluster.sh). Without either, the PostgreSQL tests do
// not run, unless FIELDLEDGER_REQUIRE_PG=1 says they must: then they fail.

#include <QString>

namespace fl::test {

// Whether the PostgreSQL checks run here. Fails the current test when they must run but no
// server is configured.
[[nodiscard]] bool pgTestsEnabled();

struct PgTestDatabase
{
    // Creates the database; fails the current test when that is impossible.
    explicit PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    // A postgresql:// URL of the fresh database, as the superuser.
    [[nodiscard]] QString url() const { return m_url; }

private:
    QString m_adminUrl;
    QString m_name;
    QString m_url;
};

} // namespace fl::test
