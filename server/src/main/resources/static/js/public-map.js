// The public area map: each area's own boundary shaded by its count, hidden counts hatched grey.
// No tiles: nothing is fetched from outside the server.
(function () {
  'use strict';
  var el = document.getElementById('public-map');
  if (!el || typeof L === 'undefined') { return; }
  var map = L.map(el, { zoomSnap: 0.5 });
  map.setView([41.5, -72.7], 9);
  function shade(t) {
    var stops = [[255, 255, 178], [254, 204, 92], [253, 141, 60], [240, 59, 32], [189, 0, 38]];
    var x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
    var i = Math.min(stops.length - 2, Math.floor(x));
    var f = x - i;
    return 'rgb(' + stops[i].map(function (v, k) { return Math.round(v + f * (stops[i + 1][k] - v)); }).join(',') + ')';
  }
  fetch(el.dataset.url, { headers: { Accept: 'application/geo+json' } })
    .then(function (r) { if (!r.ok) { throw new Error('the map could not be read: ' + r.status); } return r.json(); })
    .then(function (geo) {
      var max = 1;
      // a hidden count is null, or left out of the properties
      geo.features.forEach(function (f) { if (typeof f.properties.count === 'number') { max = Math.max(max, f.properties.count); } });
      var layer = L.geoJSON(geo, {
        style: function (f) {
          var c = f.properties.count;
          return { weight: 1, color: '#555', fillOpacity: 0.75,
            fillColor: typeof c !== 'number' ? '#cccccc' : (c === 0 ? '#ffffff' : shade(c / max)) };
        },
        onEachFeature: function (f, l) {
          l.bindTooltip(f.properties.area + ' (' + f.properties.city + '): ' + f.properties.shown);
        }
      }).addTo(map);
      if (layer.getBounds().isValid()) { map.fitBounds(layer.getBounds()); }
      el.dataset.areas = String(geo.features.length);
    })
    .catch(function (e) { el.textContent = e.message; });
}());
