package org.ruralaccess.analysis.indicators;

import java.util.List;
import org.ruralaccess.model.TravelMode;

/**
 * Everything the tables are written from: per category and mode the zones' access, per category the
 * zones' users.
 *
 * @param access [category][mode], in the order of {@code categories} and {@code modes}
 * @param users [category][zone]: residents who use the category
 */
record ZoneAccess(
    List<IndicatorCategory> categories,
    List<TravelMode> modes,
    CategoryModeAccess[][] access,
    double[][] users) {

  CategoryModeAccess access(int category, int mode) {
    return access[category][mode];
  }

  double users(int category, int zone) {
    return users[category][zone];
  }
}
