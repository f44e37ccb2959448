package org.ruralaccess.analysis.returntrips;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralaccess.analysis.indicators.IndicatorSettings;
import org.ruralaccess.analysis.table.ResultTable;
import org.ruralaccess.model.community.CommunityTransportRequest;
import org.ruralaccess.model.community.RiderGroup;
import org.ruralaccess.model.settings.RoutingSettings;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;
import org.ruralaccess.network.Network;
import org.ruralaccess.support.ProgressListener;

/**
 * The tables. The village of {@link ReturnTripVillage} (morning bus out V 11:00 - T 11:15, no bus
 * back) with a Tuesday community bus home (T 12:05 - V 12:20) for residents aged 60+ only, and a
 * second zone in the town itself, at the surgeries:
 *
 * <pre>
 * zone  class  decile  bands 0-15,16-24,25-34,35-49,50-64,65+  total
 * V01   rural  3       10, 10, 10, 10, 10, 50                    100
 * T01   urban  8       20, 20, 20, 20, 20, 20                    120
 * </pre>
 *
 * GP day out: leave after 07:00, opens 08:30, arrive by 17:00, stay 45 minutes, home by 19:00.
 */
class R04_RiderGroupsAndEquityTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 9);
  @TempDir static Path dir;
  private static ReturnTripResult result;

  @BeforeAll
  static void run() throws Exception {
    Network buses =
        ReturnTripVillage.network(
            dir.resolve("gtfs"),
            "R1,WEEKDAY,OUT\n",
            "OUT,11:00:00,11:00:00,V,1\nOUT,11:15:00,11:15:00,T,2\n");
    Network network =
        ReturnTripVillage.withSchemes(
            buses,
            dir,
            """
            id: x
            schemes:
              - id: older-bus-home
                kind: fixed_route
                days: [tuesday]
                eligibility: [age_60_plus]
                stops:
                  - {stop_id: "t:T", time: "12:05"}
                  - {stop_id: "t:V", time: "12:20"}
            """);
    ZoneSet zones =
        new ZoneSet(
            List.of(
                ReturnTripVillage.village().zone(0),
                new Zone(
                    "T01",
                    "Town",
                    null,
                    true,
                    120,
                    new double[] {20, 20, 20, 20, 20, 20},
                    8,
                    "urban",
                    50.10,
                    0.0,
                    "given")));
    ReturnTripRequest request =
        new ReturnTripRequest(
            TUESDAY,
            Map.of(
                "gp",
                new ReturnTripRule(
                    R01_MorningAndAfternoonBusTest.h("07:00"),
                    R01_MorningAndAfternoonBusTest.h("08:30"),
                    R01_MorningAndAfternoonBusTest.h("17:00"),
                    45 * 60,
                    R01_MorningAndAfternoonBusTest.h("19:00"))),
            RoutingSettings.DEFAULTS,
            CommunityTransportRequest.defaults(),
            IndicatorSettings.defaults());
    result =
        ReturnTripAnalysis.run(
            network,
            zones,
            ReturnTripVillage.surgeries(),
            request,
            List.of(RiderGroup.GENERAL, RiderGroup.OLDER),
            ProgressListener.SILENT);
  }

  @Test
  void r04_oneRowPerRiderCategoryAndZone() {
    ResultTable trips = result.trips();
    assertEquals(ReturnTripTable.COLUMNS, trips.schema());
    // general riders may not use the 60+ bus: the village has no day out; the town zone stands at
    // the surgeries (0 s each way): leave 08:30 when it opens, 45 minutes, home 09:15. Leaving
    // earlier only waits at the surgery; 0.75 hours away is the least.
    assertEquals(
        List.of(
            "V01|general|gp|100.0|0||||||||0|0|0",
            "T01|general|gp|120.0|1|GP1|Market Surgery|08:30:00|08:30:00|09:15:00|09:15:00|0.75|2|1|2",
            "V01|older|gp|50.0|1|GP1|Market Surgery|10:59:00|11:15:00|12:04:00|12:20:00|1.35|2|0|0",
            "T01|older|gp|20.0|1|GP1|Market Surgery|08:30:00|08:30:00|09:15:00|09:15:00|0.75|2|1|2"),
        rows(trips, 0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18));
  }

  @Test
  void r04b_equityWithAndWithoutCommunityTransport() {
    ResultTable equity = result.equity();
    assertEquals(ReturnTripEquityTable.COLUMNS, equity.schema());
    List<String> rows = rows(equity, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    // general: users 100 + 120 = 220, only the town's 120 have a day out, with or without schemes:
    // 100 x 120 / 220 = 54.5454...%
    assertEquals(
        "all|all|general|gp|2|220.0|120.0|54.54545454545455|120.0|54.54545454545455", rows.get(0));
    // older riders count residents 65+: 50 + 20 = 70; with the 60+ bus all 70 (100%), without it
    // the town's 20 (28.57%)
    int older = rows.size() / 2;
    assertEquals("all|all|older|gp|2|70.0|70.0|100.0|20.0|28.571428571428573", rows.get(older));
    // by decile: the village is decile 3
    assertEquals("imd_decile|3|older|gp|1|50.0|50.0|100.0|0.0|0.0", rows.get(older + 3));
    assertEquals("imd_decile|1|older|gp|0|0.0|0.0||0.0|", rows.get(older + 1));
    // by age band (general): 0-15 has 10 + 20 = 30 users, the town's 20 with a day out
    assertEquals(
        "age_band|0-15|general|gp|2|30.0|20.0|66.66666666666667|20.0|66.66666666666667",
        rows.get(11));
    // older riders are the 65+ band only: the 0-15 row has no users
    assertEquals("age_band|0-15|older|gp|2|0.0|0.0||0.0|", rows.get(older + 11));
    assertEquals(
        "age_band|65+|older|gp|2|70.0|70.0|100.0|20.0|28.571428571428573", rows.get(older + 16));
    // rural: the village; with the 60+ bus its older residents get home, without it none
    assertEquals("rural_urban|rural|older|gp|1|50.0|50.0|100.0|0.0|0.0", rows.get(older + 18));
    assertEquals("rural_urban|rural|general|gp|1|100.0|0.0|0.0|0.0|0.0", rows.get(18));
    // groups per rider and category: all, 10 deciles, 6 bands, urban, rural, not classified
    assertEquals(2 * 20, rows.size());
  }

  private static List<String> rows(ResultTable table, int... columns) {
    List<String> out = new ArrayList<>();
    for (Object[] row : table.rows()) {
      out.add(
          String.join(
              "|",
              Arrays.stream(columns)
                  .mapToObj(c -> row[c] == null ? "" : row[c].toString())
                  .toList()));
    }
    return out;
  }
}
