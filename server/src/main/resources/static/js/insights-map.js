// The insights map: areas with counts (everyone), incident points clustered, kernel density and
// Gi* hot and cold spots (investigative roles), and the near-repeat grid. No tiles unless the
// deployment names a tile server.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') { return; }
  var query = el.dataset.query;
  var investigative = el.dataset.investigative === 'true';
  var status = document.getElementById('map-status');
  var map = L.map(el, { preferCanvas: true, zoomSnap: 0.5 });
  map.setView([41.5, -72.7], 9);
  if (el.dataset.tileUrl) {
    L.tileLayer(el.dataset.tileUrl, { maxZoom: 19 }).addTo(map);
  }
  var active = {};
  function markLayers() {
    el.dataset.layers = Object.keys(active).filter(function (k) { return active[k]; }).sort().join(',');
  }

  var progress = window.analysisProgress(document.getElementById('analysis-progress'));
  function get(url, label) {
    return window.fetchAnalysis(url, label ? progress(label) : null);
  }

  function ramp(t) { // 0..1 → yellow to dark red
    var stops = [[255, 255, 178], [254, 204, 92], [253, 141, 60], [240, 59, 32], [189, 0, 38]];
    var x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
    var i = Math.min(stops.length - 2, Math.floor(x));
    var f = x - i;
    var c = stops[i].map(function (v, k) { return Math.round(v + f * (stops[i + 1][k] - v)); });
    return 'rgb(' + c.join(',') + ')';
  }

  var overlays = {};
  var legend = L.control({ position: 'bottomright' });
  var legendRows = [];
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'map-legend');
    div.id = 'map-legend';
    legendRows.forEach(function (row) {
      var line = L.DomUtil.create('div', '', div);
      if (row.fill) {
        var swatch = L.DomUtil.create('i', row.cls || '', line);
        swatch.style.background = row.fill;
        if (row.border) { swatch.style.borderColor = row.border; }
      }
      line.appendChild(document.createTextNode(row.text));
    });
    return div;
  };

  var areasDone = Promise.all([get('/api/areas'), get('/api/insights/area-counts?' + query)])
    .then(function (res) {
      var geo = res[0];
      var counts = {};
      res[1].areas.forEach(function (a) { counts[a.areaId] = a.count; });
      var max = Math.max.apply(null, [1].concat(res[1].areas.map(function (a) { return a.count; })));
      var layer = L.geoJSON(geo, {
        style: function (f) {
          var n = counts[f.id] || 0;
          return { color: '#555', weight: 1, fillColor: n ? ramp(n / max) : '#ffffff', fillOpacity: 0.45 };
        },
        onEachFeature: function (f, l) {
          var n = counts[f.id] || 0;
          l.bindPopup('<strong></strong><br><span class="n"></span>');
          l.on('popupopen', function (e) {
            var c = e.popup.getElement();
            c.querySelector('strong').textContent = f.properties.name;
            c.querySelector('.n').textContent = n + ' incident' + (n === 1 ? '' : 's') + ' in the filter';
          });
        }
      }).addTo(map);
      overlays['Areas (counts)'] = layer;
      active['Areas (counts)'] = true;
      if (layer.getLayers().length) { map.fitBounds(layer.getBounds()); }
      legendRows.push({ fill: ramp(1), text: 'area: most incidents (' + max + ')' });
      legendRows.push({ fill: ramp(0.1), text: 'area: few incidents' });
      return { areas: layer.getLayers().length, total: res[1].total };
    });

  function clusters(points, dates) {
    var group = L.layerGroup();
    function draw() {
      group.clearLayers();
      var cells = {};
      points.forEach(function (p, i) {
        var px = map.project([p[1], p[0]], map.getZoom());
        var key = Math.floor(px.x / 50) + ':' + Math.floor(px.y / 50);
        (cells[key] = cells[key] || []).push(i);
      });
      Object.keys(cells).forEach(function (k) {
        var idx = cells[k];
        var lat = 0, lon = 0;
        idx.forEach(function (i) { lat += points[i][1] / idx.length; lon += points[i][0] / idx.length; });
        if (idx.length === 1) {
          L.circleMarker([lat, lon], { radius: 4, color: '#67001f', weight: 1, fillOpacity: 0.9 })
            .bindPopup('Incident on ' + dates[idx[0]]).addTo(group);
        } else {
          var size = 20 + Math.min(24, Math.round(Math.log(idx.length) * 5));
          L.marker([lat, lon], {
            icon: L.divIcon({ className: 'map-cluster', html: String(idx.length), iconSize: [size, size] })
          }).on('click', function () { map.setView([lat, lon], Math.min(map.getZoom() + 2, 18)); })
            .addTo(group);
        }
      });
    }
    map.on('zoomend', function () { if (map.hasLayer(group)) { draw(); } });
    group.on('add', draw);
    return group;
  }

  function surfaceLayers(s) {
    var density = L.layerGroup();
    var spots = L.layerGroup();
    s.cells.forEach(function (c) {
      var ring = c.corners.map(function (p) { return [p[1], p[0]]; });
      if (c.density > 0) {
        L.polygon(ring, { stroke: false, fillColor: ramp(c.density / s.maxDensity), fillOpacity: 0.55,
          interactive: false }).addTo(density);
      }
      if (c.spot !== 'none') {
        L.polygon(ring, { color: c.spot === 'hot' ? '#b2182b' : '#2166ac', weight: 1,
          fillColor: c.spot === 'hot' ? '#ef8a62' : '#67a9cf', fillOpacity: 0.6 })
          .bindPopup((c.spot === 'hot' ? 'Hot spot' : 'Cold spot') + ': Gi* z = ' + c.z.toFixed(2) +
            ', p = ' + c.p.toExponential(2) + ', ' + c.count + ' incidents in the cell')
          .addTo(spots);
      }
    });
    return { density: density, spots: spots };
  }

  function nearRepeat(nr) {
    document.getElementById('near-repeat-reading').textContent = nr.reading;
    var t = document.createElement('table');
    t.className = 'nr-grid';
    var head = t.createTHead().insertRow();
    head.appendChild(document.createElement('th')).textContent = 'distance \\ days';
    nr.timeBands.forEach(function (b) { head.appendChild(document.createElement('th')).textContent = b[0] + '–' + b[1]; });
    var body = t.createTBody();
    nr.distanceBands.forEach(function (d, r) {
      var row = body.insertRow();
      row.appendChild(document.createElement('th')).textContent = d[0] + '–' + d[1] + ' m';
      nr.timeBands.forEach(function (b, c) {
        var cell = row.insertCell();
        var ratio = nr.ratio[r][c];
        cell.textContent = ratio === null ? '—' : ratio.toFixed(2);
        cell.title = nr.observed[r][c] + ' observed, ' + nr.expected[r][c].toFixed(1) + ' expected, p = ' + nr.p[r][c].toFixed(3);
        if (ratio !== null && nr.p[r][c] <= 0.05 && ratio > 1) {
          cell.className = ratio >= 2 ? 'sig3' : ratio >= 1.4 ? 'sig2' : 'sig1';
        }
      });
    });
    var box = document.getElementById('near-repeat');
    box.textContent = '';
    box.appendChild(t);
  }

  var layersDone = !investigative ? Promise.resolve(null) :
    Promise.all([get('/api/insights/points?' + query), get('/api/insights/hot-spots?' + query, 'Hot spots')])
      .then(function (res) {
        var pts = clusters(res[0].points, res[0].dates);
        var s = surfaceLayers(res[1]);
        overlays['Incidents'] = pts.addTo(map);
        overlays['Kernel density'] = s.density.addTo(map);
        overlays['Hot and cold spots (Gi*)'] = s.spots.addTo(map);
        ['Incidents', 'Kernel density', 'Hot and cold spots (Gi*)'].forEach(function (k) { active[k] = true; });
        legendRows.push({ fill: ramp(0.9), text: 'density: high (max ' + res[1].maxDensity.toFixed(1) + ' per km²)' });
        legendRows.push({ fill: '#ef8a62', border: '#b2182b', text: 'hot spot (Gi*, FDR ' + res[1].alpha + ')' });
        legendRows.push({ fill: '#67a9cf', border: '#2166ac', text: 'cold spot (Gi*)' });
        legendRows.push({ fill: '#b2182b', cls: 'map-cluster', text: 'incidents (a cluster: click to zoom)' });
        legendRows.push({ text: 'cells ' + res[1].cell + ' m, bandwidth ' + res[1].bandwidth + ' m' });
        return { points: res[0].count, hot: res[1].hotSpots, cold: res[1].coldSpots };
      });

  Promise.all([areasDone, layersDone]).then(function (done) {
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    legend.addTo(map);
    map.on('overlayadd', function (e) { active[e.name] = true; markLayers(); });
    map.on('overlayremove', function (e) { active[e.name] = false; markLayers(); });
    markLayers();
    var text = done[0].areas + ' areas, ' + done[0].total + ' incidents in them';
    if (done[1]) {
      text += '; ' + done[1].points + ' located incidents, ' + done[1].hot + ' hot-spot cells, ' + done[1].cold + ' cold-spot cells';
    }
    status.textContent = text;
    el.dataset.ready = 'true';
  }).catch(function (e) { status.textContent = 'The map could not be drawn: ' + e.message; el.dataset.ready = 'error'; });

  if (investigative) {
    get('/api/insights/near-repeat?' + query, 'Near repeat').then(nearRepeat).catch(function (e) {
      document.getElementById('near-repeat-reading').textContent = 'Could not compute: ' + e.message;
    });
  }
})();
