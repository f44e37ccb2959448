// The zones on the map, one SVG path per zone (class rae-zone, data-zone = its code): polygons for
// LSOAs, cells (circles half the spacing of neighbouring points wide) for point zones such as
// r5r's hexagon centres.
const OUTLINE = {color: '#6b7785', weight: 0.6, fillColor: '#ffffff', fillOpacity: 0.15};

export class ZoneLayer {
  constructor(map) {
    this.map = map;
    this.group = null;
    this.features = [];
    this.byCode = new Map();
  }

  /** Draws the features (replacing any drawn); onClick(feature) when a zone is clicked. */
  draw(features, onClick) {
    if (this.group) this.group.remove();
    this.features = features;
    this.byCode = new Map();
    const radius = cellRadiusMeters(features);
    this.group = L.featureGroup();
    for (const feature of features) {
      const shape = feature.geometry && feature.geometry.type === 'Point'
        ? L.circle([feature.geometry.coordinates[1], feature.geometry.coordinates[0]], {...OUTLINE, radius, className: 'rae-zone'})
        : L.geoJSON(feature, {style: {...OUTLINE, className: 'rae-zone'}});
      shape.on('click', (event) => {
        L.DomEvent.stopPropagation(event);
        onClick(feature);
      });
      shape.addTo(this.group);
      this.byCode.set(feature.properties.zone_code, shape);
    }
    this.group.addTo(this.map);
    for (const [code, shape] of this.byCode) {
      for (const element of elements(shape)) element.setAttribute('data-zone', code);
    }
  }

  /** Fills each zone with colour(feature); null for outlines only. */
  fill(colour) {
    for (const feature of this.features) {
      const shape = this.byCode.get(feature.properties.zone_code);
      const style = colour
        ? {fillColor: colour(feature), fillOpacity: 0.85, color: '#555', weight: 0.4}
        : OUTLINE;
      shape.setStyle(style);
    }
  }

  highlight(code) {
    const shape = this.byCode.get(code);
    if (!shape) return;
    this.map.fitBounds(shape.getBounds(), {maxZoom: 14});
    shape.setStyle({weight: 3, color: '#000'});
    setTimeout(() => shape.setStyle({weight: 0.4, color: '#555'}), 2500);
  }

  bounds() {
    return this.group ? this.group.getBounds() : null;
  }
}

function elements(shape) {
  if (shape.getElement) return [shape.getElement()].filter(Boolean);
  const found = [];
  shape.eachLayer((layer) => found.push(...elements(layer)));
  return found;
}

/** Half the median distance (metres) from a point zone to its nearest neighbour: cells that touch. */
function cellRadiusMeters(features) {
  const points = features
    .filter((f) => f.geometry && f.geometry.type === 'Point')
    .map((f) => L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]));
  if (points.length < 2) return 150;
  const sample = points.slice(0, 400);
  const nearest = sample.map((p) => {
    let best = Infinity;
    for (const q of points) {
      if (q !== p) best = Math.min(best, p.distanceTo(q));
    }
    return best;
  }).sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)] / 2;
}
