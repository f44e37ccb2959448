// The value a zone shows: the chosen indicator's column, or for a comparison its baseline,
// scenario or change column (state.view).
export function shownColumn(state) {
  const indicator = state.indicator;
  if (!indicator) return null;
  return state.run.kind === 'comparison' ? `${indicator.column}_${state.view}` : indicator.column;
}

export function shownValue(state, properties) {
  const column = shownColumn(state);
  if (!column) return null;
  const value = properties[column];
  return value === undefined ? null : value;
}
