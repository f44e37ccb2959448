package org.ruralaccess.bench.scale;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Turns the rows of {@link ScaleBenchmark} into the markdown table of docs/performance.md, with
 * each figure's growth exponent (least-squares slope of log figure against log network size, the
 * number of tiles), and a log-log PNG of every figure relative to its 1 x 1 value. Build figures
 * come from the last row of each size that built; routing figures from the last row of each size
 * and label (before / after a change).
 *
 * <p>Usage: {@code ScaleReport RESULTS_TSV PNG}
 */
public final class ScaleReport {

  /** Column, heading; in the order of the table. */
  private static final String[][] FIGURES = {
    {"build_cpu_s", "build CPU s"},
    {"build_s", "build wall s"},
    {"peak_heap_mb", "build peak heap MB"},
    {"file_mb", "network file MB"},
    {"retained_mb", "loaded network MB"},
    {"load_s", "load s"},
    {"timetable_s", "day timetable s"},
    {"route_cpu_ms", "range-RAPTOR ms/origin"},
    {"stop_visits", "stop visits/origin"},
    {"matrix_origin_cpu_ms", "matrix ms/origin"},
    {"matrix_setup_s", "matrix setup s"},
    {"access_cpu_s", "accessibility CPU s"},
    {"access_s", "accessibility wall s"},
  };

  private static final String[] BUILD_COLUMNS = {
    "build_s", "build_cpu_s", "peak_heap_mb", "file_mb"
  };

  private ScaleReport() {}

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    List<String> header = List.of(lines.get(0).split("\t"));
    Map<Integer, Map<String, String>> builds = new TreeMap<>();
    Map<String, Map<Integer, Map<String, String>>> byLabel = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), cells[c]);
      }
      int n = Integer.parseInt(row.get("n"));
      if (!row.get("build_s").equals("NaN")) {
        builds.put(n, row);
      }
      byLabel.computeIfAbsent(row.get("label"), k -> new TreeMap<>()).put(n, row);
    }
    for (var entry : byLabel.entrySet()) {
      for (var sized : entry.getValue().entrySet()) {
        Map<String, String> build = builds.get(sized.getKey());
        for (String column : BUILD_COLUMNS) {
          String value = sized.getValue().get(column);
          if (build != null && (value.equals("NaN") || value.equals("-1"))) {
            sized.getValue().put(column, build.get(column));
          }
        }
      }
      System.out.println("### " + entry.getKey());
      System.out.println(table(entry.getValue()));
    }
    Map<String, Map<Integer, Map<String, String>>> plotted = new LinkedHashMap<>(byLabel);
    plot(plotted, Path.of(args[1]));
  }

  private static String table(Map<Integer, Map<String, String>> rows) {
    StringBuilder out = new StringBuilder("| figure |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Map<String, String> row : rows.values()) {
      out.append(" ").append(row.get("n")).append(" x ").append(row.get("n")).append(" |");
      rule.append("---|");
    }
    out.append(" growth exponent |\n").append(rule).append("---|\n");
    String[][] counts = {
      {"stops", "stops"},
      {"trips", "trips"},
      {"stop_times", "stop times"},
      {"street_edges", "street edges"},
      {"transfers", "walking transfers"},
    };
    for (String[] count : counts) {
      appendRow(out, rows, count[0], count[1]);
    }
    for (String[] figure : FIGURES) {
      appendRow(out, rows, figure[0], figure[1]);
    }
    out.append("| bytes per stop time (transit store) |");
    perElement(out, rows, "transit_b", "stop_times");
    out.append("| bytes per street edge (street store) |");
    perElement(out, rows, "streets_b", "street_edges");
    out.append("| bytes per stop (links + transfers) |");
    perElement(out, rows, "links_transfers_b", "stops");
    out.append("| bytes per stop time (day timetable) |");
    perElement(out, rows, "timetable_b", "stop_times");
    return out.toString();
  }

  private static void perElement(
      StringBuilder out, Map<Integer, Map<String, String>> rows, String bytes, String elements) {
    for (Map<String, String> row : rows.values()) {
      double value = Double.parseDouble(row.get(bytes)) / Double.parseDouble(row.get(elements));
      out.append(String.format(Locale.ROOT, " %.1f |", value));
    }
    out.append(" |\n");
  }

  private static void appendRow(
      StringBuilder out, Map<Integer, Map<String, String>> rows, String column, String heading) {
    out.append("| ").append(heading).append(" |");
    List<double[]> points = new ArrayList<>();
    for (Map<String, String> row : rows.values()) {
      double value = Double.parseDouble(row.get(column));
      out.append(" ").append(format(value)).append(" |");
      if (value > 0) {
        points.add(new double[] {Double.parseDouble(row.get("tiles")), value});
      }
    }
    out.append(points.size() < 2 ? " |" : String.format(Locale.ROOT, " %.2f |", slope(points)))
        .append("\n");
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (value == Math.rint(value) && Math.abs(value) >= 1) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.2f", value);
  }

  /** Least-squares slope of log y against log x. */
  static double slope(List<double[]> points) {
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] p : points) {
      double x = Math.log(p[0]);
      double y = Math.log(p[1]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    int n = points.size();
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  private static final String[][] PLOTTED = {
    {"build_cpu_s", "build CPU"},
    {"retained_mb", "loaded network"},
    {"file_mb", "network file"},
    {"load_s", "load"},
    {"route_cpu_ms", "range-RAPTOR per origin"},
    {"matrix_origin_cpu_ms", "matrix per origin"},
    {"access_cpu_s", "accessibility (tile 0 zones)"},
  };

  private static final Color[] COLORS = {
    new Color(0x1f77b4),
    new Color(0xff7f0e),
    new Color(0x2ca02c),
    new Color(0xd62728),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0xe377c2),
  };

  /** Each figure / its 1 x 1 value against tiles, log-log; dashed lines: the "before" label. */
  private static void plot(Map<String, Map<Integer, Map<String, String>>> byLabel, Path png)
      throws Exception {
    int width = 900;
    int height = 620;
    int left = 70;
    int right = 300;
    int top = 30;
    int bottom = 60;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    double maxTiles = 64;
    double minRatio = 0.5;
    double maxRatio = 128;
    int plotW = width - left - right;
    int plotH = height - top - bottom;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(Color.LIGHT_GRAY);
    for (double t = 1; t <= maxTiles; t *= 4) {
      int x = left + (int) (plotW * Math.log(t) / Math.log(maxTiles));
      g.drawLine(x, top, x, top + plotH);
      g.setColor(Color.BLACK);
      g.drawString(String.format(Locale.ROOT, "%.0f", t), x - 6, top + plotH + 18);
      g.setColor(Color.LIGHT_GRAY);
    }
    for (double r = minRatio; r <= maxRatio; r *= 2) {
      int y = yOf(r, minRatio, maxRatio, top, plotH);
      g.drawLine(left, y, left + plotW, y);
      g.setColor(Color.BLACK);
      g.drawString(r < 1 ? "0.5" : String.format(Locale.ROOT, "%.0f", r), left - 35, y + 4);
      g.setColor(Color.LIGHT_GRAY);
    }
    g.setColor(Color.GRAY);
    g.setStroke(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2, 4}, 0));
    g.drawLine(
        left,
        yOf(1, minRatio, maxRatio, top, plotH),
        left + plotW,
        yOf(maxTiles, minRatio, maxRatio, top, plotH));
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(left, top, plotW, plotH);
    g.drawString(
        "network size (tiles of Porto Alegre, N x N)", left + plotW / 2 - 120, height - 20);
    g.drawString("figure / figure at 1 x 1 (log-log; grey dotted: linear)", left, top - 10);
    int legendY = top + 10;
    for (var entry : byLabel.entrySet()) {
      boolean dashed = entry.getKey().equals("before");
      for (int f = 0; f < PLOTTED.length; f++) {
        String column = PLOTTED[f][0];
        Map<String, String> first = entry.getValue().get(1);
        if (first == null || Double.parseDouble(first.get(column)) <= 0) {
          continue;
        }
        double base = Double.parseDouble(first.get(column));
        g.setColor(COLORS[f]);
        g.setStroke(
            dashed
                ? new BasicStroke(
                    2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {7, 5}, 0)
                : new BasicStroke(2.5f));
        int px = -1;
        int py = -1;
        for (Map<String, String> row : entry.getValue().values()) {
          double value = Double.parseDouble(row.get(column));
          if (!(value > 0)) {
            continue;
          }
          int x =
              left
                  + (int)
                      (plotW * Math.log(Double.parseDouble(row.get("tiles"))) / Math.log(maxTiles));
          int y = yOf(value / base, minRatio, maxRatio, top, plotH);
          g.fillOval(x - 3, y - 3, 7, 7);
          if (px >= 0) {
            g.drawLine(px, py, x, y);
          }
          px = x;
          py = y;
        }
        g.drawLine(left + plotW + 15, legendY, left + plotW + 45, legendY);
        g.setColor(Color.BLACK);
        g.drawString(PLOTTED[f][1] + " (" + entry.getKey() + ")", left + plotW + 50, legendY + 4);
        legendY += 18;
      }
    }
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
    System.out.println("wrote " + png);
  }

  private static int yOf(double ratio, double min, double max, int top, int plotH) {
    double f = (Math.log(ratio) - Math.log(min)) / (Math.log(max) - Math.log(min));
    return top + plotH - (int) (plotH * Math.max(0, Math.min(1, f)));
  }
}
