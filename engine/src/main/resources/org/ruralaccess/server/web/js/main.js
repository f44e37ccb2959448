// The web map: the network's zones, and for a chosen finished run a choropleth of any of its
// indicators (category, mode, measure, cutoff, rider group), a legend with units, a zone's figures
// on click, downloads of the shown layer, and for a comparison the change in diverging colours with
// the zones gaining and losing most and the residents gaining and losing access by IMD decile;
// isochrones from any clicked point or zone; a launcher for new runs with their progress.
import {getJson} from './api.js';
import {Isochrones} from './isochrones.js';
import {RunLauncher} from './runs.js';
import {ZoneLayer} from './zones.js';
import {sequential, diverging, NO_VALUE} from './scales.js';
import {categoryLabel, formatValue, indicatorLabel, measureLabel, MEASURE_ORDER} from './labels.js';
import {showComparison, clearComparison} from './comparison.js';
import {layerCsv, layerGeoJson, download} from './downloads.js';
import {shownValue} from './values.js';

const $ = (id) => document.getElementById(id);
const state = {network: null, zones: null, run: null, features: [], accessChanges: [], indicator: null, view: 'change', renders: 0};
window.raeMap = {state, layerCsv: () => layerCsv(state), layerGeoJson: () => layerGeoJson(state)};

const map = L.map('map', {preferCanvas: false, zoomSnap: 0.25});
window.raeMap.map = map;
const zones = new ZoneLayer(map);
const isochrones = new Isochrones(map, () => {
  state.isochrones = (state.isochrones || 0) + 1;
  document.body.dataset.isochrones = String(state.isochrones);
});
const launcher = new RunLauncher((name, show) => listRuns(show ? name : null).catch((e) => status(e.message, true)));
let tiles = null;

function status(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

function rendered() {
  state.renders += 1;
  document.body.dataset.renders = String(state.renders);
}

async function start() {
  try {
    status('loading the network...');
    state.network = await getJson('/api/network');
    $('network-name').textContent = state.network.network.regionName;
    const area = state.network.area;
    map.fitBounds([[area.minLat, area.minLon], [area.maxLat, area.maxLon]]);
    applyTiles(localStorage.getItem('rae.tileUrl') || '');
    isochrones.setUp(state.network, null);
    launcher.setUp(state.network);
    state.zones = (await getJson('/api/zones')).features;
    // ?run=NAME opens that run (a link to share); otherwise the first accessibility run
    await listRuns(new URLSearchParams(window.location.search).get('run'), true);
  } catch (error) {
    status(error.message, true);
  }
}

/**
 * Lists the finished runs; shows {@code asked} when given (or, at start, the first accessibility
 * run), otherwise keeps the run shown.
 */
async function listRuns(asked, starting) {
  const runs = (await getJson('/api/runs')).runs.filter((r) => r.status === 'done');
  const shown = $('run').value;
  $('run').innerHTML = '';
  $('run').append(new Option('zones only (no results)', ''));
  for (const run of runs) $('run').append(new Option(`${run.name} (${run.kind})`, run.name));
  if (!asked && !starting) {
    $('run').value = shown;
    return;
  }
  const first = runs.find((r) => r.name === asked) ||
    (starting ? runs.find((r) => r.kind === 'accessibility') || runs[0] : null);
  $('run').value = first ? first.name : '';
  await selectRun();
}

// the network's area reaches as far as its feeds' furthest stop; the zones are what is looked at
let fitted = false;
function fitToZonesOnce() {
  const bounds = zones.bounds();
  if (fitted || !bounds || !bounds.isValid()) return;
  map.fitBounds(bounds, {padding: [12, 12]});
  fitted = true;
}

async function selectRun() {
  const name = $('run').value;
  clearComparison();
  $('zone-section').hidden = true;
  if (!name) {
    state.run = null;
    state.features = state.zones;
    zones.draw(state.zones, showZone);
    fitToZonesOnce();
    zones.fill(null);
    $('indicator-controls').hidden = true;
    $('legend-section').hidden = true;
    $('run-note').textContent = `${state.zones.length} zones`;
    status('');
    rendered();
    return;
  }
  status(`loading ${name}...`);
  state.run = await getJson(`/api/runs/${encodeURIComponent(name)}`);
  isochrones.setUp(state.network, state.run.parameters);
  launcher.setUp(state.network, state.run.parameters);
  const comparison = state.run.kind === 'comparison';
  const p = state.run.parameters;
  $('run-note').textContent = `${p.date || ''} ${p.from || ''}-${p.to || ''}, percentile ${p.percentile ?? ''}` +
    (p.scenario ? `; scenario '${p.scenario}'` : '');
  $('rider').innerHTML = '';
  $('rider').append(new Option('all residents', ''));
  if (!comparison) for (const group of state.run.riderGroups) $('rider').append(new Option(`${group} riders`, group));
  $('view-controls').hidden = !comparison;
  state.accessChanges = comparison ? (await getJson(state.run.links.accessChanges)).rows : [];
  await loadLayer();
}

async function loadLayer() {
  const run = state.run;
  const rider = $('rider').value;
  const url = run.kind === 'comparison'
    ? run.links.comparison
    : `${run.links.indicators}?table=${rider ? 'rider_indicators' : 'zone_indicators'}`;
  const collection = await getJson(url);
  state.features = rider ? collection.features.filter((f) => f.properties.rider === rider) : collection.features;
  zones.draw(state.features, showZone);
  fitToZonesOnce();
  $('indicator-controls').hidden = false;
  fillSelectors();
  render();
  status('');
}

function catalogue() {
  const run = state.run;
  const table = run.kind === 'comparison' ? 'comparison' : ($('rider').value ? 'rider_indicators' : 'zone_indicators');
  return run.indicators[table] || [];
}

function fillSelectors() {
  const all = catalogue();
  refill('category', unique(all.map((i) => i.category)), categoryLabel);
  const ofCategory = all.filter((i) => i.category === $('category').value);
  refill('mode', unique(ofCategory.map((i) => i.mode)), (m) => m);
  const ofMode = ofCategory.filter((i) => i.mode === $('mode').value);
  const measures = unique(ofMode.map((i) => i.measure)).sort((a, b) => MEASURE_ORDER.indexOf(a) - MEASURE_ORDER.indexOf(b));
  refill('measure', measures, measureLabel);
  const ofMeasure = ofMode.filter((i) => i.measure === $('measure').value);
  const cutoffs = unique(ofMeasure.map((i) => i.cutoffMinutes)).filter((c) => c !== null);
  refill('cutoff', cutoffs, (c) => `${c} minutes`);
  $('cutoff').hidden = cutoffs.length === 0;
  $('cutoff-label').hidden = cutoffs.length === 0;
  state.indicator = ofMeasure.find((i) => cutoffs.length === 0 || String(i.cutoffMinutes) === $('cutoff').value) || null;
}

// first choices: opportunities within the second cutoff (30 minutes by default) say most at a glance
const FIRST_CHOICE = {measure: 'opportunities', cutoff: 1};

function refill(id, values, label) {
  const select = $(id);
  const previous = select.value;
  select.innerHTML = '';
  for (const value of values) select.append(new Option(label(value), String(value)));
  if (values.map(String).includes(previous)) {
    select.value = previous;
  } else if (id === 'measure' && values.includes(FIRST_CHOICE.measure)) {
    select.value = FIRST_CHOICE.measure;
  } else if (id === 'cutoff' && values.length > FIRST_CHOICE.cutoff && previous === '') {
    select.value = String(values[FIRST_CHOICE.cutoff]);
  }
}

function unique(values) {
  return [...new Set(values)];
}

function valueOf(properties) {
  return shownValue(state, properties);
}

function render() {
  const indicator = state.indicator;
  if (!indicator) {
    zones.fill(null);
    $('legend-section').hidden = true;
    rendered();
    return;
  }
  const comparison = state.run.kind === 'comparison';
  const lowerIsBetter = indicator.measure === 'min_time';
  const values = state.features.map((f) => valueOf(f.properties));
  const change = comparison && $('view').value === 'change';
  const scale = change ? diverging(values, lowerIsBetter) : sequential(values, lowerIsBetter);
  zones.fill((f) => scale.colour(valueOf(f.properties)));
  $('legend-title').textContent = `${indicatorLabel(indicator)}${comparison ? ` (${$('view').selectedOptions[0].text})` : ''} — ${indicator.unit}`;
  $('legend').innerHTML = '';
  for (const entry of [...scale.legend, {colour: NO_VALUE, label: 'no value (not reached)'}]) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = entry.colour;
    item.append(swatch, `${entry.label}`);
    $('legend').append(item);
  }
  $('legend-section').hidden = false;
  if (comparison) {
    showComparison(state, indicator, lowerIsBetter, (code) => zones.highlight(code));
  }
  rendered();
}

function showZone(feature) {
  const p = feature.properties;
  isochrones.drawFrom(center(feature), p.zone_code);
  $('zone-section').hidden = false;
  $('zone-title').textContent = `${p.zone_name || p.zone_code} (${p.zone_code})`;
  const lines = [`Residents: ${formatValue(p.population)}`];
  if (p.imd_decile) lines.push(`IMD decile: ${p.imd_decile}`);
  if (p.rural_urban) lines.push(p.rural_urban);
  const info = $('zone-info');
  info.innerHTML = '';
  const summary = document.createElement('p');
  summary.textContent = lines.join(' · ');
  info.append(summary);
  if (state.run && state.indicator) {
    info.append(zoneTable(p));
    L.popup().setLatLng(center(feature)).setContent(
      `<b>${escape(p.zone_name || p.zone_code)}</b><br>${escape(indicatorLabel(state.indicator))}: ` +
      `${escape(formatValue(valueOf(p)))}`).openOn(map);
  }
}

function zoneTable(p) {
  const category = state.indicator.category;
  const rows = catalogue().filter((i) => i.category === category);
  const comparison = state.run.kind === 'comparison';
  const table = document.createElement('table');
  const heads = comparison ? ['', 'baseline', 'scenario', 'change'] : ['', 'value'];
  table.innerHTML = `<thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`;
  const body = document.createElement('tbody');
  for (const i of rows) {
    const cells = comparison
      ? ['base', 'scenario', 'change'].map((v) => formatValue(p[`${i.column}_${v}`] ?? null))
      : [formatValue(p[i.column] ?? null)];
    const tr = document.createElement('tr');
    tr.innerHTML = `<td>${escape(indicatorLabel(i))}</td>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}`;
    body.append(tr);
  }
  table.append(body);
  return table;
}

function center(feature) {
  const shape = zones.byCode.get(feature.properties.zone_code);
  return shape.getBounds().getCenter();
}

function escape(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
}

function applyTiles(url) {
  if (tiles) tiles.remove();
  tiles = null;
  $('tile-url').value = url;
  if (url) {
    tiles = L.tileLayer(url, {maxZoom: 19, attribution: 'tiles as configured'}).addTo(map);
    tiles.bringToBack();
  }
}

$('run').addEventListener('change', () => selectRun().catch((e) => status(e.message, true)));
$('rider').addEventListener('change', () => loadLayer().catch((e) => status(e.message, true)));
for (const id of ['category', 'mode', 'measure', 'cutoff']) {
  $(id).addEventListener('change', () => {
    fillSelectors();
    render();
  });
}
$('view').addEventListener('change', () => {
  state.view = $('view').value;
  render();
});
$('download-csv').addEventListener('click', () => download(layerCsv(state), 'text/csv', 'csv', state));
$('download-geojson').addEventListener('click', () => download(layerGeoJson(state), 'application/geo+json', 'geojson', state));
map.on('click', (event) => isochrones.drawFrom(event.latlng, null));
$('isochrone-clear').addEventListener('click', () => isochrones.clear());
$('tile-apply').addEventListener('click', () => {
  const url = $('tile-url').value.trim();
  localStorage.setItem('rae.tileUrl', url);
  applyTiles(url);
});

start();
