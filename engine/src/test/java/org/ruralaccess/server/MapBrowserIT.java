package org.ruralaccess.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ruralaccess.support.CsvReader;

/**
 * The web map in a real browser (Debian's chromium and chromedriver, installed by .ci/run), against
 * the server on 127.0.0.1 serving Porto Alegre: no console error, one shape per zone, colours that
 * follow the indicator, a zone's figures on click, downloads of the shown layer, and the comparison
 * view's zones losing most. Screenshots go to target/screenshots.
 */
class MapBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  // the ends of the map's sequential palette (scales.js): most and least access
  private static final String DARKEST = "#0c2c84";
  private static final String LIGHTEST = "#ffffcc";
  private static final String NO_VALUE = "#bdbdbd";

  private static PoaServerFixture poa;
  private static RaeServer server;
  private static ChromeDriver browser;
  // the map's isochrones come from a stand-in until issue 13's engine is connected: what is tested
  // here is that a click asks for what the controls say and the answer is drawn, nested
  private static final NestedSquareIsochrones SQUARES = new NestedSquareIsochrones();

  @BeforeAll
  static void start() throws Exception {
    poa = PoaServerFixture.get();
    // a copy: the launcher test writes a run into it (the other tests read the same tables)
    server = poa.start(poa.copyOfResults(), ServerLimits.defaults(), SQUARES);
    File chromium = new File("/usr/bin/chromium");
    File driver = new File("/usr/bin/chromedriver");
    assertTrue(
        chromium.canExecute() && driver.canExecute(),
        "the browser tests need Debian's chromium and chromium-driver: apt-get install -y"
            + " chromium chromium-driver (.ci/run installs them)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
        "--user-data-dir=" + Files.createTempDirectory(poa.folder, "chromium-profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(entry.getMessage());
      }
    }
    assertEquals(List.of(), errors, "console errors");
  }

  @Test
  void theChoroplethDrawsOneShapePerZoneAndFollowsTheIndicator() throws Exception {
    open("/?run=" + PoaServerFixture.ACCESSIBILITY_RUN);
    assertEquals(1227, browser.findElements(By.cssSelector("path.rae-zone")).size());
    // the first view: opportunities within 30 minutes, the first category (jobs) by transit
    assertEquals("opportunities", selected("measure"));
    assertEquals("30", selected("cutoff"));
    Map<String, String> opportunities = fills();
    Map<String, Double> jobs30 = column("jobs_transit_opp30");
    assertEquals(DARKEST, opportunities.get(argMax(jobs30)), "most jobs within 30 min: darkest");
    assertEquals(LIGHTEST, opportunities.get(argMin(jobs30)), "fewest: lightest");
    screenshot("map-accessibility");

    choose("measure", "min_time");
    Map<String, String> minTime = fills();
    Map<String, Double> minutes = column("jobs_transit_min_minutes");
    // travel times: shorter is better access, so the palette runs the other way
    assertEquals(LIGHTEST, minTime.get(argMax(minutes)), "longest time to a job: lightest");
    long changed =
        minTime.keySet().stream().filter(z -> !minTime.get(z).equals(opportunities.get(z))).count();
    assertTrue(changed > 100, changed + " zones changed colour");
    for (Map.Entry<String, Double> zone : minutes.entrySet()) {
      if (zone.getValue() == null) {
        assertEquals(NO_VALUE, minTime.get(zone.getKey()), zone.getKey() + " not reached");
      }
    }
    assertTrue(text("legend-title").contains("minutes"), text("legend-title"));

    // the nearest job is as near on foot as by bus from almost every hexagon (walking is part of
    // a transit trip), so the modes are compared on jobs within 30 minutes, which differ
    choose("measure", "opportunities");
    choose("cutoff", "30");
    choose("mode", "walk");
    Map<String, String> walking = fills();
    Map<String, Double> walk30 = column("jobs_walk_opp30");
    assertEquals(DARKEST, walking.get(argMax(walk30)), "most jobs within 30 min on foot: darkest");
    long differ =
        walking.keySet().stream().filter(z -> !walking.get(z).equals(opportunities.get(z))).count();
    assertTrue(differ > 100, differ + " zones coloured differently on foot than by transit");
    screenshot("map-walk-opportunities");
  }

  @Test
  void aZonesFiguresShowOnClickAndTheLayerDownloads() throws Exception {
    open("/?run=" + PoaServerFixture.ACCESSIBILITY_RUN);
    WebElement zone = browser.findElements(By.cssSelector("path.rae-zone")).get(600);
    String code = zone.getAttribute("data-zone");
    zone.click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !text("zone-title").isEmpty());
    assertTrue(text("zone-title").contains(code), text("zone-title"));
    // one row per indicator of the category (jobs): 2 modes x 18 measures
    assertEquals(36, browser.findElements(By.cssSelector("#zone-info tbody tr")).size());
    screenshot("map-zone-figures");

    String csv = (String) ((JavascriptExecutor) browser).executeScript("return raeMap.layerCsv()");
    List<String> lines = csv.lines().toList();
    assertEquals("zone_code,zone_name,population,jobs_transit_opp30", lines.get(0));
    assertEquals(1228, lines.size());
    Map<String, Double> jobs30 = column("jobs_transit_opp30");
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = CsvReader.fields(line);
      Double expected = jobs30.get(cells.get(0));
      assertEquals(expected == null ? "" : format(expected), cells.get(3), line);
    }
    browser.findElement(By.id("download-csv")).click();
    browser.findElement(By.id("download-geojson")).click();
  }

  @Test
  void theComparisonViewListsTheZonesLosingMost() throws Exception {
    open("/?run=" + PoaServerFixture.COMPARISON_RUN);
    assertEquals("change", selected("view"));
    String column = "jobs_transit_opp30";
    choose("category", "jobs");
    choose("measure", "opportunities");
    choose("cutoff", "30");
    Map<String, Double> change = comparisonColumn(column + "_change");
    List<Map.Entry<String, Double>> losing = new ArrayList<>();
    for (Map.Entry<String, Double> zone : change.entrySet()) {
      if (zone.getValue() != null && zone.getValue() < 0) {
        losing.add(zone);
      }
    }
    assertTrue(losing.size() >= 10, "withdrawing T9 costs many zones jobs: " + losing.size());
    losing.sort(Map.Entry.comparingByValue());
    List<String> expected = losing.subList(0, 10).stream().map(Map.Entry::getKey).toList();
    List<String> listed = new ArrayList<>();
    for (WebElement row : browser.findElements(By.cssSelector("#losers tbody tr"))) {
      listed.add(row.getAttribute("data-zone"));
    }
    assertEquals(expected, listed);
    assertEquals(
        List.of("none"),
        browser.findElements(By.cssSelector("#gainers tbody td")).stream()
            .map(WebElement::getText)
            .toList(),
        "a withdrawn route adds no jobs within 30 minutes anywhere");
    // residents losing jobs within 30 minutes, all zones: the access_changes row
    List<WebElement> all =
        browser
            .findElements(By.cssSelector("#deciles tbody tr"))
            .get(0)
            .findElements(By.tagName("td"));
    assertEquals("all zones", all.get(0).getText());
    assertEquals(
        accessChange("jobs", "30", "all", "residents_losing"),
        all.get(2).getText().replace(",", ""));
    Map<String, String> fills = fills();
    String worst = expected.get(0);
    assertEquals("#b2182b", fills.get(worst), "the largest loss in the darkest red");
    screenshot("map-comparison");
  }

  @Test
  void aClickAnywhereDrawsNestedIsochronesForTheChosenModeAndCutoffs() throws Exception {
    open("/?run=" + PoaServerFixture.ACCESSIBILITY_RUN);
    new Select(browser.findElement(By.id("iso-mode"))).selectByValue("walk");
    WebElement cutoffs = browser.findElement(By.id("iso-cutoffs"));
    cutoffs.clear();
    cutoffs.sendKeys("30, 10,20");
    // a point of the map with no zone under it (the hexagons leave gaps at the city's edge)
    @SuppressWarnings("unchecked")
    List<Number> free =
        (List<Number>)
            js(
                "const box = document.getElementById('map').getBoundingClientRect();"
                    + "for (let y = box.top + 120; y < box.bottom - 40; y += 23) {"
                    + "  for (let x = box.left + 60; x < box.right - 40; x += 23) {"
                    + "    const hit = document.elementFromPoint(x, y);"
                    + "    const at = raeMap.map.containerPointToLatLng([x - box.left, y - box.top]);"
                    + "    const area = raeMap.state.network.area;"
                    + "    const inside = at.lat > area.minLat && at.lat < area.maxLat"
                    + "        && at.lng > area.minLon && at.lng < area.maxLon;"
                    + "    if (inside && hit && hit.closest('#map') && !hit.classList.contains('rae-zone')"
                    + "        && hit.tagName !== 'IMG' && !hit.closest('.leaflet-control')) {"
                    + "      return [x - box.left, y - box.top];"
                    + "    }"
                    + "  }"
                    + "}"
                    + "return null;");
    assertTrue(free != null, "a point of the map outside every zone, inside the network's area");
    int x = free.get(0).intValue();
    int y = free.get(1).intValue();
    @SuppressWarnings("unchecked")
    Map<String, Number> expected =
        (Map<String, Number>)
            js(
                "const p = raeMap.map.containerPointToLatLng([arguments[0], arguments[1]]);"
                    + "return {lat: p.lat, lon: p.lng};",
                x,
                y);
    String before = browser.findElement(By.tagName("body")).getAttribute("data-isochrones");
    WebElement map = browser.findElement(By.id("map"));
    Rectangle box = map.getRect();
    new Actions(browser)
        .moveToElement(map, x - box.getWidth() / 2, y - box.getHeight() / 2)
        .click()
        .perform();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            b -> {
              String now = b.findElement(By.tagName("body")).getAttribute("data-isochrones");
              return now != null && !now.equals(before);
            });

    IsochroneSource.Query asked = SQUARES.queries().get(SQUARES.queries().size() - 1);
    assertEquals(null, asked.zoneCode());
    assertEquals("walk", asked.mode().label());
    assertEquals(List.of(10, 20, 30), Arrays.stream(asked.cutoffMinutes()).boxed().toList());
    // the map sends 6 decimals of the clicked point (0.1 m); a pixel here is some 20 m
    assertEquals(expected.get("lat").doubleValue(), asked.lat(), 5e-4);
    assertEquals(expected.get("lon").doubleValue(), asked.lon(), 5e-4);
    // the first run's window: the isochrone form starts from the run's own date and times
    assertEquals("2019-05-13", asked.window().date().toString());
    assertEquals("14:00", asked.window().fromText());

    List<WebElement> shapes = browser.findElements(By.cssSelector("path.rae-isochrone"));
    assertEquals(3, shapes.size());
    @SuppressWarnings("unchecked")
    Map<String, List<Number>> boxes =
        (Map<String, List<Number>>)
            js(
                "const boxes = {};"
                    + "document.querySelectorAll('path.rae-isochrone').forEach(p => {"
                    + "  const b = p.getBBox(); boxes[p.getAttribute('data-cutoff')] ="
                    + "  [b.x, b.y, b.x + b.width, b.y + b.height]; });"
                    + "return boxes;");
    assertEquals(java.util.Set.of("10", "20", "30"), boxes.keySet());
    assertInside(boxes.get("10"), boxes.get("20"));
    assertInside(boxes.get("20"), boxes.get("30"));
    // 30 minutes x 40 m = 1.2 km half-side: twice the 20-minute square's half-side less 10 minutes'
    double width30 = boxes.get("30").get(2).doubleValue() - boxes.get("30").get(0).doubleValue();
    double width10 = boxes.get("10").get(2).doubleValue() - boxes.get("10").get(0).doubleValue();
    assertEquals(3.0, width30 / width10, 0.05);
    assertEquals(3, browser.findElements(By.cssSelector("#isochrone-legend li")).size());
    assertTrue(
        browser.findElement(By.cssSelector("#isochrone-legend li")).getText().contains("10 min"),
        browser.findElement(By.id("isochrone-legend")).getText());
    screenshot("map-isochrones");

    // a click on a zone draws from the zone's origin
    WebElement zone = browser.findElements(By.cssSelector("path.rae-zone")).get(300);
    String code = zone.getAttribute("data-zone");
    String drawn = browser.findElement(By.tagName("body")).getAttribute("data-isochrones");
    zone.click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            b -> !b.findElement(By.tagName("body")).getAttribute("data-isochrones").equals(drawn));
    assertEquals(code, SQUARES.queries().get(SQUARES.queries().size() - 1).zoneCode());
    browser.findElement(By.id("isochrone-clear")).click();
    assertEquals(0, browser.findElements(By.cssSelector("path.rae-isochrone")).size());
  }

  @Test
  void theLauncherRefusesNamingTheFieldThenRunsAndShowsARun() throws Exception {
    open("/");
    browser.findElement(By.cssSelector("#launcher summary")).click();
    new Select(browser.findElement(By.id("launch-kind"))).selectByValue("comparison");
    browser.findElement(By.id("launch")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !text("launch-error").isEmpty());
    assertTrue(text("launch-error").startsWith("scenario:"), text("launch-error"));
    // the refusal's 400 is the one console error expected here
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        assertTrue(
            entry.getMessage().contains("/api/runs") && entry.getMessage().contains("400"),
            entry.getMessage());
      }
    }

    new Select(browser.findElement(By.id("launch-kind"))).selectByValue("accessibility");
    setTime("launch-from", "14:00");
    setTime("launch-to", "14:10");
    WebElement step = browser.findElement(By.id("launch-step"));
    step.clear();
    step.sendKeys("5");
    browser.findElement(By.cssSelector("input[name=launch-mode][value=walk]")).click();
    browser.findElement(By.id("launch")).click();
    WebElement row =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(b -> b.findElement(By.cssSelector("#launched li")));
    String name = row.getAttribute("data-run");
    assertTrue(name.startsWith("accessibility-"), name);
    List<String> seen = new ArrayList<>();
    new WebDriverWait(browser, Duration.ofMinutes(10))
        .pollingEvery(Duration.ofMillis(200))
        .until(
            b -> {
              String status = row.getAttribute("data-status");
              if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
              }
              assertFalse(status.equals("failed") || status.equals("cancelled"), row.getText());
              return status.equals("done");
            });
    assertEquals("done", seen.get(seen.size() - 1), seen.toString());
    WebElement bar = row.findElement(By.tagName("progress"));
    assertEquals(bar.getAttribute("max"), bar.getAttribute("value"));
    screenshot("map-run-launched");

    String before = browser.findElement(By.tagName("body")).getAttribute("data-renders");
    row.findElement(By.tagName("button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(b -> !b.findElement(By.tagName("body")).getAttribute("data-renders").equals(before));
    assertEquals(name, selected("run"));
    assertEquals(1227, browser.findElements(By.cssSelector("path.rae-zone")).size());
    // transit only: the mode list offers transit alone
    assertEquals(
        List.of("transit"),
        new Select(browser.findElement(By.id("mode")))
            .getOptions().stream().map(o -> o.getAttribute("value")).toList());
  }

  private static void setTime(String id, String value) {
    js(
        "const input = document.getElementById(arguments[0]); input.value = arguments[1];"
            + "input.dispatchEvent(new Event('change'));",
        id,
        value);
  }

  private static Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  private static void assertInside(List<Number> inner, List<Number> outer) {
    assertTrue(
        inner.get(0).doubleValue() > outer.get(0).doubleValue()
            && inner.get(1).doubleValue() > outer.get(1).doubleValue()
            && inner.get(2).doubleValue() < outer.get(2).doubleValue()
            && inner.get(3).doubleValue() < outer.get(3).doubleValue(),
        inner + " inside " + outer);
  }

  private static void open(String path) {
    browser.get("http://127.0.0.1:" + server.port() + path);
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            b ->
                b.findElement(By.tagName("body")).getAttribute("data-renders") != null
                    && b.findElement(By.id("legend-section")).isDisplayed());
  }

  private static String selected(String id) {
    return new Select(browser.findElement(By.id(id)))
        .getFirstSelectedOption()
        .getAttribute("value");
  }

  /** Chooses a value and waits for the map to redraw. */
  private static void choose(String id, String value) {
    if (selected(id).equals(value)) {
      return;
    }
    String before = browser.findElement(By.tagName("body")).getAttribute("data-renders");
    new Select(browser.findElement(By.id(id))).selectByValue(value);
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(b -> !b.findElement(By.tagName("body")).getAttribute("data-renders").equals(before));
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** Each zone's fill colour as drawn. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> fills() {
    return (Map<String, String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const fills = {};"
                    + "document.querySelectorAll('path.rae-zone').forEach("
                    + "p => fills[p.getAttribute('data-zone')] = p.getAttribute('fill'));"
                    + "return fills;");
  }

  private static void screenshot(String name) throws Exception {
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static Map<String, Double> column(String name) throws Exception {
    return tableColumn(
        poa.results.resolve(PoaServerFixture.ACCESSIBILITY_RUN).resolve("zone_indicators.csv"),
        name);
  }

  private static Map<String, Double> comparisonColumn(String name) throws Exception {
    return tableColumn(
        poa.results.resolve(PoaServerFixture.COMPARISON_RUN).resolve("comparison.csv"), name);
  }

  /** zone code -> value (null when empty), in file order. */
  private static Map<String, Double> tableColumn(Path csv, String name) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    List<String> header = CsvReader.fields(lines.get(0)).stream().map(String::trim).toList();
    int index = header.indexOf(name);
    assertTrue(index >= 0, name + " in " + csv);
    Map<String, Double> values = new java.util.LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = CsvReader.fields(line);
      values.put(
          cells.get(0), cells.get(index).isEmpty() ? null : Double.parseDouble(cells.get(index)));
    }
    return values;
  }

  private static String accessChange(String category, String cutoff, String group, String column)
      throws Exception {
    List<String> lines =
        Files.readAllLines(
            poa.results.resolve(PoaServerFixture.COMPARISON_RUN).resolve("access_changes.csv"));
    List<String> header = CsvReader.fields(lines.get(0)).stream().map(String::trim).toList();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = CsvReader.fields(line);
      if (cells.get(header.indexOf("category")).equals(category)
          && cells.get(header.indexOf("cutoff_minutes")).equals(cutoff)
          && cells.get(header.indexOf("group")).equals(group)) {
        return cells.get(header.indexOf(column));
      }
    }
    throw new AssertionError("no access change row for " + category + " " + cutoff + " " + group);
  }

  private static String argMax(Map<String, Double> values) {
    return values.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .max(Comparator.comparingDouble(Map.Entry::getValue))
        .orElseThrow()
        .getKey();
  }

  private static String argMin(Map<String, Double> values) {
    return values.entrySet().stream()
        .filter(e -> e.getValue() != null)
        .min(Comparator.comparingDouble(Map.Entry::getValue))
        .orElseThrow()
        .getKey();
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
