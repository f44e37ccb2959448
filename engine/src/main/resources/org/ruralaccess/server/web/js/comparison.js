// A comparison's tables: the zones gaining and losing most on the shown indicator, and the
// residents gaining and losing access within the chosen cutoff by IMD decile (access_changes).
import {formatValue, categoryLabel} from './labels.js';

const $ = (id) => document.getElementById(id);
const ROWS = 10;

export function clearComparison() {
  $('comparison-section').hidden = true;
  for (const id of ['gainers', 'losers', 'deciles']) $(id).querySelector('tbody').innerHTML = '';
}

export function showComparison(state, indicator, lowerIsBetter, onZone) {
  $('comparison-section').hidden = false;
  const sign = lowerIsBetter ? -1 : 1;
  const changed = state.features
    .map((f) => ({p: f.properties, change: f.properties[`${indicator.column}_change`]}))
    .filter((z) => typeof z.change === 'number' && z.change !== 0);
  const gains = changed.filter((z) => sign * z.change > 0).sort((a, b) => sign * (b.change - a.change));
  const losses = changed.filter((z) => sign * z.change < 0).sort((a, b) => sign * (a.change - b.change));
  zoneRows('gainers', gains.slice(0, ROWS), indicator, onZone);
  zoneRows('losers', losses.slice(0, ROWS), indicator, onZone);
  deciles(state, indicator);
}

function zoneRows(id, zones, indicator, onZone) {
  const body = $(id).querySelector('tbody');
  body.innerHTML = '';
  if (zones.length === 0) {
    body.innerHTML = '<tr><td colspan="4">none</td></tr>';
    return;
  }
  for (const z of zones) {
    const tr = document.createElement('tr');
    tr.dataset.zone = z.p.zone_code;
    const cells = [z.p.zone_name || z.p.zone_code,
      formatValue(z.p[`${indicator.column}_base`] ?? null),
      formatValue(z.p[`${indicator.column}_scenario`] ?? null),
      formatValue(z.change)];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    tr.addEventListener('click', () => onZone(z.p.zone_code));
    body.append(tr);
  }
}

function deciles(state, indicator) {
  const cutoffs = [...new Set(state.accessChanges.map((r) => r.cutoff_minutes))];
  const cutoff = indicator.cutoffMinutes != null && cutoffs.includes(indicator.cutoffMinutes)
    ? indicator.cutoffMinutes
    : cutoffs[cutoffs.length - 1];
  $('deciles-title').textContent =
    `Residents gaining and losing ${categoryLabel(indicator.category)} within ${cutoff} min by transit, by IMD decile`;
  const rows = state.accessChanges.filter((r) => r.category === indicator.category && r.cutoff_minutes === cutoff &&
    (r.group_type === 'all' || r.group_type === 'imd_decile'));
  const body = $('deciles').querySelector('tbody');
  body.innerHTML = '';
  for (const r of rows) {
    const tr = document.createElement('tr');
    const cells = [r.group_type === 'all' ? 'all zones' : r.group, r.residents_gaining, r.residents_losing,
      r.zones_gaining, r.zones_losing].map((v) => formatValue(v));
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
}
