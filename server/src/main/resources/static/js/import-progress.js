// Keeps an import's page up to date while it runs: polls its record, moves the progress bar and
// the counts, and reloads the page once the import has ended (to show its problems).
(function () {
  const page = document.getElementById('import');
  if (!page || page.dataset.finished === 'true') {
    return;
  }
  const id = page.dataset.id;
  const set = (elementId, value) => {
    const el = document.getElementById(elementId);
    if (el) {
      el.textContent = value;
    }
  };
  async function poll() {
    try {
      const response = await fetch('/api/imports/' + id, {headers: {Accept: 'application/json'}});
      if (!response.ok) {
        set('phase', 'cannot read progress (' + response.status + ')');
        return;
      }
      const run = await response.json();
      if (run.finishedAt) {
        window.location.reload();
        return;
      }
      const p = run.progress;
      if (p) {
        document.getElementById('progress').value = Math.round(p.fraction * 100);
        set('phase', p.phase + ' · ' + p.rows.toLocaleString() + ' rows');
        set('rows-read', p.rows.toLocaleString());
      }
      set('status', run.status);
    } catch (e) {
      set('phase', 'cannot read progress');
    }
    setTimeout(poll, 500);
  }
  setTimeout(poll, 300);
})();
