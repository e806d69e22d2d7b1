// GET the result of an analysis. One still running answers 202 with its stage and progress:
// report it to onProgress (may be absent) and ask again each second until the result comes.
window.fetchAnalysis = function (url, onProgress) {
  'use strict';
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json, application/geo+json' } })
    .then(function (r) {
      if (r.status === 202) {
        return r.json().then(function (p) {
          if (onProgress) { onProgress(p); }
          return new Promise(function (resolve) { setTimeout(resolve, 1000); })
            .then(function () { return window.fetchAnalysis(url, onProgress); });
        });
      }
      if (onProgress) { onProgress(null); }
      if (r.ok) { return r.json(); }
      return r.json().catch(function () { return {}; }).then(function (p) {
        throw new Error(p.detail || (url + ': ' + r.status));
      });
    });
};

// Show the progress of running analyses in a <p> holding a <progress> and a <span>.
window.analysisProgress = function (box) {
  'use strict';
  var running = {};
  return function (label) {
    return function (p) {
      if (p) { running[label] = p; } else { delete running[label]; }
      var names = Object.keys(running);
      if (!box) { return; }
      box.hidden = names.length === 0;
      if (names.length === 0) { return; }
      var j = running[names[0]];
      box.querySelector('progress').value = j.fraction;
      box.querySelector('span').textContent = names[0] + ': ' + j.stage + ' (' + Math.round(100 * j.fraction) + ' %)';
    };
  };
};
