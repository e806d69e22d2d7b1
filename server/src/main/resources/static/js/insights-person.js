// The people network around one person (Cytoscape.js): gunshot victims red, the person in the
// centre larger, co-offending ties solid, co-victimisation dashed.
(function () {
  'use strict';
  var el = document.getElementById('network');
  if (!el || typeof cytoscape === 'undefined') { return; }
  window.fetchAnalysis(el.dataset.url, window.analysisProgress(document.getElementById('analysis-progress'))('Network'))
    .then(function (net) {
      var elements = net.people.map(function (p) {
        return { data: { id: 'p' + p.personId, label: p.name, steps: p.steps, shot: p.shotIn.length > 0 ? 1 : 0 } };
      });
      net.ties.forEach(function (t, i) {
        elements.push({ data: { id: 't' + i, source: 'p' + t.a, target: 'p' + t.b, kind: t.kind } });
      });
      var cy = cytoscape({
        container: el,
        elements: elements,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'background-color': '#4a5a78', width: 14, height: 14 } },
          { selector: 'node[shot = 1]', style: { 'background-color': '#b2182b' } },
          { selector: 'node[steps = 0]', style: { width: 26, height: 26, 'border-width': 3, 'border-color': '#111' } },
          { selector: 'edge', style: { 'line-color': '#777', width: 1.5 } },
          { selector: 'edge[kind = "co-victimisation"]', style: { 'line-style': 'dashed', 'line-color': '#d6604d' } }
        ],
        layout: { name: 'concentric', concentric: function (n) { return 3 - n.data('steps'); }, levelWidth: function () { return 1; }, animate: false }
      });
      el.dataset.nodes = String(cy.nodes().length);
      el.dataset.edges = String(cy.edges().length);
      el.dataset.ready = 'true';
    })
    .catch(function (e) { el.textContent = 'The network could not be drawn: ' + e.message; el.dataset.ready = 'error'; });
})();
