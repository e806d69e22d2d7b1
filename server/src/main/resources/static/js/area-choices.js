// Offers the areas of a chosen city, read from /api/jurisdictions/{id}/areas, so that a form never
// has to list every area of a large partnership.
//
// <select data-areas-of="CITY-SELECT-ID" data-url="/api/jurisdictions/">: holds the areas of the
// city chosen in that select (after its first, blank option) and follows it when it changes.
//
// <select data-areas-for="ID ID" data-areas-follow="ID ID" data-url=...>: a city picker that adds
// the chosen city's areas, as a group, to the multi-selects named in data-areas-for, keeping what is
// already there and chosen; a city chosen in a select named in data-areas-follow is added too.
(function () {
  async function areasOf(url, city) {
    const response = await fetch(url + encodeURIComponent(city) + '/areas', {
      headers: {Accept: 'application/json'},
    });
    if (!response.ok) {
      throw new Error('areas of city ' + city + ': ' + response.status);
    }
    return response.json();
  }

  function option(area, selected) {
    const o = document.createElement('option');
    o.value = area.id;
    o.textContent = area.name;
    o.selected = selected;
    return o;
  }

  document.querySelectorAll('select[data-areas-of]').forEach((select) => {
    const city = document.getElementById(select.dataset.areasOf);
    if (!city) {
      return;
    }
    let asked = 0;
    city.addEventListener('change', async () => {
      const mine = ++asked; // a slow answer for an earlier city is dropped
      const keep = select.value;
      while (select.options.length > 1) {
        select.remove(1);
      }
      select.value = '';
      if (!city.value) {
        return;
      }
      select.disabled = true;
      try {
        const areas = await areasOf(select.dataset.url, city.value);
        if (mine === asked) {
          areas.forEach((a) => select.add(option(a, String(a.id) === keep)));
        }
      } catch (e) {
        console.warn(e.message);
      } finally {
        if (mine === asked) {
          select.disabled = false;
        }
      }
    });
  });

  document.querySelectorAll('select[data-areas-for]').forEach((picker) => {
    const targets = picker.dataset.areasFor
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((s) => s);
    async function offer(cityId, cityName) {
      const missing = targets.filter((t) => !t.querySelector('optgroup[data-city="' + cityId + '"]'));
      if (!cityId || missing.length === 0) {
        return;
      }
      const areas = await areasOf(picker.dataset.url, cityId);
      missing.forEach((t) => {
        if (t.querySelector('optgroup[data-city="' + cityId + '"]')) {
          return;
        }
        const group = document.createElement('optgroup');
        group.label = cityName;
        group.dataset.city = cityId;
        areas.forEach((a) => group.appendChild(option(a, false)));
        t.appendChild(group);
      });
    }
    async function offerChosen(select) {
      for (const o of Array.from(select.selectedOptions)) {
        try {
          await offer(o.value, o.textContent);
        } catch (e) {
          console.warn(e.message);
        }
      }
    }
    picker.addEventListener('change', () => offerChosen(picker));
    (picker.dataset.areasFollow || '')
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((s) => s)
      .forEach((cities) => cities.addEventListener('change', () => offerChosen(cities)));
  });
})();
