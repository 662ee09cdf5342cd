// The Entente dashboard. Every piece of article text goes into the page with textContent, never
// as HTML; links are made only of http(s) URLs; chart tooltips render as text (richText).
'use strict';

const PAGE = 50;
const QUAD = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLOURS = ['#7fb3e6', '#2f6fb3', '#f0a35e', '#c0392b'];
const state = { dyad: '', from: '', to: '', q: '', grain: 'month', offset: 0 };
const charts = {};

function $(id) { return document.getElementById(id); }

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function query(extra) {
  const p = new URLSearchParams();
  for (const k of ['dyad', 'from', 'to', 'q']) if (state[k]) p.set(k, state[k]);
  for (const [k, v] of Object.entries(extra || {})) {
    if (v === '' || v === undefined || v === null) p.delete(k); else p.set(k, v);
  }
  return p.toString();
}

async function api(path, extra) {
  const r = await fetch('/api/' + path + '?' + query(extra));
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function fromUrl() {
  const p = new URLSearchParams(location.search);
  for (const k of ['dyad', 'from', 'to', 'q', 'grain']) if (p.get(k)) state[k] = p.get(k);
  for (const k of ['from', 'to', 'q', 'grain']) $(k).value = state[k];
}

function toUrl() {
  const p = new URLSearchParams(query(state.grain !== 'month' ? { grain: state.grain } : {}));
  history.replaceState(null, '', p.toString() ? '/?' + p : '/');
  $('csv').href = '/api/events?' + query({ format: 'csv', limit: 1000 });
  $('json').href = '/api/events?' + query({ format: 'json', limit: 1000 });
}

function status(text) { $('status').textContent = text || ''; }

async function loadDyads() {
  const d = await api('dyads', { dyad: '', limit: 200 });
  const sel = $('dyad');
  for (const x of d.dyads) {
    const o = el('option', x.dyad + ' (' + x.events + ' events, ' + (x.first || '?') + ' to ' + (x.last || '?') + ')');
    o.value = x.dyad;
    sel.appendChild(o);
  }
  if (!state.dyad && d.dyads.length) state.dyad = d.dyads[0].dyad;
  sel.value = state.dyad;
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id));
  return charts[id];
}

async function loadTimeline() {
  const t = await api('timeline', { grain: state.grain, from: '', to: '' });
  const periods = t.periods.map(p => p.period);
  const c = chart('timeline');
  c.setOption({
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { data: QUAD.concat(['mean Goldstein']) },
    grid: { left: 40, right: 40, top: 40, bottom: 30 },
    toolbox: { feature: { brush: { type: ['lineX', 'clear'] }, saveAsImage: {} } },
    brush: { xAxisIndex: 0, brushType: 'lineX', throttleType: 'debounce', throttleDelay: 300 },
    xAxis: { type: 'category', data: periods },
    yAxis: [{ type: 'value', name: 'events' }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
    series: QUAD.map((name, q) => ({ name, type: 'bar', stack: 'q', color: QUAD_COLOURS[q], data: t.periods.map(p => p['quad' + (q + 1)]) }))
      .concat([{ name: 'mean Goldstein', type: 'line', yAxisIndex: 1, color: '#333', data: t.periods.map(p => p.goldstein) }])
  }, true);
  c.off('brushSelected');
  c.on('brushSelected', e => {
    const area = e.batch[0] && e.batch[0].areas[0];
    if (!area) return;
    const [a, b] = area.coordRange;
    const from = periods[Math.max(0, a)], to = periods[Math.min(periods.length - 1, b)];
    if (from === state.from && to === state.to) return;
    state.from = from; state.to = to; state.offset = 0;
    $('from').value = from; $('to').value = to;
    refresh(false);
  });
}

async function loadChanges() {
  const d = await api('changes', { dyad: '', limit: 12 });
  const body = $('changes').tBodies[0];
  body.replaceChildren();
  for (const c of d.changes) {
    const tr = el('tr');
    tr.appendChild(el('td', c.key + ' (' + c.period + ')'));
    tr.appendChild(el('td', c.events));
    tr.appendChild(el('td', pct(c.conflictShare) + ' (was ' + pct(c.baselineConflictShare) + ')'));
    tr.appendChild(el('td', c.goldstein + ' (was ' + c.baselineGoldstein + ')'));
    tr.appendChild(el('td', c.baselineEvents + ' events'));
    body.appendChild(tr);
  }
  if (!d.changes.length) body.appendChild(el('tr')).appendChild(el('td', 'Not enough dated events to compare.', 'muted'));
}

function pct(x) { return Math.round(x * 100) + '%'; }

function colour(g) {
  if (g <= -5) return '#c0392b';
  if (g < 0) return '#f0a35e';
  if (g < 3) return '#7fb3e6';
  return '#2f6fb3';
}

async function loadNetwork() {
  const d = await api('network', { dyad: '', limit: 60 });
  const max = Math.max(1, ...d.nodes.map(n => n.events));
  chart('network').setOption({
    animation: false,
    tooltip: { renderMode: 'richText' },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true, force: { repulsion: 120, edgeLength: 80 },
      label: { show: true, fontSize: 10 },
      edgeSymbol: ['none', 'arrow'],
      data: d.nodes.map(n => ({ name: n.id, value: n.events, symbolSize: 8 + 24 * Math.sqrt(n.events / max) })),
      links: d.edges.map(e => ({ source: e.source, target: e.target, value: e.events,
        lineStyle: { color: colour(e.goldstein), width: 1 + Math.log2(e.events) } }))
    }]
  }, true);
}

function describe(actor) { return actor ? (actor.code + ' (' + actor.text + ')') : '-'; }

async function loadEvents(withMap) {
  const d = await api('events', { limit: PAGE, offset: state.offset });
  $('total').textContent = d.total + ' merged events' + (d.total > PAGE ? ', ' + (state.offset + 1) + '-' + Math.min(d.total, state.offset + PAGE) + ' shown' : '');
  const body = $('events').tBodies[0];
  body.replaceChildren();
  for (const e of d.events) {
    const tr = el('tr', undefined, 'event-row');
    tr.dataset.id = e.id;
    tr.appendChild(el('td', (e.date || 'undated') + (e.dateGrain && e.dateGrain !== 'day' && e.date ? ' (' + e.dateGrain + ')' : '')));
    tr.appendChild(el('td', describe(e.source)));
    tr.appendChild(el('td', e.cameo + ' / ' + (e.plover || '-')));
    tr.appendChild(el('td', describe(e.target)));
    tr.appendChild(el('td', e.location ? e.location.name : ''));
    tr.appendChild(el('td', e.confidence));
    tr.appendChild(el('td', e.sources));
    tr.appendChild(el('td', e.evidence.text, 'sentence'));
    tr.addEventListener('click', () => openEvent(e.id, tr));
    body.appendChild(tr);
  }
  $('prev').disabled = state.offset === 0;
  $('next').disabled = state.offset + PAGE >= d.total;
  if (withMap) loadMap();
}

let worldLoaded = null;

async function loadMap() {
  if (!worldLoaded) worldLoaded = fetch('/world.json').then(r => r.json()).then(g => echarts.registerMap('world', g));
  const [d] = await Promise.all([api('places', { limit: 500 }), worldLoaded]);
  const max = Math.max(1, ...d.places.map(p => p.events));
  const points = d.places.map(p => ({ name: p.name + ' (' + p.events + ' events)', value: [p.lon, p.lat, p.goldstein],
    symbolSize: 6 + 18 * Math.sqrt(p.events / max), itemStyle: { color: colour(p.goldstein) } }));
  chart('map').setOption({
    animation: false,
    tooltip: { renderMode: 'richText', formatter: p => p.name + (p.value ? ': mean Goldstein ' + p.value[2] : '') },
    geo: { map: 'world', roam: true, boundingCoords: [[-170, 78], [190, -58]], itemStyle: { areaColor: '#eef0f3', borderColor: '#b8bec8' }, emphasis: { disabled: true } },
    series: [{ type: 'scatter', coordinateSystem: 'geo', data: points }]
  }, true);
}

/** The evidence sentence with the trigger, source and target marked; all as text nodes. */
function evidence(e) {
  const text = e.evidence.text, base = e.evidence.start;
  const marks = [];
  if (e.trigger) marks.push([e.trigger.start - base, e.trigger.end - base, 'trigger']);
  for (const [side, cls] of [[e.source, 'source'], [e.target, 'target']]) {
    if (!side || !side.text) continue;
    const at = text.indexOf(side.text);
    if (at >= 0) marks.push([at, at + side.text.length, cls]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const p = el('p', undefined, 'evidence');
  let i = 0;
  for (const [a, b, cls] of marks) {
    if (a < i || a < 0 || b > text.length) continue;
    p.appendChild(document.createTextNode(text.slice(i, a)));
    p.appendChild(el('mark', text.slice(a, b), cls));
    i = b;
  }
  p.appendChild(document.createTextNode(text.slice(i)));
  return p;
}

function safeLink(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      const a = el('a', text || url);
      a.href = u.href;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      return a;
    }
  } catch (err) { /* not a URL: shown as text */ }
  return el('span', url || '');
}

async function openEvent(id, row) {
  for (const r of document.querySelectorAll('tr.event-row.open')) r.classList.remove('open');
  row.classList.add('open');
  const r = await fetch('/api/events/' + encodeURIComponent(id));
  const e = await r.json();
  const box = $('detail-body');
  box.replaceChildren();
  box.appendChild(el('p', (e.date || 'undated') + ': ' + describe(e.source) + ' ' + e.cameo + ' (' + (e.plover || '-') + ', Goldstein '
    + e.goldstein + ') ' + describe(e.target) + (e.location ? ' in ' + e.location.name : '') + '; ' + e.mentions + ' reports in '
    + e.sources + ' documents'));
  for (const rep of e.reports) {
    const div = el('div', undefined, 'report');
    const head = el('p', undefined, 'muted');
    head.appendChild(document.createTextNode((rep.published || 'no date') + ' · ' + (rep.outlet || 'unknown outlet') + ' · '
      + (rep.title || rep.doc) + ' · '));
    head.appendChild(safeLink(rep.url, rep.url ? 'open the article' : ''));
    div.appendChild(head);
    div.appendChild(evidence(rep));
    div.appendChild(el('p', 'rule ' + rep.rule + (rep.dateRule ? ', dated by ' + rep.dateRule : ''), 'muted'));
    box.appendChild(div);
  }
  $('detail').hidden = false;
}

async function refresh(all) {
  toUrl();
  status('');
  try {
    if (all) await Promise.all([loadTimeline(), loadChanges()]);
    await Promise.all([loadNetwork(), loadEvents(true)]);
  } catch (err) {
    status(err.message);
  }
}

async function main() {
  fromUrl();
  try {
    await loadDyads();
  } catch (err) {
    status(err.message);
  }
  $('filters').addEventListener('submit', ev => {
    ev.preventDefault();
    for (const k of ['dyad', 'from', 'to', 'q', 'grain']) state[k] = $(k).value.trim();
    state.offset = 0;
    refresh(true);
  });
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(false); });
  $('next').addEventListener('click', () => { state.offset += PAGE; loadEvents(false); });
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
  await refresh(true);
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', main);
