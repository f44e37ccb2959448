package org.ruralaccess.export;

import java.util.List;
import org.ruralaccess.analysis.table.Column;

/**
 * A QGIS style document (QML, as "Save style > QGIS layer style file" writes it) colouring one
 * column with a rule-based renderer: one rule per class, with a label for the legend, and a grey
 * rule for an empty value. Fills with a thin white outline for zone polygons, grey-rimmed circles
 * for points. Colours are ColorBrewer's RdYlGn (times and shares: green is good) and RdBu (changes:
 * blue is better, red worse), which read in greyscale and for the common colour-vision
 * deficiencies.
 */
final class QgisStyleQml {

  /** One legend class: a QGIS expression on the column ({@code @} stands for it), a label, RGB. */
  private record Rule(String filter, String label, String rgb) {}

  private static final String NO_VALUE_GREY = "189,189,189";

  private static final List<Rule> TRAVEL_TIME =
      List.of(
          new Rule("@ < 15", "under 15 min", "26,152,80"),
          new Rule("@ >= 15 AND @ < 30", "15 to 30 min", "145,207,96"),
          new Rule("@ >= 30 AND @ < 45", "30 to 45 min", "217,239,139"),
          new Rule("@ >= 45 AND @ < 60", "45 to 60 min", "254,224,139"),
          new Rule("@ >= 60 AND @ < 90", "60 to 90 min", "252,141,89"),
          new Rule("@ >= 90", "90 min or more", "215,48,39"),
          new Rule("@ IS NULL", "not reached", NO_VALUE_GREY));

  private static final List<Rule> PERCENT =
      List.of(
          new Rule("@ >= 100", "100 %", "26,152,80"),
          new Rule("@ >= 50 AND @ < 100", "50 to 100 %", "145,207,96"),
          new Rule("@ > 0 AND @ < 50", "under 50 %", "252,141,89"),
          new Rule("@ <= 0", "0 %", "215,48,39"),
          new Rule("@ IS NULL", "no users", NO_VALUE_GREY));

  private static final List<Rule> TRAVEL_TIME_CHANGE =
      List.of(
          new Rule("@ <= -10", "10 min or more faster", "33,102,172"),
          new Rule("@ > -10 AND @ <= -1", "1 to 10 min faster", "103,169,207"),
          new Rule("@ > -1 AND @ < 1", "within a minute", "247,247,247"),
          new Rule("@ >= 1 AND @ < 10", "1 to 10 min slower", "239,138,98"),
          new Rule("@ >= 10", "10 min or more slower", "178,24,43"),
          new Rule("@ IS NULL", "reached on one side only, or neither", NO_VALUE_GREY));

  private static final List<Rule> PERCENT_CHANGE =
      List.of(
          new Rule("@ >= 50", "gains access (+50 points or more)", "33,102,172"),
          new Rule("@ > 0 AND @ < 50", "up to +50 points", "103,169,207"),
          new Rule("@ = 0", "no change", "247,247,247"),
          new Rule("@ < 0 AND @ > -50", "down to -50 points", "239,138,98"),
          new Rule("@ <= -50", "loses access (-50 points or more)", "178,24,43"),
          new Rule("@ IS NULL", "no value", NO_VALUE_GREY));

  private QgisStyleQml() {}

  /** The QML colouring {@code column} by its map scale. */
  static String rules(Column column, boolean points) {
    List<Rule> rules =
        switch (column.mapScale()) {
          case TRAVEL_TIME -> TRAVEL_TIME;
          case PERCENT -> PERCENT;
          case TRAVEL_TIME_CHANGE -> TRAVEL_TIME_CHANGE;
          case PERCENT_CHANGE -> PERCENT_CHANGE;
          case NONE -> throw new IllegalArgumentException(column.name() + " is not mapped");
        };
    String field = "\"" + column.name().replace("\"", "\"\"") + "\"";
    StringBuilder qml = new StringBuilder();
    qml.append("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n");
    qml.append("<qgis version=\"3.22.0\" styleCategories=\"Symbology\">\n");
    qml.append(
        " <renderer-v2 type=\"RuleRenderer\" symbollevels=\"0\" enableorderby=\"0\""
            + " forceraster=\"0\">\n");
    qml.append("  <rules key=\"root\">\n");
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      qml.append("   <rule key=\"r")
          .append(i)
          .append("\" symbol=\"")
          .append(i)
          .append("\" label=\"")
          .append(xml(rule.label()))
          .append("\" filter=\"")
          .append(xml(rule.filter().replace("@", field)))
          .append("\"/>\n");
    }
    qml.append("  </rules>\n  <symbols>\n");
    for (int i = 0; i < rules.size(); i++) {
      appendSymbol(qml, i, rules.get(i).rgb(), points);
    }
    qml.append("  </symbols>\n </renderer-v2>\n</qgis>\n");
    return qml.toString();
  }

  private static void appendSymbol(StringBuilder qml, int name, String rgb, boolean points) {
    qml.append("   <symbol type=\"")
        .append(points ? "marker" : "fill")
        .append("\" name=\"")
        .append(name)
        .append("\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n");
    qml.append("    <layer class=\"")
        .append(points ? "SimpleMarker" : "SimpleFill")
        .append("\" enabled=\"1\" locked=\"0\" pass=\"0\">\n");
    qml.append("     <Option type=\"Map\">\n");
    option(qml, "color", rgb + ",255");
    // white edges between zone polygons; grey rims so pale points show on a white map
    option(qml, "outline_color", points ? "128,128,128,255" : "255,255,255,255");
    option(qml, "outline_style", "solid");
    option(qml, "outline_width", "0.1");
    option(qml, "outline_width_unit", "MM");
    if (points) {
      option(qml, "name", "circle");
      option(qml, "size", "2");
      option(qml, "size_unit", "MM");
    } else {
      option(qml, "style", "solid");
    }
    qml.append("     </Option>\n    </layer>\n   </symbol>\n");
  }

  private static void option(StringBuilder qml, String name, String value) {
    qml.append("      <Option type=\"QString\" name=\"")
        .append(name)
        .append("\" value=\"")
        .append(xml(value))
        .append("\"/>\n");
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
