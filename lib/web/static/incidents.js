// wirewatch analyst page: the incidents view (#/incidents, #/incidents/{id}). Plain browser
// JavaScript, no build step. app.js routes here and lends its helpers (window.WirewatchPage:
// API calls with the session's token, element building, country names, dates). Scraped text
// reaches the page only as text (el() children and textContent), never as markup.
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var PAGE_SIZE = 20;
  var DAY = 86400000;
  // Filters the incidents view reads from its address: the record filters' names.
  var FILTERS = ['q', 'country', 'attributedTo', 'victim', 'type', 'actor', 'organization', 'victimOrganization', 'agency', 'system', 'from', 'to', 'isCyber', 'duplicates'];
  var ENTITY_GROUPS = [
    ['victimOrganizations', 'Victim organizations'],
    ['victims', 'Victim countries'],
    ['attributedTo', 'Attributed to'],
    ['actors', 'Threat actors'],
    ['organizations', 'Organizations'],
    ['agencies', 'Agencies'],
    ['systems', 'Systems'],
    ['types', 'Incident types'],
    ['countries', 'Countries mentioned'],
  ];
  var COUNTRY_GROUPS = { victims: 'victim', attributedTo: 'attacker', countries: null };

  var state = { key: null, filters: {}, nextCursor: null, shown: 0 };
  var $ = function (id) { return document.getElementById(id); };

  function page() { return window.WirewatchPage; }
  function list(v) { return Array.isArray(v) ? v : []; }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function toQuery(f) {
    var p = new URLSearchParams();
    Object.keys(f).sort().forEach(function (k) { if (f[k]) p.set(k, f[k]); });
    return p.toString();
  }

  function day(iso) { return page().fmtDate(iso, false); }

  function range(first, last) {
    var a = day(first);
    var b = day(last);
    return a === b ? a : a + ' \u2013 ' + b;
  }

  function countryChips(codes, role) {
    var P = page();
    return codes.map(function (c) { return P.countryChip(c, role); });
  }

  // ------------------------------------------------------------------ list

  function renderItem(inc) {
    var P = page();
    var el = P.el;
    var stories = inc.stories === 1 ? '1 story' : inc.stories + ' stories';
    var outlets = inc.outlets === 1 ? '1 outlet' : inc.outlets + ' outlets';
    return el('li', { class: 'incident', 'data-id': inc.id },
      el('h2', { class: 'incident-label' }, el('a', { href: '#/incidents/' + encodeURIComponent(inc.id) }, inc.label)),
      el('p', { class: 'incident-meta' },
        el('span', { class: 'incident-dates' }, range(inc.first, inc.last)), ' \u00b7 ', stories, ' from ', outlets),
      el('p', { class: 'incident-latest' }, 'Latest: ', el('span', null, inc.latestHeadline)),
      el('p', { class: 'chips' },
        countryChips(list(inc.attributedTo), 'attacker'),
        list(inc.attributedTo).length && list(inc.victims).length ? el('span', { class: 'whw-arrow', 'aria-label': 'hit' }, '\u2192') : null,
        countryChips(list(inc.victims), 'victim'),
        list(inc.actors).slice(0, 3).map(function (a) { return el('span', { class: 'chip chip-actor' }, a); })));
  }

  function loadPage(append) {
    var P = page();
    var params = Object.assign({}, state.filters, { limit: String(PAGE_SIZE) });
    if (append && state.nextCursor) params.cursor = state.nextCursor;
    var ol = $('incident-list');
    ol.setAttribute('aria-busy', 'true');
    $('incidents-status').textContent = 'Loading incidents\u2026';
    return P.fetchJson(P.api() + '/incidents?' + toQuery(params)).then(function (data) {
      if (!append) { while (ol.firstChild) ol.removeChild(ol.firstChild); state.shown = 0; }
      list(data.items).forEach(function (inc) { ol.appendChild(renderItem(inc)); state.shown++; });
      state.nextCursor = data.nextCursor || null;
      $('incidents-more').hidden = !state.nextCursor;
      $('incidents-status').textContent = data.total
        ? 'Showing ' + state.shown + ' of ' + data.total + (data.total === 1 ? ' incident' : ' incidents') + ', newest first.'
        : 'No incident under these filters.';
      ol.setAttribute('aria-busy', 'false');
    }).catch(function (e) {
      ol.setAttribute('aria-busy', 'false');
      $('incidents-status').textContent = '';
      P.showError(e);
    });
  }

  function showList(filters) {
    $('incidents-list-view').hidden = false;
    $('incident-detail').hidden = true;
    $('incidents-q').value = filters.q || '';
    $('incidents-from').value = filters.from || '';
    $('incidents-to').value = filters.to || '';
    var key = toQuery(filters);
    if (key === state.key && state.shown) return;
    state.key = key;
    state.filters = filters;
    state.nextCursor = null;
    loadPage(false);
  }

  function applyForm() {
    var f = Object.assign({}, state.filters);
    ['q', 'from', 'to'].forEach(function (k) {
      var v = $('incidents-' + k).value.trim();
      if (v) f[k] = v; else delete f[k];
    });
    var qs = toQuery(f);
    var target = '#/incidents' + (qs ? '?' + qs : '');
    if (location.hash === target) showList(f); else location.hash = target;
  }

  // ------------------------------------------------------------------ detail

  /** The stories on one line from the first day to the last; a dot per story, stacked when they share a day. */
  function timeline(inc) {
    var stories = list(inc.stories);
    var t0 = Date.parse(inc.first);
    var t1 = Date.parse(inc.last);
    var span = Math.max(t1 - t0, DAY);
    var W = 640;
    var padX = 24;
    var perDay = {};
    var rows = 1;
    var dots = stories.map(function (s, i) {
      var t = Date.parse(s.at);
      var d = Math.floor((t - t0) / DAY);
      var row = perDay[d] = (perDay[d] || 0) + 1;
      if (row > rows) rows = row;
      return { story: s, i: i, x: padX + (W - 2 * padX) * ((t - t0) / span), row: row };
    });
    var H = 36 + rows * 16;
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'incident-timeline-svg', role: 'img', 'aria-labelledby': 'incident-timeline-title' });
    var title = svg('title', { id: 'incident-timeline-title' });
    title.textContent = stories.length + ' stories from ' + day(inc.first) + ' to ' + day(inc.last);
    root.appendChild(title);
    var axisY = H - 22;
    root.appendChild(svg('line', { x1: padX, x2: W - padX, y1: axisY, y2: axisY, class: 'tl-axis' }));
    var ends = [[padX, inc.first, 'start'], [W - padX, inc.last, 'end']];
    ends.forEach(function (e) {
      var label = svg('text', { x: e[0], y: H - 6, 'text-anchor': e[2], class: 'tl-label' });
      label.textContent = day(e[1]);
      root.appendChild(label);
    });
    dots.forEach(function (d) {
      var c = svg('circle', { cx: d.x.toFixed(1), cy: axisY - 10 - (d.row - 1) * 16, r: 6, class: 'tl-dot', 'data-index': d.i });
      var tip = svg('title');
      tip.textContent = day(d.story.at) + ': ' + d.story.headline;
      c.appendChild(tip);
      c.addEventListener('click', function () { focusStory(d.i); });
      root.appendChild(c);
    });
    return root;
  }

  function focusStory(i) {
    var link = document.querySelector('#incident-stories li[data-index="' + i + '"] a');
    if (link) link.focus();
  }

  function storyList(inc) {
    var P = page();
    var el = P.el;
    return el('ol', { id: 'incident-stories', class: 'incident-stories', 'aria-label': 'Stories, oldest first' },
      list(inc.stories).map(function (s, i) {
        var who = (s.source && (s.source.publisher || s.source.domain)) || '';
        return el('li', { 'data-index': i, 'data-id': s.id },
          el('time', { datetime: s.at, class: 'story-date' }, P.fmtDay(s.publishedDate) || day(s.at)), ' ',
          el('span', { class: 'publisher' }, who), ' ',
          el('a', { href: '#/record/' + encodeURIComponent(s.id), class: 'story-link' }, s.headline),
          s.duplicateOf ? el('span', { class: 'badge badge-copy' }, 'republished copy') : null);
      }));
  }

  function entityBlock(inc) {
    var el = page().el;
    var dl = el('dl', { class: 'incident-entities' });
    var ents = inc.entities || {};
    ENTITY_GROUPS.forEach(function (g) {
      var values = list(ents[g[0]]);
      if (!values.length) return;
      dl.appendChild(el('dt', null, g[1]));
      dl.appendChild(el('dd', { class: 'chips' }, values.map(function (v) {
        var count = el('span', { class: 'entity-count', title: 'named by ' + v.stories + (v.stories === 1 ? ' story' : ' stories') }, String(v.stories));
        if (g[0] in COUNTRY_GROUPS) {
          var chip = page().countryChip(v.value, COUNTRY_GROUPS[g[0]]);
          chip.appendChild(count);
          return chip;
        }
        return el('span', { class: 'chip' }, v.value, ' ', count);
      })));
    });
    return dl;
  }

  function claimsBlock(inc) {
    var P = page();
    var el = P.el;
    var claims = list(inc.claims);
    if (!claims.length) return el('p', { class: 'none' }, 'No story attributes this incident.');
    return el('div', { class: 'table-wrap' }, el('table', { class: 'claims', id: 'incident-claims' },
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Story'), el('th', { scope: 'col' }, 'Attributed to'), el('th', { scope: 'col' }, 'Actors'))),
      el('tbody', null, claims.map(function (c) {
        return el('tr', null,
          el('td', null, el('time', { datetime: c.story.at }, day(c.story.at)), ' ', el('span', { class: 'publisher' }, c.story.publisher || ''), ' ',
            el('a', { href: '#/record/' + encodeURIComponent(c.story.id) }, c.story.headline)),
          el('td', { class: 'chips' }, list(c.attributedTo).length ? countryChips(list(c.attributedTo), 'attacker') : 'none'),
          el('td', null, list(c.actors).join(', ') || 'none'));
      }))));
  }

  function showDetail(id) {
    var P = page();
    var el = P.el;
    $('incidents-list-view').hidden = true;
    var box = $('incident-detail');
    box.hidden = false;
    while (box.firstChild) box.removeChild(box.firstChild);
    box.setAttribute('aria-busy', 'true');
    return P.fetchJson(P.api() + '/incidents/' + encodeURIComponent(id)).then(function (inc) {
      var back = el('a', { href: '#/incidents' + (state.key ? '?' + state.key : ''), class: 'back' }, '\u2190 All incidents');
      var heading = el('h1', { id: 'incident-heading', tabindex: '-1' }, inc.label);
      box.appendChild(el('p', null, back));
      box.appendChild(heading);
      box.appendChild(el('p', { class: 'detail-meta' }, range(inc.first, inc.last), ' \u00b7 ',
        list(inc.stories).length + (list(inc.stories).length === 1 ? ' story' : ' stories'), ' from ',
        inc.outlets + (inc.outlets === 1 ? ' outlet' : ' outlets')));
      box.appendChild(el('section', { class: 'panel incident-timeline', 'aria-labelledby': 'incident-timeline-heading' },
        el('h2', { id: 'incident-timeline-heading' }, 'Stories in time order'),
        timeline(inc),
        storyList(inc)));
      box.appendChild(el('div', { class: 'detail-grid' },
        el('section', { class: 'panel', 'aria-labelledby': 'incident-claims-heading' },
          el('h2', { id: 'incident-claims-heading' }, 'Attribution claims'), claimsBlock(inc)),
        el('section', { class: 'panel', 'aria-labelledby': 'incident-entities-heading' },
          el('h2', { id: 'incident-entities-heading' }, 'Entities'), entityBlock(inc))));
      document.title = inc.label + ' \u2014 wirewatch';
      box.setAttribute('aria-busy', 'false');
      heading.focus();
    }).catch(function (e) {
      box.setAttribute('aria-busy', 'false');
      box.appendChild(el('p', null, el('a', { href: '#/incidents', class: 'back' }, '\u2190 All incidents')));
      P.showError(e);
    });
  }

  // ------------------------------------------------------------------ entry point

  /** Called by app.js for #/incidents…: `path` is the hash without '#'. */
  function show(path) {
    var m = /^\/incidents\/([^?/]+)/.exec(path);
    if (m) {
      var id;
      try { id = decodeURIComponent(m[1]); } catch (e) { id = m[1]; }
      showDetail(id);
      return;
    }
    var qs = path.indexOf('?') >= 0 ? path.slice(path.indexOf('?') + 1) : '';
    var params = new URLSearchParams(qs);
    var f = {};
    FILTERS.forEach(function (k) { var v = params.get(k); if (v) f[k] = v; });
    showList(f);
  }

  /** Forget what was shown (sign-out). */
  function reset() {
    state = { key: null, filters: {}, nextCursor: null, shown: 0 };
    ['incident-list', 'incident-detail'].forEach(function (id) { var n = $(id); if (n) while (n.firstChild) n.removeChild(n.firstChild); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('incidents-filters').addEventListener('submit', function (ev) { ev.preventDefault(); applyForm(); });
    $('incidents-more').addEventListener('click', function () { loadPage(true); });
  });

  window.WirewatchIncidents = { show: show, reset: reset };
})();
