package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.util.List;
import org.hubops.api.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Migrating records the changelog's fingerprint; a start that finds another one migrates. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class MigrationsTest {

  @Parameter TestDatabase database;

  @Test
  void aMigratedDatabaseHoldsTheFingerprintOfItsChangelog() {
    DataSourceFactory factory = database.fresh();
    Migrations.migrate(factory);
    Migrations.migrate(factory);

    assertThat(fingerprints(factory))
        .containsExactly(ChangelogFingerprint.of(Migrations.CHANGELOG));
  }

  @Test
  void aDatabaseMigratedByAnotherChangelogIsBroughtUpToDate() {
    DataSourceFactory factory = database.fresh();
    Migrations.migrate(factory);
    Jdbi jdbi = Jdbi.create(factory.getUrl(), factory.getUser(), factory.getPassword());
    // As if the last changeset were new to this database: its table and its record are gone.
    jdbi.useHandle(
        h -> {
          h.execute("drop table schema_fingerprint");
          h.execute("delete from databasechangelog where id = '021-schema-fingerprint'");
        });

    Migrations.migrate(factory);

    assertThat(fingerprints(factory))
        .containsExactly(ChangelogFingerprint.of(Migrations.CHANGELOG));
  }

  @Test
  void theFingerprintCoversTheFilesTheChangelogIncludes() {
    assertThat(ChangelogFingerprint.of(Migrations.CHANGELOG))
        .hasSize(64)
        .isNotEqualTo(ChangelogFingerprint.of("db/changes/001-reference-data.xml"))
        .isEqualTo(ChangelogFingerprint.of(Migrations.CHANGELOG));
  }

  private static List<String> fingerprints(DataSourceFactory factory) {
    return Jdbi.create(factory.getUrl(), factory.getUser(), factory.getPassword())
        .withHandle(
            h ->
                h.createQuery("select fingerprint from schema_fingerprint")
                    .mapTo(String.class)
                    .list());
  }
}
