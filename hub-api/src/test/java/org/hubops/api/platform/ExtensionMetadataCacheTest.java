package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionMetadataCacheTest {

  @Test
  void everyDaoOfTheServiceIsFoundToBeKept() {
    List<String> names =
        ExtensionMetadataCache.sqlObjects().stream().map(Class::getSimpleName).toList();

    assertThat(names)
        .contains("SessionDao", "AuditDao", "CycleDao", "HubDao", "CredentialDao", "ReferenceDao")
        .hasSizeGreaterThanOrEqualTo(15);
  }
}
