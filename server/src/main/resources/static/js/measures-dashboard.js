// The measures dashboard: fetches every series of the chosen city and months once and draws them
// with Chart.js. A suppressed month (null) is a gap in the line, never a zero.
(function () {
  'use strict';
  var el = document.getElementById('charts');
  var status = document.getElementById('charts-status');
  if (!el || typeof Chart === 'undefined') { return; }
  var palette = ['#b2182b', '#2166ac', '#f4a582', '#4d9221', '#762a83', '#878787', '#e08214'];

  var charts = [
    { id: 'chart-violence', type: 'line', codes: ['homicides', 'non_fatal_shootings', 'shots_fired'] },
    { id: 'chart-groups', type: 'line', codes: ['shootings', 'group_shootings', 'group_homicides'] },
    { id: 'chart-victims-age', type: 'bar', stacked: true,
      codes: ['victims_under_18', 'victims_18_24', 'victims_25_34', 'victims_35_plus', 'victims_age_unknown'] },
    { id: 'chart-victims-sex', type: 'bar', stacked: true,
      codes: ['victims_female', 'victims_male', 'victims_sex_other_or_unknown'] },
    { id: 'chart-victims-race', type: 'bar', stacked: true,
      codes: ['victims_black', 'victims_hispanic', 'victims_white', 'victims_asian', 'victims_other_race',
        'victims_race_unknown'] },
    { id: 'chart-firearms', type: 'bar', codes: ['firearms_seized'] },
    { id: 'chart-program', type: 'bar', codes: ['call_ins_held', 'people_notified', 'services_accepted'] }
  ];

  function draw(data) {
    var byCode = {};
    data.series.forEach(function (s) { byCode[s.measure] = s; });
    charts.forEach(function (c) {
      var canvas = document.getElementById(c.id);
      var datasets = c.codes.map(function (code, i) {
        var s = byCode[code];
        return { label: s.label + (s.suppressed ? ' (some months fewer than 5)' : ''), data: s.counts,
          borderColor: palette[i % palette.length], backgroundColor: palette[i % palette.length],
          spanGaps: false, tension: 0.2, pointRadius: 2 };
      });
      new Chart(canvas, {
        type: c.type,
        data: { labels: data.months, datasets: datasets },
        options: { animation: false, responsive: true, maintainAspectRatio: false,
          scales: { x: { stacked: !!c.stacked }, y: { stacked: !!c.stacked, beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } } }
      });
      canvas.dataset.drawn = 'true';
    });
    var r = data.reoffending;
    var points = [{ x: 0, y: 1 }].concat(r.steps.map(function (s) { return { x: s.day, y: s.survival }; }));
    var km = document.getElementById('chart-reoffending');
    new Chart(km, {
      type: 'line',
      data: { datasets: [{ label: 'Share not re-offended', data: points, stepped: 'before',
        borderColor: palette[1], pointRadius: 0 }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
        scales: { x: { type: 'linear', title: { display: true, text: 'days since first notification' } },
          y: { min: 0, max: 1, title: { display: true, text: 'share' } } },
        plugins: { legend: { display: false } } }
    });
    km.dataset.drawn = 'true';
    document.getElementById('reoffending-reading').textContent =
      r.notified + ' people first notified from ' + r.from + ' to ' + r.to + '; ' + r.reoffended +
      (r.rate == null ? '' : ' (' + Math.round(100 * r.rate) + ' %)') +
      ' since a suspect or arrested (Kaplan–Meier curve; people not re-offended are counted up to ' + r.asOf + ').';
    status.textContent = 'Charts of ' + data.unit + ', ' + data.from + ' to ' + data.to + '.';
    el.dataset.ready = 'true';
  }

  fetch('/api/measures/dashboard?' + el.dataset.query,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (r.ok) { return r.json(); }
      return r.json().catch(function () { return {}; }).then(function (p) {
        throw new Error(p.detail || ('the measures could not be read: ' + r.status));
      });
    })
    .then(draw)
    .catch(function (e) { status.textContent = e.message; status.className = 'alert error'; });
}());
