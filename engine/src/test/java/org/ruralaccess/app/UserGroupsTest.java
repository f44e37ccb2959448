package org.ruralaccess.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.zone.AgeBand;

class UserGroupsTest {

  @Test
  void namedGroupsAndCensusBands() {
    assertEquals(
        Map.of(
            "gp", EnumSet.of(AgeBand.AGE_65_PLUS),
            "hospital", EnumSet.of(AgeBand.AGE_50_64, AgeBand.AGE_65_PLUS),
            "jobs",
                EnumSet.of(
                    AgeBand.AGE_16_24, AgeBand.AGE_25_34, AgeBand.AGE_35_49, AgeBand.AGE_50_64)),
        UserGroups.parse(Map.of("gp", "older", "hospital", "50-64+65+", "JOBS", "working-age")));
  }

  @Test
  void unknownCategoryOrGroupNamesTheFlag() {
    BadInputException category =
        assertThrows(BadInputException.class, () -> UserGroups.parse(Map.of("pub", "all")));
    assertTrue(category.getMessage().startsWith("--users: 'pub' is not a destination category"));
    BadInputException group =
        assertThrows(BadInputException.class, () -> UserGroups.parse(Map.of("gp", "pensioners")));
    assertTrue(group.getMessage().startsWith("--users: 'pensioners' is not a group"));
  }
}
