// Words for the indicators a run's catalogue lists (GET /api/runs/{name}: indicators).
const MEASURES = {
  min_time: 'Minimum travel time to the nearest',
  percent_users: '% of users within N minutes',
  opportunities: 'Opportunities within N minutes',
  gravity: 'Gravity score (opportunities weighted by time)',
  capped_count: 'Destinations within N minutes (capped)',
  count: 'Destinations within N minutes',
};

export const MEASURE_ORDER = Object.keys(MEASURES);

export function measureLabel(measure) {
  return MEASURES[measure] || measure;
}

export function categoryLabel(category) {
  return category.replaceAll('_', ' ');
}

/** "% of users within 30 min of jobs by transit" */
export function indicatorLabel(indicator) {
  const within = indicator.cutoffMinutes == null ? '' : ` within ${indicator.cutoffMinutes} min`;
  const what = {
    min_time: 'Minimum travel time (minutes)',
    percent_users: `% of users${within}`,
    opportunities: `Opportunities${within}`,
    gravity: 'Gravity score',
    capped_count: `Destinations${within} (capped)`,
    count: `Destinations${within}`,
  }[indicator.measure] || indicator.column;
  return `${what}: ${categoryLabel(indicator.category)} by ${indicator.mode}`;
}

export function formatValue(value) {
  if (value === null || value === undefined) return 'no value';
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toLocaleString('en-GB', {maximumFractionDigits: 2});
}
