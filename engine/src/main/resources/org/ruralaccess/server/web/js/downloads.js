// Downloads of the layer on the map: each zone's code, name, residents and the shown value.
import {shownColumn, shownValue} from './values.js';

function csvCell(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function layerCsv(state) {
  const column = shownColumn(state) || 'value';
  const lines = [['zone_code', 'zone_name', 'population', column].join(',')];
  for (const f of state.features) {
    const p = f.properties;
    lines.push([p.zone_code, p.zone_name, p.population, shownValue(state, p)].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

export function layerGeoJson(state) {
  const column = shownColumn(state) || 'value';
  const features = state.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: {
      zone_code: f.properties.zone_code,
      zone_name: f.properties.zone_name,
      population: f.properties.population,
      [column]: shownValue(state, f.properties),
    },
  }));
  return JSON.stringify({type: 'FeatureCollection', features});
}

export function download(text, type, extension, state) {
  const name = `${state.run ? state.run.name : 'zones'}_${shownColumn(state) || 'zones'}.${extension}`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], {type}));
  link.download = name;
  document.body.append(link);
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
    link.remove();
  }, 0);
}
