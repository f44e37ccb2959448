// Isochrones on click: a click on the map (or on a zone: its origin) asks GET /api/isochrone for
// the chosen mode, date, window and cutoffs and draws the nested polygons, the largest underneath,
// each path with class rae-isochrone and data-cutoff. When the server has no isochrone engine
// (GET /api/network says isochrones: false) the section says so and clicks ask nothing.
import {getJson} from './api.js';

const $ = (id) => document.getElementById(id);
// dark (nearest) to light (furthest): the inner, shorter cutoffs stand out on top
const COLOURS = ['#54278f', '#756bb1', '#9e9ac8', '#cbc9e2', '#e3e2f0', '#f2f0f7', '#faf9fc', '#ffffff'];

export class Isochrones {
  constructor(map, onDrawn) {
    this.map = map;
    this.onDrawn = onDrawn;
    this.layer = null;
    this.available = false;
    this.marker = null;
    this.edited = false;
    for (const id of ['iso-date', 'iso-from', 'iso-to']) {
      $(id).addEventListener('input', () => { this.edited = true; });
    }
  }

  /**
   * Sets the controls from the network (service dates) and the shown run's date and window, if
   * any, until the user edits them.
   */
  setUp(network, runParameters) {
    this.available = Boolean(network.isochrones);
    $('isochrone-unavailable').hidden = this.available;
    $('isochrone-controls').hidden = !this.available;
    if (this.edited) return;
    const dates = network.serviceCalendar.datesWithService;
    const p = runParameters || {};
    $('iso-date').value = p.date || dates[0] || '';
    $('iso-from').value = p.from || '08:00';
    $('iso-to').value = p.to || '09:00';
  }

  /** Draws the isochrones from a point or, when zoneCode is given, from that zone's origin. */
  async drawFrom(latLng, zoneCode) {
    if (!this.available || !$('iso-on-click').checked) return;
    const query = new URLSearchParams();
    if (zoneCode) {
      query.set('zone', zoneCode);
    } else {
      query.set('lat', latLng.lat.toFixed(6));
      query.set('lon', latLng.lng.toFixed(6));
    }
    query.set('mode', $('iso-mode').value);
    query.set('date', $('iso-date').value);
    query.set('from', $('iso-from').value);
    query.set('to', $('iso-to').value);
    query.set('cutoffs', $('iso-cutoffs').value.replace(/\s/g, ''));
    $('isochrone-note').textContent = 'computing isochrones...';
    try {
      const collection = await getJson(`/api/isochrone?${query}`);
      this.show(collection, latLng);
      const cutoffs = collection.features.map((f) => f.properties.cutoff_minutes);
      $('isochrone-note').textContent =
        `${$('iso-mode').value} from ${zoneCode ? `zone ${zoneCode}` : `${latLng.lat.toFixed(4)}, ${latLng.lng.toFixed(4)}`}` +
        `, ${$('iso-date').value} ${$('iso-from').value}-${$('iso-to').value}: within ${cutoffs.join(', ')} minutes`;
    } catch (error) {
      $('isochrone-note').textContent = error.message;
      this.onDrawn(error);
    }
  }

  show(collection, latLng) {
    this.clear();
    const features = [...collection.features].sort((a, b) => b.properties.cutoff_minutes - a.properties.cutoff_minutes);
    const count = features.length;
    this.layer = L.featureGroup();
    features.forEach((feature, k) => {
      const colour = COLOURS[Math.max(0, count - 1 - k)] || COLOURS[COLOURS.length - 1];
      const cutoff = feature.properties.cutoff_minutes;
      L.geoJSON(feature, {
        interactive: false,
        style: {color: '#3f007d', weight: 1.2, fillColor: colour, fillOpacity: 0.55, className: `rae-isochrone cutoff-${cutoff}`},
      }).addTo(this.layer);
    });
    this.layer.addTo(this.map);
    this.layer.eachLayer((group) => group.eachLayer((shape) => {
      const element = shape.getElement && shape.getElement();
      if (element) element.setAttribute('data-cutoff', String(shape.feature.properties.cutoff_minutes));
    }));
    this.marker = L.circleMarker(latLng, {radius: 5, color: '#000', weight: 2, fillColor: '#fff', fillOpacity: 1, interactive: false}).addTo(this.map);
    this.legend(features, count);
    this.onDrawn(null);
  }

  legend(features, count) {
    const list = $('isochrone-legend');
    list.innerHTML = '';
    [...features].reverse().forEach((feature, k) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = COLOURS[k] || COLOURS[COLOURS.length - 1];
      const p = feature.properties;
      const figures = [];
      if (typeof p.area_km2 === 'number') figures.push(`${p.area_km2.toLocaleString('en-GB', {maximumFractionDigits: 1})} km²`);
      if (typeof p.residents === 'number') figures.push(`${Math.round(p.residents).toLocaleString('en-GB')} residents`);
      item.append(swatch, `within ${p.cutoff_minutes} min${figures.length ? ` (${figures.join(', ')})` : ''}`);
      list.append(item);
    });
    $('isochrone-clear').hidden = count === 0;
  }

  clear() {
    if (this.layer) this.layer.remove();
    if (this.marker) this.marker.remove();
    this.layer = null;
    this.marker = null;
    $('isochrone-legend').innerHTML = '';
    $('isochrone-clear').hidden = true;
  }
}
