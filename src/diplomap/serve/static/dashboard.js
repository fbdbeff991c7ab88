/* diplomap dashboard: draws the charts from the API's JSON. No data is ever inserted as HTML:
   labels given to plotly are escaped, text given to the page goes through textContent. */
(function () {
  'use strict';

  var COOP = '#1a7f4b', CONFL = '#c0392b';
  var PALETTE = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#9333ea', '#ea580c', '#475569'];
  var data = {};
  try { data = JSON.parse(document.getElementById('page-data').textContent || '{}'); } catch (e) { data = {}; }

  function esc(value) {
    return String(value === null || value === undefined ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }
  function signed(x) { return (x > 0 ? '+' : '') + Number(x).toFixed(2); }
  function getJSON(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(r.status + ' ' + url); }
      return r.json();
    });
  }
  function say(el, text) { if (el) { el.textContent = text; } }
  function fail(el) { return function (err) { say(el, 'Could not load the chart: ' + err.message); }; }
  function plotReady() { return typeof window.Plotly !== 'undefined'; }
  var CONFIG = { displaylogo: false, responsive: true };

  function autoSubmit() {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (s) {
      s.addEventListener('change', function () { s.form.submit(); });
    });
  }

  function pairHref(a, b, period) {
    return '/pair/' + encodeURIComponent(a) + '/' + encodeURIComponent(b) + (period ? '?period=' + encodeURIComponent(period) : '');
  }

  // --- overview: relation matrix of one year, upload form ----------------------------------------
  function overview() {
    upload();
    var el = document.getElementById('matrix');
    if (!el || !data.period || !plotReady()) { return; }
    getJSON('/api/relations?period=year&at=' + encodeURIComponent(data.period)).then(function (res) {
      var rows = res.relations;
      var volume = {};
      rows.forEach(function (r) {
        volume[r.actor] = (volume[r.actor] || 0) + r.events;
        volume[r.recipient] = (volume[r.recipient] || 0) + r.events;
      });
      var actors = Object.keys(volume).sort(function (x, y) { return volume[y] - volume[x] || (x < y ? -1 : 1); }).slice(0, 24).sort();
      var at = {};
      actors.forEach(function (a, i) { at[a] = i; });
      var z = actors.map(function () { return actors.map(function () { return null; }); });
      var text = actors.map(function () { return actors.map(function () { return ''; }); });
      rows.forEach(function (r) {
        if (!(r.actor in at) || !(r.recipient in at)) { return; }
        var w = r.index * r.confidence;
        var label = esc(r.actor) + ' – ' + esc(r.recipient) + '<br>weight ' + signed(w) + ' (index ' + signed(r.index) +
          ', confidence ' + r.confidence.toFixed(2) + ')<br>' + r.events + ' events, ' + r.independent_sources + ' sources';
        var i = at[r.actor], j = at[r.recipient];
        z[i][j] = z[j][i] = w;
        text[i][j] = text[j][i] = label;
      });
      var labels = actors.map(esc);
      el.textContent = '';
      el.style.height = Math.max(320, Math.min(760, 130 + 34 * actors.length)) + 'px';
      window.Plotly.newPlot(el, [{
        type: 'heatmap', z: z, x: labels, y: labels, text: text, hoverinfo: 'text', zmin: -1, zmax: 1, xgap: 1, ygap: 1,
        colorscale: [[0, CONFL], [0.5, '#f7f7f7'], [1, COOP]], colorbar: { title: { text: 'index × confidence' } }
      }], {
        margin: { l: 60, r: 20, t: 20, b: 60 }, plot_bgcolor: '#fbfbfb',
        yaxis: { autorange: 'reversed', type: 'category', showgrid: false, zeroline: false },
        xaxis: { type: 'category', showgrid: false, zeroline: false, tickangle: -45 }
      }, CONFIG).then(function () {
        el.on('plotly_click', function (ev) {
          var p = ev.points && ev.points[0];
          if (p && p.z !== null && p.z !== undefined && p.x !== p.y) {
            window.location.href = pairHref(actors[p.pointNumber[1]], actors[p.pointNumber[0]], 'year');
          }
        });
      });
      if (!actors.length) { say(el, 'No relations in ' + data.period + '.'); }
    }).catch(fail(el));
  }

  function upload() {
    var form = document.getElementById('upload');
    var status = document.getElementById('upload-status');
    if (!form) { return; }
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var body = new FormData(form);
      say(status, 'Uploading…');
      fetch('/api/ingest', { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error(j.detail || r.status); } return j; }); })
        .then(function (job) { poll(job.id, status); })
        .catch(function (err) { say(status, 'Upload refused: ' + err.message); });
    });
  }

  function poll(id, status) {
    getJSON('/api/jobs/' + encodeURIComponent(id)).then(function (job) {
      if (job.status === 'done') {
        var s = job.summary || {};
        say(status, 'Done: ' + (s.stored || 0) + ' new documents stored, ' + (s.already_known || 0) + ' already known, ' +
          (s.rejected || 0) + ' rejected. Reload the page to see them.');
      } else if (job.status === 'failed') {
        say(status, 'Failed: ' + job.error);
      } else {
        say(status, 'Job ' + job.status + '…');
        window.setTimeout(function () { poll(id, status); }, 1000);
      }
    }).catch(function (err) { say(status, err.message); });
  }

  // --- pair: trajectory ---------------------------------------------------------------------------
  function pair() {
    var el = document.getElementById('trajectory');
    if (!el || !plotReady()) { return; }
    var q = '/api/relations?period=' + encodeURIComponent(data.period) + '&pair=' + encodeURIComponent(data.a + ',' + data.b);
    Promise.all([getJSON(q), getJSON(q + '&directed=true')]).then(function (res) {
      var mine = function (r) { return (r.actor === data.a && r.recipient === data.b) || (r.actor === data.b && r.recipient === data.a); };
      var plain = res[0].relations.filter(mine);
      var directed = res[1].relations.filter(mine);
      if (!plain.length) { say(el, 'No counted events between ' + data.a + ' and ' + data.b + '.'); return; }
      var periods = plain.map(function (r) { return r.period; });
      var most = Math.max.apply(null, plain.map(function (r) { return r.events; }).concat([1]));
      var traces = [{
        type: 'bar', name: 'events', x: periods, y: plain.map(function (r) { return r.events; }), yaxis: 'y2',
        marker: { color: 'rgba(100,116,139,0.25)' }, hoverinfo: 'x+y+name'
      }, {
        type: 'scatter', mode: 'lines+markers', name: esc(data.a + ' – ' + data.b), x: periods,
        y: plain.map(function (r) { return r.index; }), line: { color: '#1f2937', width: 3 },
        marker: { size: plain.map(function (r) { return 6 + 14 * r.confidence; }), color: plain.map(function (r) { return r.index >= 0 ? COOP : CONFL; }) },
        hovertext: plain.map(function (r) { return 'index ' + signed(r.index) + ', confidence ' + r.confidence.toFixed(2) + '<br>' + r.events + ' events'; }),
        hoverinfo: 'x+text'
      }];
      [[data.a, data.b, '#2563eb'], [data.b, data.a, '#d97706']].forEach(function (d) {
        var rows = directed.filter(function (r) { return r.actor === d[0] && r.recipient === d[1]; });
        if (rows.length) {
          traces.push({ type: 'scatter', mode: 'lines+markers', name: esc(d[0] + ' → ' + d[1]), x: rows.map(function (r) { return r.period; }),
            y: rows.map(function (r) { return r.index; }), line: { dash: 'dot', color: d[2] }, marker: { size: 6 } });
        }
      });
      el.textContent = '';
      window.Plotly.newPlot(el, traces, {
        margin: { l: 50, r: 50, t: 20, b: 40 }, xaxis: { type: 'category', categoryorder: 'category ascending' },
        yaxis: { range: [-1.1, 1.1], title: { text: 'index' }, zeroline: true },
        yaxis2: { overlaying: 'y', side: 'right', title: { text: 'events' }, showgrid: false, range: [0, 1.15 * most],
          dtick: Math.max(1, Math.ceil(most / 5)) },
        legend: { orientation: 'h', y: -0.15 }
      }, CONFIG);
    }).catch(fail(el));
  }

  // --- network of one period ------------------------------------------------------------------------
  function network() {
    var el = document.getElementById('network');
    if (!el || !data.period || !plotReady()) { return; }
    getJSON('/api/network?period=' + encodeURIComponent(data.period)).then(function (net) {
      if (!net.nodes.length) { say(el, 'No ties in ' + data.period + '.'); return; }
      var order = [];
      net.blocs.forEach(function (bloc) { bloc.forEach(function (n) { order.push(n); }); });
      var pos = {};
      var step = 2 * Math.PI / Math.max(order.length, 1);
      order.forEach(function (n, i) { pos[n] = [Math.cos(i * step), Math.sin(i * step)]; });
      var traces = [];
      [[1, COOP], [-1, CONFL]].forEach(function (s) {
        [[0, 0.34, 1.5], [0.34, 0.67, 3.5], [0.67, 1.01, 6]].forEach(function (band) {
          var xs = [], ys = [];
          net.edges.forEach(function (e) {
            var w = e.weight * s[0];
            if (w > 0 && Math.abs(e.weight) >= band[0] && Math.abs(e.weight) < band[1] && pos[e.a] && pos[e.b]) {
              xs.push(pos[e.a][0], pos[e.b][0], null);
              ys.push(pos[e.a][1], pos[e.b][1], null);
            }
          });
          if (xs.length) {
            traces.push({ type: 'scatter', mode: 'lines', x: xs, y: ys, hoverinfo: 'skip', showlegend: false,
              line: { color: s[1], width: band[2] }, opacity: 0.75 });
          }
        });
      });
      var nodes = net.nodes.filter(function (n) { return pos[n.id]; });
      traces.push({
        type: 'scatter', mode: 'markers+text', x: nodes.map(function (n) { return pos[n.id][0]; }),
        y: nodes.map(function (n) { return pos[n.id][1]; }), text: nodes.map(function (n) { return esc(n.id); }),
        textposition: 'top center', showlegend: false,
        marker: { size: 16, color: nodes.map(function (n) { return PALETTE[n.bloc % PALETTE.length]; }), line: { color: '#fff', width: 1 } },
        hovertext: nodes.map(function (n) {
          return esc(n.id) + ': bloc ' + n.bloc + ', camp ' + n.camp + '<br>' + n.degree + ' ties, +' + n.positive.toFixed(2) + ' / −' + n.negative.toFixed(2);
        }),
        hoverinfo: 'text'
      });
      el.textContent = '';
      window.Plotly.newPlot(el, traces, {
        margin: { l: 10, r: 10, t: 10, b: 10 }, xaxis: { visible: false, range: [-1.35, 1.35] },
        yaxis: { visible: false, range: [-1.25, 1.25], scaleanchor: 'x' }
      }, CONFIG);
    }).catch(fail(el));
  }

  // --- outlet: stance per actor ----------------------------------------------------------------------
  function outlet() {
    var el = document.getElementById('stances');
    if (!el || !plotReady()) { return; }
    getJSON('/api/framing?outlet=' + encodeURIComponent(data.outlet)).then(function (res) {
      var cells = res.cells.filter(function (c) { return c.judged > 0; }).sort(function (x, y) { return x.stance - y.stance; });
      if (!cells.length) { say(el, 'No sentence of this outlet judges an actor.'); return; }
      el.textContent = '';
      el.style.height = Math.max(200, Math.min(700, 90 + 30 * cells.length)) + 'px';
      window.Plotly.newPlot(el, [{
        type: 'bar', orientation: 'h', y: cells.map(function (c) { return esc(c.actor); }), x: cells.map(function (c) { return c.stance; }),
        marker: { color: cells.map(function (c) { return c.stance >= 0 ? COOP : CONFL; }), opacity: cells.map(function (c) { return 0.35 + 0.65 * c.confidence; }) },
        hovertext: cells.map(function (c) { return 'stance ' + signed(c.stance) + ', ' + c.judged + ' of ' + c.documents + ' documents judge it'; }),
        hoverinfo: 'y+text'
      }], { margin: { l: 70, r: 20, t: 10, b: 40 }, xaxis: { range: [-1, 1], title: { text: 'stance' } }, yaxis: { type: 'category' } }, CONFIG);
    }).catch(fail(el));
  }

  // --- document: layers on and off --------------------------------------------------------------------
  function documentPage() {
    var text = document.getElementById('text');
    document.querySelectorAll('input[data-layer]').forEach(function (box) {
      box.addEventListener('change', function () { text.classList.toggle('hide-' + box.dataset.layer, !box.checked); });
    });
  }

  var pages = { overview: overview, pair: pair, network: network, outlet: outlet, document: documentPage };
  document.addEventListener('DOMContentLoaded', function () {
    autoSubmit();
    if (pages[data.page]) { pages[data.page](); }
  });
}());
