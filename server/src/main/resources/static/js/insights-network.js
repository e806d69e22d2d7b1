// The site-wide co-offending network (Cytoscape.js): people coloured by Louvain community, line
// width by the number of incidents shared, a legend with each community's size; a click on a person
// opens the network around them.
(function () {
  'use strict';
  var el = document.getElementById('network');
  var legend = document.getElementById('legend');
  var summary = document.getElementById('network-summary');
  if (!el || typeof cytoscape === 'undefined') { return; }
  var palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
    '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#843c39'];
  var other = '#9a9a9a';
  function colour(c) { return c < palette.length ? palette[c] : other; }
  window.fetchAnalysis(el.dataset.url, window.analysisProgress(document.getElementById('analysis-progress'))('Network'))
    .then(function (net) {
      var elements = net.nodes.map(function (n) {
        return { data: { id: 'p' + n.id, person: n.id, label: n.name, community: n.community,
          degree: n.degree, colour: colour(n.community) } };
      });
      net.edges.forEach(function (e, i) {
        elements.push({ data: { id: 'e' + i, source: 'p' + e.source, target: 'p' + e.target, weight: e.weight } });
      });
      var cy = cytoscape({
        container: el,
        elements: elements,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 8, 'background-color': 'data(colour)',
            width: 'mapData(degree, 1, 15, 10, 28)', height: 'mapData(degree, 1, 15, 10, 28)',
            'text-valign': 'bottom', 'text-margin-y': 2 } },
          { selector: 'edge', style: { 'line-color': '#999', width: 'mapData(weight, 1, 5, 1, 5)', opacity: 0.7 } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 6000, idealEdgeLength: 50 }
      });
      cy.on('tap', 'node', function (evt) {
        window.location.href = el.dataset.personUrl + evt.target.data('person');
      });
      legend.textContent = '';
      var shownOthers = 0;
      var sizeOthers = 0;
      var countOthers = 0;
      net.communities.forEach(function (c) {
        if (c.shown === 0) { return; }
        if (c.id >= palette.length) {
          shownOthers += c.shown; sizeOthers += c.size; countOthers++;
          return;
        }
        legend.appendChild(item(colour(c.id), 'Community ' + (c.id + 1) + ': ' + c.size + ' people'
          + (c.shown < c.size ? ' (' + c.shown + ' shown)' : '')));
      });
      if (countOthers > 0) {
        legend.appendChild(item(other, countOthers + ' smaller communities: ' + sizeOthers + ' people'
          + (shownOthers < sizeOthers ? ' (' + shownOthers + ' shown)' : '')));
      }
      if (net.nodes.length === 0) {
        legend.appendChild(item(other, 'No co-offending ties in the period.'));
      }
      summary.textContent = net.nodes.length + ' of ' + net.totalNodes + ' people and ' + net.edges.length
        + ' of ' + net.totalEdges + ' ties shown (' + net.omittedNodes + ' people and ' + net.omittedEdges
        + ' ties left out); ' + net.communities.length + ' communities, modularity '
        + net.modularity.toFixed(2) + '.';
      el.dataset.nodes = String(cy.nodes().length);
      el.dataset.edges = String(cy.edges().length);
      el.dataset.ready = 'true';
    })
    .catch(function (e) { el.textContent = 'The network could not be drawn: ' + e.message; el.dataset.ready = 'error'; });

  function item(c, text) {
    var li = document.createElement('li');
    var swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.backgroundColor = c;
    li.appendChild(swatch);
    li.appendChild(document.createTextNode(' ' + text));
    return li;
  }
})();
