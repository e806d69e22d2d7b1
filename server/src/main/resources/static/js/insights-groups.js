// The group audit's conflict and alliance network (Cytoscape.js) and its print button.
(function () {
  'use strict';
  var print = document.getElementById('print-report');
  if (print) { print.addEventListener('click', function () { window.print(); }); }
  var el = document.getElementById('network');
  if (!el || typeof cytoscape === 'undefined') { return; }
  fetch(el.dataset.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (net) {
      var linked = {};
      net.links.forEach(function (l) { linked[l.source] = true; linked[l.target] = true; });
      var elements = net.nodes.filter(function (n) { return linked[n.id] || n.members > 0; })
        .map(function (n) {
          return { data: { id: 'g' + n.id, label: n.name, city: n.city, members: n.members } };
        });
      net.links.forEach(function (l, i) {
        elements.push({ data: { id: 'l' + i, source: 'g' + l.source, target: 'g' + l.target, kind: l.kind } });
      });
      var cy = cytoscape({
        container: el,
        elements: elements,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'background-color': '#4a5a78',
            width: 'mapData(members, 0, 20, 10, 34)', height: 'mapData(members, 0, 20, 10, 34)',
            'text-valign': 'bottom', 'text-margin-y': 2 } },
          { selector: 'edge[kind = "conflict"]', style: { 'line-color': '#b2182b', width: 2 } },
          { selector: 'edge[kind = "alliance"]', style: { 'line-color': '#1a9850', width: 2, 'line-style': 'dashed' } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 8000, idealEdgeLength: 60 }
      });
      el.dataset.nodes = String(cy.nodes().length);
      el.dataset.edges = String(cy.edges().length);
      el.dataset.ready = 'true';
    })
    .catch(function (e) { el.textContent = 'The network could not be drawn: ' + e.message; el.dataset.ready = 'error'; });
})();
