// Colour scales for the choropleth: sequential classes by quantile for a run's indicator, diverging
// classes symmetric around zero for a comparison's change. "No value" (unreachable) is grey.
export const NO_VALUE = '#bdbdbd';

// ColorBrewer YlGnBu (7) and RdBu (7), colour-blind safe
const SEQUENTIAL = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];
const DIVERGING = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'];

function numbers(values) {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v));
}

function rounded(value) {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}

/**
 * Up to seven classes holding about as many zones each. Dark is better access: for travel times
 * (lowerIsBetter) the palette is reversed.
 */
export function sequential(values, lowerIsBetter) {
  const sorted = numbers(values).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const classes = Math.min(SEQUENTIAL.length, distinct.length);
  const upper = [];
  for (let k = 1; k <= classes; k++) {
    const bound = sorted[Math.min(sorted.length - 1, Math.ceil((k * sorted.length) / classes) - 1)];
    if (upper.length === 0 || bound > upper[upper.length - 1]) upper.push(bound);
  }
  const palette = pick(SEQUENTIAL, upper.length, lowerIsBetter);
  const colour = (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return NO_VALUE;
    const k = upper.findIndex((bound) => v <= bound);
    return palette[k < 0 ? upper.length - 1 : k];
  };
  const legend = upper.map((bound, k) => ({
    colour: palette[k],
    label: range(k === 0 ? sorted[0] : upper[k - 1], bound, k === 0),
  }));
  return {colour, legend};
}

/**
 * Seven classes: no change, and three of gains and three of losses by thirds of the largest change.
 * Blue is a gain in access; for travel times (lowerIsBetter) a negative change is the gain.
 */
export function diverging(values, lowerIsBetter) {
  const third = Math.max(0, ...numbers(values).map(Math.abs)) / 3 || 1;
  const sign = lowerIsBetter ? -1 : 1;
  const classOf = (v) => {
    if (v === 0) return 3;
    const size = Math.min(3, Math.ceil(Math.abs(v) / third));
    return sign * v > 0 ? 3 + size : 3 - size;
  };
  const colour = (v) => (typeof v !== 'number' || !Number.isFinite(v) ? NO_VALUE : DIVERGING[classOf(v)]);
  const legend = [];
  for (let k = 6; k >= 0; k--) {
    const size = Math.abs(k - 3);
    const direction = k > 3 ? 'gain' : 'loss';
    const low = rounded((size - 1) * third);
    const high = rounded(size * third);
    const signed = (x) => (sign * (k > 3 ? 1 : -1) * x);
    legend.push({
      colour: DIVERGING[k],
      label: k === 3 ? 'no change' : `${direction}: ${signed(low)} to ${signed(high)}`,
    });
  }
  return {colour, legend};
}

function range(low, high, inclusive) {
  if (low === high) return `${rounded(high)}`;
  return inclusive ? `${rounded(low)} to ${rounded(high)}` : `over ${rounded(low)} to ${rounded(high)}`;
}

function pick(palette, count, reversed) {
  const chosen = [];
  for (let k = 0; k < count; k++) {
    chosen.push(palette[count === 1 ? palette.length - 1 : Math.round((k * (palette.length - 1)) / (count - 1))]);
  }
  return reversed ? chosen.reverse() : chosen;
}
