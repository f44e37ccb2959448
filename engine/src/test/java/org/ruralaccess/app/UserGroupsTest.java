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

  /** Each group is counted with the six-band table's bands and with TS007A's five-year bands. */
  @Test
  void namedGroupsAndAgesInBothCensusTables() {
    assertEquals(
        Map.of(
            "gp",
            EnumSet.of(
                AgeBand.AGE_65_PLUS,
                AgeBand.AGE_65_69,
                AgeBand.AGE_70_74,
                AgeBand.AGE_75_79,
                AgeBand.AGE_80_84,
                AgeBand.AGE_85_PLUS),
            "hospital",
            EnumSet.of(
                AgeBand.AGE_50_64,
                AgeBand.AGE_65_PLUS,
                AgeBand.AGE_50_54,
                AgeBand.AGE_55_59,
                AgeBand.AGE_60_64,
                AgeBand.AGE_65_69,
                AgeBand.AGE_70_74,
                AgeBand.AGE_75_79,
                AgeBand.AGE_80_84,
                AgeBand.AGE_85_PLUS),
            // 16-64: the six-band table exactly; five-year: 15-19 has 4 of its 5 years inside
            "jobs",
            EnumSet.of(
                AgeBand.AGE_16_24,
                AgeBand.AGE_25_34,
                AgeBand.AGE_35_49,
                AgeBand.AGE_50_64,
                AgeBand.AGE_15_19,
                AgeBand.AGE_20_24,
                AgeBand.AGE_25_29,
                AgeBand.AGE_30_34,
                AgeBand.AGE_35_39,
                AgeBand.AGE_40_44,
                AgeBand.AGE_45_49,
                AgeBand.AGE_50_54,
                AgeBand.AGE_55_59,
                AgeBand.AGE_60_64)),
        UserGroups.parse(Map.of("gp", "older", "hospital", "50-64+65+", "JOBS", "working-age")));
  }

  /**
   * 16-19: no six-band band has half its years inside (16-24 has 4 of 9), so 16-24 overlaps and
   * stands in; five-year 15-19 has 4 of 5. 60+: six-band 50-64 has 5 of 15 years inside (left out),
   * 65+ all; five-year exactly 60-64 and over.
   */
  @Test
  void collegeAgesAndSixtyPlusTakeTheBandsThatStandInForThem() {
    assertEquals(
        Map.of(
            "further_education",
            EnumSet.of(AgeBand.AGE_16_24, AgeBand.AGE_15_19),
            "gp",
            EnumSet.of(
                AgeBand.AGE_65_PLUS,
                AgeBand.AGE_60_64,
                AgeBand.AGE_65_69,
                AgeBand.AGE_70_74,
                AgeBand.AGE_75_79,
                AgeBand.AGE_80_84,
                AgeBand.AGE_85_PLUS)),
        UserGroups.parse(Map.of("further_education", "16-19", "gp", "60-")));
  }

  @Test
  void unknownCategoryOrGroupNamesTheFlag() {
    BadInputException category =
        assertThrows(BadInputException.class, () -> UserGroups.parse(Map.of("pub", "all")));
    assertTrue(category.getMessage().startsWith("--users: 'pub' is not a destination category"));
    BadInputException group =
        assertThrows(BadInputException.class, () -> UserGroups.parse(Map.of("gp", "pensioners")));
    assertTrue(group.getMessage().startsWith("--users: 'pensioners' is not a group"));
    BadInputException backwards =
        assertThrows(BadInputException.class, () -> UserGroups.parse(Map.of("gp", "64-50")));
    assertTrue(backwards.getMessage().startsWith("--users: '64-50' is not a group"));
  }
}
