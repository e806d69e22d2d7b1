// The evaluation page's charts (Chart.js): observed, fitted and counterfactual series of the
// interrupted time series, target and comparison means of the difference-in-differences, the
// synthetic control with its placebo spaghetti, and the Kaplan-Meier curves of the survival design.
(function () {
  'use strict';
  var script = document.getElementById('evaluation-script');
  if (!script || typeof Chart === 'undefined') { return; }
  var drawn = 0;
  function mark(canvas) { canvas.dataset.drawn = 'true'; drawn++; document.body.dataset.charts = String(drawn); }
  function line(label, data, colour, dash, extra) {
    var d = { label: label, data: data, borderColor: colour, backgroundColor: colour, pointRadius: 0,
      borderWidth: 2, borderDash: dash || [], tension: 0 };
    if (extra) { Object.keys(extra).forEach(function (k) { d[k] = extra[k]; }); }
    return d;
  }
  function chart(id, labels, datasets, options) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    var opts = { animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false }, plugins: { legend: { position: 'bottom' } } };
    if (options) { Object.keys(options).forEach(function (k) { opts[k] = options[k]; }); }
    new Chart(canvas, { type: 'line', data: { labels: labels, datasets: datasets }, options: opts });
    mark(canvas);
  }
  function its(id, design) {
    var r = design.result;
    if (!r) { return; }
    var labels = r.series.map(function (s) { return s.period; });
    chart(id, labels, [
      line('Observed', r.series.map(function (s) { return s.count; }), '#4a5a78', [], { showLine: false, pointRadius: 2 }),
      line('Fitted', r.series.map(function (s) { return s.fitted; }), '#b2182b'),
      line('Without the program (counterfactual)', r.series.map(function (s) { return s.counterfactual; }), '#b2182b', [6, 4])
    ]);
  }
  function did(design) {
    var r = design.result;
    if (!r) { return; }
    chart('did-chart', r.series.map(function (s) { return s.period; }), [
      line('Target places (mean per place)', r.series.map(function (s) { return s.target; }), '#b2182b'),
      line('Comparison places (mean per place)', r.series.map(function (s) { return s.comparison; }), '#4a5a78')
    ]);
  }
  function synth(design) {
    var r = design.result;
    if (!r) { return; }
    chart('synth-chart', r.periods, [
      line('Target', r.observed, '#b2182b'),
      line('Synthetic control', r.synthetic, '#4a5a78', [6, 4])
    ]);
    var sets = r.placebos.map(function (p) { return line(p.name, p.gaps, 'rgba(120,130,145,0.35)', [], { borderWidth: 1 }); });
    sets.push(line('Target gap', r.gaps, '#b2182b', [], { borderWidth: 3 }));
    chart('synth-placebo-chart', r.periods, sets, { plugins: { legend: { display: false } } });
  }
  function survival(design) {
    var r = design.result;
    if (!r) { return; }
    var colours = { notified: '#b2182b', comparison: '#4a5a78' };
    var sets = r.curves.map(function (c) {
      return { label: c.group, data: c.points.map(function (p) { return { x: p.time, y: p.survival }; }),
        borderColor: colours[c.group] || '#333', backgroundColor: colours[c.group] || '#333', stepped: true,
        pointRadius: 0, borderWidth: 2 };
    });
    var canvas = document.getElementById('survival-chart');
    if (!canvas) { return; }
    new Chart(canvas, { type: 'line', data: { datasets: sets }, options: { animation: false, responsive: true,
      maintainAspectRatio: false, parsing: true, plugins: { legend: { position: 'bottom' } },
      scales: { x: { type: 'linear', title: { display: true, text: 'days since contact' } },
        y: { min: 0, max: 1, title: { display: true, text: 'share without a new offence' } } } } });
    mark(canvas);
  }
  fetch(script.dataset.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (e) {
      its('its-chart', e.its);
      its('controlled-its-chart', e.controlledIts);
      did(e.did);
      if (e.synth) { synth(e.synth); }
      if (e.survival) { survival(e.survival); }
      document.body.dataset.chartsReady = 'true';
    })
    .catch(function (err) { document.body.dataset.chartsReady = 'error: ' + err.message; });
})();
