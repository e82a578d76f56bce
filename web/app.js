/*
 * app.js - the khaldun dashboard: pick or search a dyad, see its course (uPlot: cooperation and
 * conflict events per period, the mean Goldstein score, alert bands), the alert list (newest
 * first; a click opens the alert's dyad and window), a map of where the dyad's events happened
 * (world-atlas outline, one circle a place, sized by events, coloured by the commonest quad
 * class; a click lists that place's events) and the events, each sentence with the source,
 * target and verb words marked and the dictionary evidence on demand.
 * All data comes from khaldun serve's /api/ (docs/serve.md); text is only ever inserted with
 * textContent, never as HTML. State lives in the URL hash (#dyad=AFG-PAK&by=week&from=&to=).
 */
'use strict';

const $ = (sel) => document.querySelector(sel);
const state = { dyad: null, by: 'week', both: true, from: '', to: '', alerts: [], plot: null,
                place: null, world: undefined, busy: 0 };

/* body[data-ready] is "yes" only when no load is in flight: a view opened inside another load
   (start opens the first dyad, then the summary) leaves it "no" until the outer one ends.
   Tests and screenshots wait on it. */
async function busy(work) {
  state.busy++;
  document.body.dataset.ready = 'no';
  try {
    return await work();
  } finally {
    if (--state.busy === 0) document.body.dataset.ready = 'yes';
  }
}

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v != null) q.set(k, v);
  const res = await fetch('api/' + path + (q.toString() ? '?' + q : ''));
  const body = await res.json().catch(() => ({ error: 'not JSON (HTTP ' + res.status + ')' }));
  if (!res.ok) throw Object.assign(new Error(body.error || res.statusText), { status: res.status });
  return body;
}

/* ------------------------------------------------------------------ dyad parsing and URL */

function parseDyad(text) {
  const m = /^\s*([A-Za-z0-9]{1,32})\s*[-,> ]\s*([A-Za-z0-9]{1,32})\s*$/.exec(text || '');
  return m ? { source: m[1].toUpperCase(), target: m[2].toUpperCase() } : null;
}

function dyadName(d) { return d.source + '–' + d.target; }

function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  state.dyad = parseDyad(h.get('dyad'));
  state.by = ['day', 'week', 'month'].includes(h.get('by')) ? h.get('by') : state.by;
  state.both = h.get('both') !== '0';
  state.from = h.get('from') || '';
  state.to = h.get('to') || '';
}

function writeHash() {
  const h = new URLSearchParams();
  if (state.dyad) h.set('dyad', state.dyad.source + '-' + state.dyad.target);
  h.set('by', state.by);
  if (!state.both) h.set('both', '0');
  if (state.from) h.set('from', state.from);
  if (state.to) h.set('to', state.to);
  history.replaceState(null, '', '#' + h);
}

/* ------------------------------------------------------------------ summary and dyad list */

async function loadSummary() {
  try {
    const s = await api('summary');
    $('#summary').textContent = `${s.events.toLocaleString('en')} events from ${s.stories.toLocaleString('en')} stories` +
      (s.first ? `, ${s.first} to ${s.last}` : '');
  } catch (e) {
    $('#summary').textContent = 'store unavailable: ' + e.message;
  }
}

async function loadDyads(q) {
  const list = $('#dyad-list');
  let rows = [];
  try {
    rows = (await api('dyads', { q: (q || '').trim(), limit: 12 })).dyads;
  } catch (e) {
    list.replaceChildren(el('li', { class: 'note', text: e.message }));
    return [];
  }
  list.replaceChildren(...rows.map((d) => el('li', {},
    el('button', { type: 'button', class: 'dyad', 'data-dyad': d.source + '-' + d.target,
                   onclick: () => openDyad(d, '', '') },
       el('b', { text: dyadName(d) }), ` ${d.events} events`))));
  if (!rows.length) list.replaceChildren(el('li', { class: 'note', text: 'no dyads match' }));
  return rows;
}

/* ------------------------------------------------------------------ chart */

function periodTime(p) {   // "2025-03-14" or "2025-03" -> unix seconds (UTC)
  const [y, m, d] = p.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 1000;
}

function sameDyad(a, d) {
  return (a.source === d.source && a.target === d.target) ||
         (a.source === d.target && a.target === d.source);
}

function alertBands(u) {   // uPlot draw hook: the selected dyad's alerts as red bands
  const ctx = u.ctx;
  const xs = u.data[0];
  if (!xs.length || !state.dyad) return;
  const last = xs[xs.length - 1] + 86400;
  ctx.save();
  ctx.fillStyle = 'rgba(200, 30, 30, 0.16)';
  for (const a of state.alerts.filter((a) => sameDyad(a, countryDyad(state.dyad)))) {
    const x0 = u.valToPos(periodTime(a.start), 'x', true);
    const x1 = u.valToPos(a.end ? periodTime(a.end) + 86400 : last, 'x', true);
    ctx.fillRect(x0, u.bbox.top, Math.max(x1 - x0, 2), u.bbox.height);
  }
  ctx.restore();
}

function countryDyad(d) { return { source: d.source.slice(0, 3), target: d.target.slice(0, 3) }; }

function drawChart(rows) {
  const box = $('#chart');
  if (state.plot) { state.plot.destroy(); state.plot = null; }
  box.replaceChildren();
  box.dataset.rows = rows.length;
  box.dataset.conflict = rows.reduce((n, r) => n + r.conflict, 0);
  box.dataset.cooperation = rows.reduce((n, r) => n + r.cooperation, 0);
  if (typeof uPlot === 'undefined') {
    $('#chart-note').textContent = 'chart library missing (run `npm ci && make`)';
    return;
  }
  const data = [
    rows.map((r) => periodTime(r.period)),
    rows.map((r) => r.cooperation),
    rows.map((r) => r.conflict),
    rows.map((r) => r.goldstein_mean),
  ];
  const opts = {
    width: Math.max(box.clientWidth, 320), height: 300,
    scales: { x: { time: true }, g: { range: [-10, 10] } },
    series: [
      {},
      { label: 'cooperation', stroke: '#2b7bb9', fill: 'rgba(43,123,185,0.12)', width: 2 },
      { label: 'conflict', stroke: '#c0392b', fill: 'rgba(192,57,43,0.12)', width: 2 },
      { label: 'Goldstein (mean)', stroke: '#555', dash: [6, 4], scale: 'g', width: 1.5, spanGaps: true },
    ],
    axes: [{}, { label: 'events' }, { side: 1, scale: 'g', label: 'Goldstein', grid: { show: false } }],
    hooks: { drawClear: [alertBands] },
  };
  state.plot = new uPlot(opts, data, box);
}

async function loadTrend() {
  const d = state.dyad;
  $('#chart-note').textContent = '';
  try {
    const t = await api('trend', { source: d.source, target: d.target, both: state.both ? 1 : 0, by: state.by });
    drawChart(t.rows);
    const n = t.rows.reduce((s, r) => s + r.events, 0);
    state.courseTotal = n;
    $('#chart-note').textContent = `${n} events over ${t.rows.length} ${state.by}s; red bands: alerts`;
  } catch (e) {
    state.courseTotal = null;
    drawChart([]);
    $('#chart-note').textContent = 'no course: ' + e.message;
  }
}

/* ------------------------------------------------------------------ alerts */

function alertText(a) {
  return `${a.start} → ${a.end || 'open'} · score ${a.score.toFixed(1)} · ` +
         `${a.observed.toFixed(1)} observed vs ${a.baseline.toFixed(1)} expected`;
}

async function loadAlerts() {
  const list = $('#alerts');
  try {
    state.alerts = (await api('alerts', { evidence: 0 })).alerts;
    $('#alert-note').textContent = state.alerts.length ? '' : 'no escalation alerts in the store';
  } catch (e) {
    state.alerts = [];
    $('#alert-note').textContent = 'alerts unavailable: ' + e.message;
  }
  state.alerts.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : b.score - a.score));
  list.replaceChildren(...state.alerts.map((a) => el('li', {},
    el('button', { type: 'button', class: 'alert', 'data-dyad': a.source + '-' + a.target,
                   onclick: () => openDyad(a, a.start, a.end || '') },
       el('b', { text: dyadName(a) }), ' ', el('span', { text: alertText(a) })))));
  if (state.plot) state.plot.redraw(false);
}

/* ------------------------------------------------------------------ map */

const SVG = 'http://www.w3.org/2000/svg';
const MAP_W = 960, MAP_H = 480;

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

/* Equirectangular: longitude and latitude straight to x and y. */
function project(lon, lat) { return [(lon + 180) * MAP_W / 360, (90 - lat) * MAP_H / 180]; }

/* A GeoJSON (multi)polygon as SVG path data; a ring that crosses the antimeridian is cut
   there instead of drawn across the whole map. */
function pathData(geom) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
  let d = '';
  for (const poly of polys) for (const ring of poly) {
    let prev = null;
    for (const [lon, lat] of ring) {
      const [x, y] = project(lon, lat);
      d += (prev == null || Math.abs(lon - prev) > 180 ? 'M' : 'L') + x.toFixed(1) + ',' + y.toFixed(1);
      prev = lon;
    }
    d += 'Z';
  }
  return d;
}

/* The world outline, once: vendor/countries-110m.json decoded by topojson-client. */
async function loadWorld() {
  if (state.world !== undefined) return state.world;
  state.world = null;
  try {
    if (typeof topojson === 'undefined') throw new Error('topojson-client missing');
    const res = await fetch('vendor/countries-110m.json');
    if (!res.ok) throw new Error('HTTP ' + res.status);
    const topo = await res.json();
    state.world = topojson.feature(topo, topo.objects.countries).features;
  } catch (e) {
    $('#map-note').textContent = 'no world outline (run `npm ci && make`): ' + e.message;
  }
  return state.world;
}

/* The quad class most of a place's events have (conflict wins ties): 1-4, 0 when none. */
function mainQuad(p) {
  let best = 0;
  for (let q = 1; q <= 4; q++) if (p.quads[q] > 0 && p.quads[q] >= (best ? p.quads[best] : 0)) best = q;
  return best;
}

function placeName(p) {
  return [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country].filter(Boolean).join(', ');
}

/* Zooms the map to its places (at least 60 x 30 degrees, the whole world when none); returns
   the scale of the view (1: the whole world), by which circles shrink to keep their size. */
function frame(map, places) {
  let box = [0, 0, MAP_W, MAP_H];
  if (places.length) {
    const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
    const [x0, y0] = project(Math.min(...lons), Math.max(...lats));
    const [x1, y1] = project(Math.max(...lons), Math.min(...lats));
    let w = Math.max(x1 - x0 + 60, 160), h = Math.max(y1 - y0 + 60, 80);
    w = Math.min(Math.max(w, 2 * h), MAP_W);
    h = w / 2;
    const cx = Math.min(Math.max((x0 + x1) / 2, w / 2), MAP_W - w / 2);
    const cy = Math.min(Math.max((y0 + y1) / 2, h / 2), MAP_H - h / 2);
    box = [cx - w / 2, cy - h / 2, w, h];
  }
  map.setAttribute('viewBox', box.map((v) => v.toFixed(1)).join(' '));
  return box[2] / MAP_W;
}

async function loadMap() {
  const map = $('#map');
  const d = state.dyad;
  const world = await loadWorld();
  map.replaceChildren();
  map.dataset.places = 0;
  const land = svg('g', { class: 'world' });
  for (const f of world || []) land.append(svg('path', { class: 'land', d: pathData(f.geometry) }));
  map.append(land);
  let places = [];
  try {
    places = (await api('places', { source: d.source, target: d.target, both: state.both ? 1 : 0,
                                    from: state.from, to: state.to, limit: 1000 })).places;
  } catch (e) {
    $('#map-note').textContent = 'places unavailable: ' + e.message;
    return;
  }
  const k = frame(map, places);
  const dots = svg('g', { class: 'places' });
  const max = places.reduce((m, p) => Math.max(m, p.events), 1);
  for (const p of places) {   // most events first: small circles end up on top
    const [x, y] = project(p.lon, p.lat);
    const c = svg('circle', { class: 'place q' + mainQuad(p), cx: x.toFixed(1), cy: y.toFixed(1),
                              r: (k * (3 + 17 * Math.sqrt(p.events / max))).toFixed(2),
                              'data-name': p.name, 'data-events': p.events });
    const t = svg('title');
    t.textContent = `${placeName(p)}: ${p.events} event${p.events === 1 ? '' : 's'}`;
    c.append(t);
    c.addEventListener('click', () => choosePlace(p, c));
    dots.append(c);
  }
  map.append(dots);
  map.dataset.places = places.length;
  const n = places.reduce((s, p) => s + p.events, 0);
  if (world || !places.length)
    $('#map-note').textContent = places.length ? `${n} placed events at ${places.length} places` : 'no placed events';
}

function choosePlace(p, circle) {
  return busy(async () => {
    state.place = p;
    for (const c of document.querySelectorAll('#map circle.chosen')) c.classList.remove('chosen');
    if (circle) circle.classList.add('chosen');
    await loadEvents();
  });
}

/* ------------------------------------------------------------------ events */

function phraseRegex(phrase) {
  const words = phrase.split(/\s+/).filter(Boolean).map((w) =>
    w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’ʼ]/g, "['’ʼ]"));
  return words.length ? new RegExp('(?<![\\w])' + words.join('[\\s\\W]+') + '(?![\\w])', 'i') : null;
}

/* The [start, end) ranges of a phrase in the sentence: the whole phrase, else its words. */
function findPhrase(text, phrase) {
  if (!phrase) return [];
  const re = phraseRegex(phrase);
  const m = re && re.exec(text);
  if (m) return [[m.index, m.index + m[0].length]];
  const out = [];
  for (const w of phrase.split(/\W+/).filter((w) => w.length > 2)) {
    const r = phraseRegex(w);
    const mw = r && r.exec(text);
    if (mw) out.push([mw.index, mw.index + mw[0].length]);
  }
  return out;
}

function markedSentence(ev) {
  const text = ev.sentence_text || '';
  const p = el('p', { class: 'sentence' });
  if (!text) { p.append(el('i', { text: '(imported event: no sentence)' })); return p; }
  let spans = [];
  for (const [cls, phrase] of [['src', ev.source_text], ['tgt', ev.target_text], ['verb', ev.verb_text]])
    for (const [s, e] of findPhrase(text, phrase)) spans.push({ s, e, cls });
  spans.sort((a, b) => a.s - b.s || b.e - a.e);
  let at = 0;
  for (const sp of spans) {
    if (sp.s < at) continue;   // overlaps an earlier mark
    p.append(text.slice(at, sp.s), el('mark', { class: sp.cls, title: sp.cls, text: text.slice(sp.s, sp.e) }));
    at = sp.e;
  }
  p.append(text.slice(at));
  return p;
}

function evidence(ev) {
  const dl = el('dl');
  const add = (term, where, entry) => {
    if (!where && !entry) return;
    dl.append(el('dt', { text: term }),
      el('dd', {}, where ? el('code', { text: where }) : null, entry ? ' ' + entry : null));
  };
  add('pattern', ev.evidence.pattern, ev.entries.pattern);
  add('verb', ev.evidence.verb_entry, ev.entries.verb);
  add('source', ev.evidence.source_entry, ev.entries.source);
  add('target', ev.evidence.target_entry, ev.entries.target);
  add('story', (ev.stories || []).join(', ') || ev.story, ev.mentions > 1 ? `(${ev.mentions} reports)` : '');
  for (const u of ev.urls || []) if (u && /^https?:\/\//.test(u))
    dl.append(el('dt', { text: 'url' }), el('dd', {}, el('a', { href: u, rel: 'noreferrer', text: u })));
  return el('details', { class: 'evidence' }, el('summary', { text: 'evidence' }), dl);
}

function eventRow(ev) {
  const quadCls = ev.quad >= 3 ? 'conflict' : ev.quad >= 1 ? 'coop' : '';
  return el('tr', { class: quadCls, 'data-id': ev.id },
    el('td', { text: ev.date }),
    el('td', { text: `${ev.source} → ${ev.target}` }),
    el('td', { text: `${ev.code}${ev.plover ? ' ' + ev.plover : ''}` }),
    el('td', { class: 'num', text: ev.goldstein == null ? '' : ev.goldstein.toFixed(1) }),
    el('td', { class: 'place', text: ev.location ? placeName(ev.location) : '' }),
    el('td', {}, markedSentence(ev), evidence(ev)));
}

async function loadEvents() {
  const d = state.dyad;
  const params = { source: d.source, target: d.target, both: state.both ? 1 : 0,
                   from: state.from, to: state.to, limit: 50, order: 'newest',
                   total: state.from || state.place ? 1 : 0 };   // a window is cheap to count; the course counts the rest
  // a chosen place: its events (the point itself; 1 km takes in rounding)
  if (state.place) params.near = `${state.place.lat},${state.place.lon},1`;
  $('#place-clear').hidden = !state.place;
  const body = $('#events tbody');
  try {
    const r = await api('events', params);
    body.replaceChildren(...r.events.map(eventRow));
    $('#event-count').textContent = state.place
      ? `${r.events.length} of ${r.total} at ${placeName(state.place)}, newest first`
      : r.total == null
      ? `newest ${r.events.length}` + (state.courseTotal != null ? ` of ${state.courseTotal}` : '')
      : `${r.events.length} of ${r.total}, newest first · ${state.from} to ${state.to || 'now'}`;
  } catch (e) {
    body.replaceChildren();
    $('#event-count').textContent = e.message;
  }
}

/* ------------------------------------------------------------------ wiring */

function openDyad(d, from, to) {
  return busy(async () => {
    state.dyad = { source: d.source, target: d.target };
    state.from = from || '';
    state.to = to || '';
    writeHash();
    $('#dyad-q').value = state.dyad.source + '-' + state.dyad.target;
    $('#dyad-title').textContent = dyadName(state.dyad) + (state.both ? ' (both directions)' : '');
    document.body.dataset.dyad = state.dyad.source + '-' + state.dyad.target;
    state.place = null;
    await loadTrend();   // its sum labels the event table
    await loadMap();
    await loadEvents();
  });
}

async function start() {
  readHash();
  $('#by').value = state.by;
  $('#both').checked = state.both;
  let timer = 0;
  $('#dyad-q').addEventListener('input', (e) => {
    clearTimeout(timer);
    timer = setTimeout(() => loadDyads(e.target.value.split(/[-, >]/)[0]), 200);
  });
  $('#dyad-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = $('#dyad-q').value;
    const d = parseDyad(v);
    if (d) return openDyad(d, '', '');
    const rows = await loadDyads(v);
    if (rows.length) openDyad(rows[0], '', '');
  });
  $('#place-clear').addEventListener('click', () => {
    for (const c of document.querySelectorAll('#map circle.chosen')) c.classList.remove('chosen');
    state.place = null;
    loadEvents();
  });
  $('#by').addEventListener('change', (e) => { state.by = e.target.value; if (state.dyad) openDyad(state.dyad, state.from, state.to); });
  $('#both').addEventListener('change', (e) => { state.both = e.target.checked; if (state.dyad) openDyad(state.dyad, state.from, state.to); });
  window.addEventListener('hashchange', () => {
    readHash();
    $('#by').value = state.by;
    $('#both').checked = state.both;
    if (state.dyad) openDyad(state.dyad, state.from, state.to);
  });
  // one request at a time is served: the view first, the store's totals last
  await busy(async () => {
    const [dyads] = await Promise.all([loadDyads(''), loadAlerts()]);
    const first = state.dyad || state.alerts[0] || dyads[0];
    if (first) await openDyad(first, state.from, state.to);
    await loadSummary();
  });
}

start();
