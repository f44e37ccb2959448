// The run launcher: starts an accessibility run or a scenario comparison with POST /api/runs and
// follows it (GET /api/runs/{name} every second): status, stage and a progress bar per run, the
// server's refusal (naming the field) when it is refused, and a button to show it once done.
import {getJson, postJson} from './api.js';

const $ = (id) => document.getElementById(id);
const POLL_MS = 1000;

export class RunLauncher {
  /** onDone(name) when a run this page started has finished (to list and show it). */
  constructor(onDone) {
    this.onDone = onDone;
    this.followed = new Map();
    $('launch-kind').addEventListener('change', () => this.showScenario());
    $('launch').addEventListener('click', () => this.launch());
    $('launch-date').addEventListener('input', () => { this.dateEdited = true; });
    this.showScenario();
  }

  /** The date of the shown run, or the first with service, until the user picks one. */
  setUp(network, runParameters) {
    if (this.dateEdited) return;
    const p = runParameters || {};
    $('launch-date').value = p.date || network.serviceCalendar.datesWithService[0] || '';
  }

  showScenario() {
    $('launch-scenario-field').hidden = $('launch-kind').value !== 'comparison';
  }

  body() {
    const body = {
      kind: $('launch-kind').value,
      date: $('launch-date').value,
      from: $('launch-from').value,
      to: $('launch-to').value,
      stepMinutes: Number($('launch-step').value),
      modes: [...document.querySelectorAll('input[name=launch-mode]:checked')].map((i) => i.value),
    };
    if (body.kind === 'comparison') body.scenario = $('launch-scenario').value;
    return body;
  }

  async launch() {
    $('launch-error').textContent = '';
    try {
      const run = await postJson('/api/runs', this.body());
      this.follow(run);
    } catch (error) {
      $('launch-error').textContent = error.message;
    }
  }

  follow(run) {
    const row = document.createElement('li');
    row.dataset.run = run.name;
    row.innerHTML = '<span class="run-name"></span> <span class="run-status"></span>' +
      '<progress max="1" value="0"></progress><span class="run-stage note"></span>';
    row.querySelector('.run-name').textContent = run.name;
    $('launched').prepend(row);
    this.followed.set(run.name, row);
    this.update(run);
  }

  update(run) {
    const row = this.followed.get(run.name);
    row.querySelector('.run-status').textContent = run.status;
    row.dataset.status = run.status;
    const progress = run.progress || {stage: '', workDone: 0, workTotal: 0};
    const bar = row.querySelector('progress');
    bar.max = Math.max(1, progress.workTotal);
    bar.value = run.status === 'done' ? bar.max : progress.workDone;
    const stage = run.status === 'failed' || run.status === 'cancelled' ? (run.error || run.status) : progress.stage;
    row.querySelector('.run-stage').textContent = stage || '';
    if (run.status === 'done') {
      bar.value = bar.max;
      const show = document.createElement('button');
      show.type = 'button';
      show.textContent = 'show';
      show.addEventListener('click', () => this.onDone(run.name, true));
      row.append(show);
      this.onDone(run.name, false);
    } else if (run.status === 'queued' || run.status === 'running') {
      setTimeout(() => this.poll(run.name), POLL_MS);
    }
  }

  async poll(name) {
    try {
      this.update(await getJson(`/api/runs/${encodeURIComponent(name)}`));
    } catch (error) {
      this.followed.get(name).querySelector('.run-stage').textContent = error.message;
    }
  }
}
