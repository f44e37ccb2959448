package org.ruralaccess.analysis.indicators;

import java.util.List;
import org.ruralaccess.analysis.table.Column;
import org.ruralaccess.model.zone.Zone;
import org.ruralaccess.model.zone.ZoneSet;

/**
 * The six zone attribute columns every per-zone table starts with, as {@code zone_indicators} has
 * them: the id and name ({@code LSOA21CD}, {@code LSOA21NM} when the zones are LSOAs, {@code
 * zone_code}, {@code zone_name} otherwise), {@code in_study_area}, {@code population}, {@code
 * imd_decile}, {@code rural_urban}; for tables outside this package (return trips, profiles), so a
 * join on the zone id works the same in all of them.
 */
public final class ZoneAttributeColumns {

  /** How many columns {@link #of} gives. */
  public static final int COUNT = ZoneIndicatorColumns.ZONE_COLUMNS;

  private ZoneAttributeColumns() {}

  /** The columns, with their data dictionary entries, named for {@code zones}. */
  public static List<Column> of(ZoneSet zones) {
    return ZoneIndicatorColumns.zoneColumns(IndicatorStyle.ENGINE, zones.areLsoas());
  }

  /** A zone's values for those columns, in their order. */
  public static Object[] values(Zone zone) {
    return new Object[] {
      zone.code(),
      zone.name(),
      zone.inStudyArea() ? 1 : 0,
      zone.totalPopulation(),
      zone.imdDecile() >= 1 && zone.imdDecile() <= 10 ? zone.imdDecile() : null,
      zone.ruralUrbanFlag()
    };
  }
}
