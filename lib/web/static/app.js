// wirewatch analyst page. Plain browser JavaScript, no build step, no network
// beyond the browse API (and, when config.json asks for it, the Cognito sign-in
// service: see auth.js). All record text reaches the page through textContent /
// text nodes (never innerHTML), so a headline that contains markup is shown as text.
(function () {
  'use strict';

  // The browse API's base: same origin by default; a deployment that serves the page
  // elsewhere sets <meta name="wirewatch-api" content="https://.../api">. A config.json
  // with apiBaseUrl (the cloud deployment's) wins over both: the API is {apiBaseUrl}/api.
  var apiMeta = document.querySelector('meta[name="wirewatch-api"]');
  var API = ((apiMeta && apiMeta.getAttribute('content')) || 'api').replace(/\/+$/, '');
  // The sign-in session (auth.js) when config.json has `auth`; null in local mode.
  var session = null;
  var ready = false;
  var PAGE_SIZE = 20;
  var KINDS = ['actor', 'system', 'agency', 'organization', 'country'];
  var KIND_LABEL = { actor: 'Threat actor', system: 'System', agency: 'Agency', organization: 'Organization', country: 'Country' };

  var $ = function (id) { return document.getElementById(id); };

  // ------------------------------------------------------------------ DOM helpers

  /** el('a', {href: x, class: 'y'}, child, 'text', ...): children are nodes or strings (as text). */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else node.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  /** Only http(s) links from records become hrefs: no javascript: or data: URLs. */
  function safeHref(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  // ------------------------------------------------------------------ formatting

  var regionNames = null;
  try { regionNames = new Intl.DisplayNames(['en'], { type: 'region' }); } catch (e) { regionNames = null; }
  var countryNameCache = {};

  function rememberCountry(c) {
    if (c && typeof c === 'object' && c.code && c.name) countryNameCache[c.code] = c.name;
  }

  function countryCode(c) { return typeof c === 'string' ? c : (c && c.code) || ''; }

  function countryName(code) {
    if (!code) return '';
    if (countryNameCache[code]) return countryNameCache[code];
    if (code === 'XK') return 'Kosovo';
    try { return (regionNames && regionNames.of(code)) || code; } catch (e) { return code; }
  }

  function fmtDate(iso, withTime) {
    if (!iso) return 'date unknown';
    var d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    var opts = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
    if (withTime) { opts.hour = '2-digit'; opts.minute = '2-digit'; opts.timeZoneName = 'short'; }
    return d.toLocaleString('en-GB', opts);
  }

  // The publisher's own day (publishedDate, YYYY-MM-DD) as the page states it: a story dated late in the
  // evening west of Greenwich falls on the next day in UTC.
  function fmtDay(day) {
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
    return new Date(day + 'T00:00:00Z').toLocaleString('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }

  function list(v) { return Array.isArray(v) ? v : []; }

  function countryChip(c, role) {
    var code = countryCode(c);
    var name = typeof c === 'object' && c && c.name ? c.name : countryName(code);
    return el('span', { class: 'chip chip-country' + (role ? ' chip-' + role : ''), title: name + ' (' + code + ')' },
      el('abbr', { title: name, class: 'chip-code' }, code), ' ', name);
  }

  /** The organizations and agencies hit (incident.victimOrganizations), as text. */
  function victimOrgs(incident) {
    var orgs = list(incident && incident.victimOrganizations).filter(function (o) { return typeof o === 'string' && o.trim(); });
    if (!orgs.length) return null;
    return orgs.map(function (o) { return el('span', { class: 'chip chip-victim chip-org whw-org', title: 'Victim organization' }, o); });
  }

  /** "who hit whom": attributedTo → victims, with the country names spelled out, and the victim organizations. */
  function whoHitWhom(incident) {
    var from = list(incident && incident.attributedTo);
    var to = list(incident && incident.victims);
    var orgs = victimOrgs(incident);
    if (!from.length && !to.length && !orgs) return null;
    var box = el('p', { class: 'whw' });
    append(box, el('span', { class: 'whw-label' }, 'Who hit whom: '));
    append(box, from.length
      ? el('span', { class: 'whw-side whw-attacker' }, from.map(function (c) { return countryChip(c, 'attacker'); }))
      : el('span', { class: 'whw-unknown' }, 'unattributed'));
    append(box, el('span', { class: 'whw-arrow', 'aria-hidden': 'true' }, ' \u2192 '), el('span', { class: 'visually-hidden' }, ' attacked '));
    append(box, to.length || orgs
      ? el('span', { class: 'whw-side whw-victim' }, to.map(function (c) { return countryChip(c, 'victim'); }), orgs)
      : el('span', { class: 'whw-unknown' }, 'victim unknown'));
    return box;
  }

  function typeBadges(incident) {
    if (!incident) return null;
    var out = [];
    if (incident.isCyber === false) out.push(el('span', { class: 'badge badge-noncyber' }, 'not cyber'));
    list(incident.types).forEach(function (t) { out.push(el('span', { class: 'badge badge-type' }, t)); });
    return out.length ? el('span', { class: 'badges' }, out) : null;
  }

  function sourceLine(item) {
    var src = item.source || {};
    var parts = [];
    parts.push(el('time', { datetime: item.publishedDate || item.publishedAt || item.fetchedAt || null }, fmtDay(item.publishedDate) || fmtDate(item.publishedAt || item.fetchedAt)));
    if (src.publisher || src.domain) parts.push(el('span', { class: 'publisher' }, src.publisher || src.domain));
    if (src.wire) parts.push(el('span', { class: 'wire', title: 'Wire agency' }, src.wire));
    if (item.duplicateOf) parts.push(el('span', { class: 'badge badge-copy', title: 'Another outlet\u2019s record of this wire story came first' }, 'republished copy'));
    var line = el('p', { class: 'meta' });
    parts.forEach(function (p, i) { if (i) append(line, el('span', { class: 'sep', 'aria-hidden': 'true' }, ' \u00b7 ')); append(line, p); });
    return line;
  }

  // ------------------------------------------------------------------ API

  /** An error that sends the page back to its signed-out state. */
  function signedOutError(message) {
    var err = new Error(message);
    err.status = 401;
    return err;
  }

  function requestHeaders() {
    var headers = { accept: 'application/json' };
    if (!session) return Promise.resolve(headers);
    return session.accessToken().then(function (token) {
      if (!token) throw signedOutError('Your session has expired. Sign in again.');
      headers.authorization = 'Bearer ' + token;
      return headers;
    });
  }

  function fetchJson(path) {
    return requestHeaders().then(function (headers) {
      return fetch(path, { headers: headers, credentials: 'omit' });
    }).then(function (res) {
      return res.text().then(function (body) {
        var data = null;
        try { data = body ? JSON.parse(body) : null; } catch (e) { data = null; }
        if (!res.ok) {
          var msg = data && data.message ? data.message : 'HTTP ' + res.status;
          if (res.status === 401 && session) msg = 'The API did not accept your session (HTTP 401). Sign in again.';
          var err = new Error(msg);
          err.status = res.status;
          throw err;
        }
        if (data === null) throw new Error('The API answered with something that is not JSON.');
        return data;
      });
    });
  }

  function showError(e) {
    if (session && e && e.status === 401) { session.clear(); showSignedOut(e.message); return; }
    var box = $('error');
    box.textContent = 'Something went wrong: ' + (e && e.message ? e.message : String(e));
    box.hidden = false;
  }
  function hideError() { $('error').hidden = true; }

  // ------------------------------------------------------------------ list view

  // Filter parameters the page reads from and writes to the address, in the API's names.
  var FILTERS = ['q', 'country', 'attributedTo', 'victim', 'type', 'actor', 'organization', 'victimOrganization', 'agency', 'system', 'from', 'to', 'isCyber', 'duplicates'];
  var TEXT_FILTERS = ['q', 'actor', 'organization', 'victimOrganization', 'agency', 'system'];
  var COUNTRY_SELECTS = { country: 'countries', attributedTo: 'attributedTo', victim: 'victims' };
  // Facet groups shown beside the list: API facet name → filter it sets, heading.
  var FACET_GROUPS = [
    ['types', 'type', 'Incident types'],
    ['attributedTo', 'attributedTo', 'Attributed to'],
    ['victims', 'victim', 'Victim countries'],
    ['countries', 'country', 'Countries mentioned'],
    ['actors', 'actor', 'Threat actors'],
    ['agencies', 'agency', 'Agencies'],
    ['systems', 'system', 'Systems'],
    ['victimOrganizations', 'victimOrganization', 'Victim organizations'],
    ['organizations', 'organization', 'Organizations'],
  ];
  var FACET_SHOWN = 8;

  var state = { filters: {}, limit: PAGE_SIZE, items: [], nextCursor: null, loading: false, queryKey: null, total: null, known: { country: {}, attributedTo: {}, victim: {} } };

  function readFilters() {
    var f = {};
    TEXT_FILTERS.forEach(function (k) { var v = $('f-' + k).value.trim(); if (v) f[k] = v; });
    Object.keys(COUNTRY_SELECTS).forEach(function (k) { var v = $('f-' + k).value; if (v) f[k] = v; });
    var t = $('f-type').value; if (t) f.type = t;
    var from = $('f-from').value; if (from) f.from = from;
    var to = $('f-to').value; if (to) f.to = to;
    if ($('f-cyber').checked) f.isCyber = 'true';
    if ($('f-dups').checked) f.duplicates = 'exclude';
    return f;
  }

  function writeFilters(f) {
    TEXT_FILTERS.forEach(function (k) { $('f-' + k).value = f[k] || ''; });
    Object.keys(COUNTRY_SELECTS).forEach(function (k) { ensureCountryOption(k, f[k]); $('f-' + k).value = f[k] || ''; });
    $('f-type').value = f.type || '';
    $('f-from').value = f.from || '';
    $('f-to').value = f.to || '';
    $('f-cyber').checked = f.isCyber === 'true';
    $('f-dups').checked = f.duplicates === 'exclude';
    if (f.organization || f.victimOrganization || f.agency || f.system) $('more-filters').open = true;
  }

  function toQuery(f) {
    var p = new URLSearchParams();
    Object.keys(f).sort().forEach(function (k) { if (f[k]) p.set(k, f[k]); });
    return p.toString();
  }

  /** Goes to the list with these filters (the address is the state: back and forward work). */
  function navigate(f) {
    if (state.limit !== PAGE_SIZE) f.limit = String(state.limit);
    var qs = toQuery(f);
    var target = '#/' + (qs ? '?' + qs : '');
    if (location.hash === target) route(); else location.hash = target;
  }

  function ensureCountryOption(name, code) {
    if (!code) return;
    var sel = $('f-' + name);
    for (var i = 0; i < sel.options.length; i++) if (sel.options[i].value === code) return;
    sel.appendChild(el('option', { value: code }, countryName(code) + ' (' + code + ')'));
  }

  /** The three country selects, filled from the facets; codes offered before stay (without a count). */
  function updateCountryOptions(facets) {
    Object.keys(COUNTRY_SELECTS).forEach(function (name) {
      var known = state.known[name];
      Object.keys(known).forEach(function (k) { known[k] = null; });
      list(facets && facets[COUNTRY_SELECTS[name]]).forEach(function (fc) { if (fc && fc.value) known[fc.value] = fc.count; });
      var sel = $('f-' + name);
      var current = sel.value;
      while (sel.options.length > 1) sel.remove(1);
      Object.keys(known).sort(function (a, b) { return countryName(a).localeCompare(countryName(b)); }).forEach(function (code) {
        var n = known[code];
        sel.appendChild(el('option', { value: code }, countryName(code) + (typeof n === 'number' ? ' (' + n + ')' : '')));
      });
      ensureCountryOption(name, current);
      sel.value = current;
    });
  }

  function renderItem(item) {
    var id = typeof item.id === 'string' ? item.id : '';
    var countries = list(item.countries);
    countries.forEach(rememberCountry);
    var article = el('article', { class: 'record-card' + (item.incident && item.incident.isCyber === false ? ' noncyber' : '') },
      el('h2', { class: 'record-headline' }, el('a', { href: '#/record/' + encodeURIComponent(id) }, item.headline || '(no headline)')),
      sourceLine(item),
      item.summary ? el('p', { class: 'summary' }, item.summary) : null,
      whoHitWhom(item.incident),
      el('div', { class: 'card-foot' },
        typeBadges(item.incident),
        countries.length ? el('span', { class: 'chips', 'aria-label': 'Countries mentioned' }, countries.map(function (c) { return countryChip(c); })) : null));
    return el('li', { class: 'record', 'data-id': id }, article);
  }

  // ---------------------------------------------------------- facets beside the list

  function renderFacets(facets) {
    var box = $('facet-groups');
    clear(box);
    FACET_GROUPS.forEach(function (g) {
      var counts = list(facets && facets[g[0]]);
      if (!counts.length) return;
      var param = g[1];
      var isCountry = param in COUNTRY_SELECTS;
      var ul = el('ul', { class: 'facet-list' });
      counts.slice(0, FACET_SHOWN).forEach(function (fc) {
        var label = isCountry ? countryName(fc.value) : fc.value;
        var active = String(state.filters[param] || '').toLowerCase() === String(fc.value).toLowerCase();
        var btn = el('button', { type: 'button', class: 'facet' + (active ? ' active' : ''), 'data-param': param, 'data-value': fc.value, 'aria-pressed': active ? 'true' : 'false' },
          el('span', { class: 'facet-label' }, label), el('span', { class: 'facet-count' }, String(fc.count)));
        btn.addEventListener('click', function () {
          var f = Object.assign({}, state.filters);
          if (active) delete f[param]; else f[param] = fc.value;
          navigate(f);
        });
        ul.appendChild(el('li', null, btn));
      });
      box.appendChild(el('section', { class: 'facet-group', 'data-facet': g[0] }, el('h3', null, g[2]), ul));
    });
  }

  // ---------------------------------------------------------- timeline (timeline.js, uPlot)

  /** Incidents per week by type; a brushed span (mouse or keyboard) becomes From and To. */
  function renderTimeline(timeline) {
    if (!window.WirewatchTimeline) { showError(new Error('timeline.js did not load.')); return; }
    window.WirewatchTimeline.render({
      holder: $('timeline-chart'), legend: $('timeline-legend'), empty: $('timeline-empty'), hint: $('timeline-hint'),
      timeline: list(timeline),
      onRange: function (from, to) { navigate(Object.assign({}, state.filters, { from: from, to: to })); },
    });
  }

  // ---------------------------------------------------------- attribution matrix

  function renderMatrix(matrix) {
    var wrap = $('matrix-wrap');
    clear(wrap);
    var attackers = list(matrix && matrix.attackers);
    var victims = list(matrix && matrix.victims);
    var cells = {};
    var max = 1;
    list(matrix && matrix.cells).forEach(function (c) { cells[c.attributedTo + '>' + c.victim] = c.count; if (c.count > max) max = c.count; });
    $('matrix-empty').hidden = attackers.length > 0;
    if (!attackers.length) return;
    var head = el('tr', null, el('th', { scope: 'col', class: 'corner' }, el('span', { class: 'visually-hidden' }, 'Attributed to \\ victim')));
    victims.forEach(function (v) { head.appendChild(el('th', { scope: 'col', title: countryName(v) }, el('abbr', { title: countryName(v) }, v))); });
    var body = el('tbody');
    attackers.forEach(function (a) {
      var tr = el('tr', null, el('th', { scope: 'row', title: countryName(a) }, countryName(a)));
      victims.forEach(function (v) {
        var n = cells[a + '>' + v] || 0;
        if (!n) { tr.appendChild(el('td', { class: 'empty' }, el('span', { class: 'visually-hidden' }, 'none'))); return; }
        var heat = Math.min(5, 1 + Math.floor((n / max) * 4.999));
        var btn = el('button', { type: 'button', class: 'cell heat-' + heat, 'data-attacker': a, 'data-victim': v,
          'aria-label': n + (n === 1 ? ' story' : ' stories') + ': ' + countryName(a) + ' against ' + countryName(v) }, String(n));
        btn.addEventListener('click', function () {
          var f = Object.assign({}, state.filters);
          f.attributedTo = a;
          f.victim = v;
          navigate(f);
        });
        tr.appendChild(el('td', null, btn));
      });
      body.appendChild(tr);
    });
    wrap.appendChild(el('table', { class: 'matrix-table', id: 'matrix-table' }, el('thead', null, head), body));
  }

  // ---------------------------------------------------------- export

  function exportSet(format) {
    var status = $('export-status');
    var qs = toQuery(Object.assign({}, state.filters, { format: format }));
    status.textContent = 'Preparing the ' + format.toUpperCase() + ' export\u2026';
    return requestHeaders().then(function (headers) {
      headers.accept = format === 'csv' ? 'text/csv' : 'application/x-ndjson';
      return fetch(API + '/export?' + qs, { headers: headers, credentials: 'omit' });
    }).then(function (res) {
      if (!res.ok) {
        return res.text().then(function (body) {
          var data = null;
          try { data = JSON.parse(body); } catch (e) { data = null; }
          var err = new Error(data && data.message ? data.message : 'HTTP ' + res.status);
          err.status = res.status;
          throw err;
        });
      }
      var rows = res.headers.get('x-wirewatch-rows');
      return res.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = el('a', { href: url, download: 'wirewatch-' + new Date().toISOString().slice(0, 10) + '.' + format, class: 'visually-hidden' }, 'download');
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
        status.textContent = 'Exported ' + (rows !== null ? rows + (rows === '1' ? ' story' : ' stories') : 'the stories') + ' as ' + format.toUpperCase() + '.';
      });
    }).catch(function (e) {
      status.textContent = '';
      showError(e);
    });
  }

  // ---------------------------------------------------------- loading

  function setListStatus() {
    var n = state.items.length;
    var text;
    if (state.loading && !n) text = 'Loading\u2026';
    else if (!n) text = 'No stories match these filters.';
    else if (typeof state.total === 'number') text = 'Showing ' + n + ' of ' + state.total + (state.total === 1 ? ' story' : ' stories') + ', newest first.';
    else text = 'Showing ' + n + (n === 1 ? ' story' : ' stories') + ', newest first.';
    $('list-status').textContent = text;
    $('records').setAttribute('aria-busy', state.loading ? 'true' : 'false');
    $('more').hidden = !state.nextCursor;
    $('more').disabled = state.loading;
  }

  function loadFacets() {
    var key = state.queryKey;
    $('facets').setAttribute('aria-busy', 'true');
    return fetchJson(API + '/facets?' + toQuery(state.filters)).then(function (data) {
      if (key !== state.queryKey) return;
      updateCountryOptions(data.facets);
      renderFacets(data.facets);
      renderTimeline(data.timeline);
      renderMatrix(data.matrix);
      $('facets').setAttribute('aria-busy', 'false');
    }).catch(function (e) {
      if (key !== state.queryKey) return;
      $('facets').setAttribute('aria-busy', 'false');
      showError(e);
    });
  }

  function loadRecords(append) {
    if (append && (!state.nextCursor || state.loading)) return Promise.resolve();
    var params = Object.assign({}, state.filters, { limit: String(state.limit) });
    if (append) params.cursor = state.nextCursor;
    state.loading = true;
    setListStatus();
    var key = state.queryKey;
    return fetchJson(API + '/records?' + toQuery(params)).then(function (data) {
      if (key !== state.queryKey) return; // a newer query replaced this one
      hideError();
      var items = list(data.items);
      if (!append) { state.items = []; clear($('records')); }
      state.items = state.items.concat(items);
      state.nextCursor = data.nextCursor || null;
      state.total = typeof data.total === 'number' ? data.total : null;
      var ol = $('records');
      items.forEach(function (it) { ol.appendChild(renderItem(it)); });
      // Same task as the append: the button never shows stale state between the two.
      state.loading = false;
      setListStatus();
    }).catch(function (e) {
      if (key !== state.queryKey) return;
      state.loading = false;
      setListStatus();
      showError(e);
    });
  }

  function showList(filters, limit) {
    var key = toQuery(filters) + '|' + limit;
    writeFilters(filters);
    if (key === state.queryKey && state.items.length) { setListStatus(); return; }
    state.queryKey = key;
    state.filters = filters;
    state.limit = limit;
    state.nextCursor = null;
    state.items = [];
    clear($('records'));
    loadRecords(false);
    loadFacets();
  }

  // ------------------------------------------------------------------ detail view

  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  /** Every surface form the record names, with its kind; the longest forms win overlaps. */
  function highlightTerms(record) {
    var terms = {};
    function add(term, kind, label) {
      if (typeof term !== 'string') return;
      term = term.trim();
      if (term.length < 2 || terms[term]) return;
      terms[term] = { kind: kind, label: label };
    }
    function named(listName, kind) {
      list(record[listName]).forEach(function (e) {
        if (!e || !e.name) return;
        add(e.name, kind, e.name);
        add(e.acronym, kind, e.name);
        list(e.aliases).forEach(function (a) { add(a, kind, e.name); });
      });
    }
    named('actors', 'actor');
    named('systems', 'system');
    named('agencies', 'agency');
    named('organizations', 'organization');
    list(record.countries).forEach(function (c) {
      if (!c) return;
      add(c.name, 'country', c.name);
      list(c.surfaceForms).forEach(function (s) { add(s, 'country', c.name); });
    });
    return terms;
  }

  /** Text → paragraphs with <mark> around entity mentions, built from text nodes only. */
  function highlightedText(text, terms) {
    var keys = Object.keys(terms).sort(function (a, b) { return b.length - a.length; });
    var re = null;
    if (keys.length) {
      try {
        re = new RegExp('(?<![\\p{L}\\p{N}])(?:' + keys.map(escapeRegExp).join('|') + ')(?![\\p{L}\\p{N}])', 'gu');
      } catch (e) {
        re = new RegExp('\\b(?:' + keys.map(escapeRegExp).join('|') + ')\\b', 'g');
      }
    }
    var frag = document.createDocumentFragment();
    String(text || '').split(/\n\s*\n/).forEach(function (para) {
      if (!para.trim()) return;
      var p = el('p');
      var last = 0;
      if (re) {
        re.lastIndex = 0;
        var m;
        while ((m = re.exec(para)) !== null) {
          if (m.index > last) p.appendChild(document.createTextNode(para.slice(last, m.index)));
          var t = terms[m[0]];
          p.appendChild(el('mark', { class: 'hl hl-' + t.kind, 'data-kind': t.kind, title: KIND_LABEL[t.kind] + ': ' + t.label }, m[0]));
          last = m.index + m[0].length;
          if (m[0].length === 0) re.lastIndex++;
        }
      }
      if (last < para.length) p.appendChild(document.createTextNode(para.slice(last)));
      frag.appendChild(p);
    });
    return frag;
  }

  function entityTable(title, kind, rows, columns) {
    var section = el('section', { class: 'entities entities-' + kind, 'aria-label': title });
    append(section, el('h3', null, el('span', { class: 'swatch hl-' + kind, 'aria-hidden': 'true' }), title, ' ', el('span', { class: 'count' }, '(' + rows.length + ')')));
    if (!rows.length) { append(section, el('p', { class: 'none' }, 'None found.')); return section; }
    var ul = el('ul', { class: 'entity-list' });
    rows.forEach(function (r) {
      ul.appendChild(el('li', null, columns(r)));
    });
    append(section, ul);
    return section;
  }

  function namedRow(e) {
    var bits = [el('strong', null, e.name || '')];
    if (e.acronym) bits.push(' (' + e.acronym + ')');
    var extra = [];
    if (e.kind) extra.push(e.kind);
    if (e.country) extra.push(countryName(e.country));
    if (extra.length) bits.push(el('span', { class: 'muted' }, ' \u2014 ' + extra.join(', ')));
    if (list(e.aliases).length) bits.push(el('span', { class: 'muted' }, '; also ' + list(e.aliases).join(', ')));
    if (e.mentions) bits.push(el('span', { class: 'mentions', title: 'mentions' }, ' \u00d7' + e.mentions));
    return bits;
  }

  function incidentBlock(incident) {
    incident = incident || {};
    var dl = el('dl', { class: 'incident-facts' });
    function row(term, value) { dl.appendChild(el('dt', null, term)); dl.appendChild(el('dd', null, value)); }
    var cyber = incident.isCyber ? 'Yes' : 'No';
    if (typeof incident.confidence === 'number') cyber += ' (confidence ' + Math.round(incident.confidence * 100) + '%)';
    row('Cyber incident', cyber);
    row('Types', list(incident.types).length ? list(incident.types).map(function (t) { return el('span', { class: 'badge badge-type' }, t); }) : 'none');
    row('Attributed to', list(incident.attributedTo).length ? list(incident.attributedTo).map(function (c) { return countryChip(c, 'attacker'); }) : 'not attributed');
    row('Victims', list(incident.victims).length ? list(incident.victims).map(function (c) { return countryChip(c, 'victim'); }) : 'unknown');
    var orgs = victimOrgs(incident);
    row('Victim organizations', orgs ? el('span', { class: 'chips' }, orgs) : 'none named');
    if (list(incident.eventDates).length) row('Event dates', list(incident.eventDates).join(', '));
    if (list(incident.responses).length) row('Responses', list(incident.responses).map(function (r) { return el('span', { class: 'badge' }, r); }));
    return el('section', { class: 'incident', 'aria-labelledby': 'incident-heading' }, el('h2', { id: 'incident-heading' }, 'Incident'), whoHitWhom(incident), dl);
  }

  function backHref() {
    var f = Object.assign({}, state.filters);
    if (state.limit !== PAGE_SIZE) f.limit = String(state.limit);
    var qs = toQuery(f);
    return '#/' + (qs ? '?' + qs : '');
  }

  /** "Republished copy of <link>": the link says the original's headline once it is loaded. */
  function republishedNote(originalId) {
    if (typeof originalId !== 'string' || !originalId) return null;
    var link = el('a', { href: '#/record/' + encodeURIComponent(originalId), id: 'republished-of' }, originalId);
    fetchJson(API + '/records/' + encodeURIComponent(originalId)).then(function (o) {
      var who = o && o.source ? (o.source.publisher || o.source.domain) : null;
      if (o && o.headline) link.textContent = o.headline + (who ? ' (' + who + ')' : '');
    }).catch(function () { /* the id stays as the link text */ });
    return el('p', { class: 'republished' }, 'Republished copy of ', link);
  }

  /** "Also carried by N outlets": every outlet's copy of this wire story, earliest first. */
  function clusterBlock(cluster, selfId) {
    if (!cluster || !list(cluster.members).length || cluster.otherOutlets < 1) return null;
    var n = cluster.otherOutlets;
    var items = list(cluster.members).map(function (m) {
      var who = m.publisher || m.domain || m.id;
      var href = safeHref(m.url);
      var mine = m.id === selfId;
      return el('li', { class: mine ? 'cluster-self' : null },
        el('a', { href: '#/record/' + encodeURIComponent(m.id) }, m.headline || '(no headline)'),
        ' ', el('span', { class: 'publisher' }, who),
        ' ', el('time', { datetime: m.publishedAt || m.fetchedAt || null, class: 'muted' }, fmtDate(m.publishedAt || m.fetchedAt, true)),
        m.canonical ? el('span', { class: 'badge' }, 'first') : null,
        mine ? el('span', { class: 'muted' }, ' (this copy)') : null,
        href ? [' ', el('a', { href: href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'original' }, 'original page')] : null);
    });
    return el('section', { class: 'cluster', 'aria-labelledby': 'cluster-heading' },
      el('h2', { id: 'cluster-heading' }, 'Also carried by ' + n + ' outlet' + (n === 1 ? '' : 's')),
      el('ol', { class: 'cluster-members' }, items));
  }

  function renderDetail(r) {
    var view = $('view-detail');
    clear(view);
    list(r.countries).forEach(rememberCountry);
    var src = r.source || {};
    var href = safeHref(r.url);
    var metaBits = [];
    if (list(r.byline).length) metaBits.push(el('span', { class: 'byline' }, 'By ' + list(r.byline).join(', ')));
    if (r.dateline && r.dateline.place) metaBits.push(el('span', { class: 'dateline' }, r.dateline.place + (r.dateline.country ? ' (' + countryName(r.dateline.country) + ')' : '')));
    var pubDay = fmtDay(r.publishedDate);
    metaBits.push(el('span', null, 'Published ', pubDay ? el('time', { datetime: r.publishedDate }, pubDay) : null, pubDay ? ' (' : null, el('time', { datetime: r.publishedAt || null }, fmtDate(r.publishedAt, true)), pubDay ? ')' : null, r.publishedAtSource ? el('span', { class: 'muted' }, ' from ' + r.publishedAtSource) : null));
    metaBits.push(el('span', { class: 'muted' }, 'Fetched ' + fmtDate(r.fetchedAt, true)));
    var meta = el('p', { class: 'detail-meta' });
    metaBits.forEach(function (b, i) { if (i) append(meta, el('span', { class: 'sep', 'aria-hidden': 'true' }, ' \u00b7 ')); append(meta, b); });

    var terms = highlightTerms(r);
    var legend = el('p', { class: 'legend', 'aria-label': 'Highlight colours' }, KINDS.map(function (k) { return el('span', { class: 'hl hl-' + k }, KIND_LABEL[k]); }));

    var article = el('article', { class: 'story', 'aria-labelledby': 'detail-headline' },
      el('p', { class: 'back' }, el('a', { href: backHref() }, '\u2190 Back to incidents')),
      el('h1', { id: 'detail-headline', tabindex: '-1' }, r.headline || '(no headline)'),
      el('p', { class: 'source' },
        el('span', { class: 'publisher' }, src.publisher || src.domain || 'unknown publisher'),
        src.wire ? el('span', { class: 'wire' }, src.wire) : null,
        href ? el('a', { href: href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'original' }, 'Original story') : null),
      republishedNote(r.duplicateOf),
      meta,
      clusterBlock(r.cluster, r.id),
      el('div', { class: 'detail-grid' },
        el('div', { class: 'detail-text' }, legend, el('div', { class: 'story-text' }, highlightedText(r.text, terms))),
        el('div', { class: 'detail-side' },
          incidentBlock(r.incident),
          entityTable('Countries', 'country', list(r.countries), function (c) {
            return [el('strong', null, c.name || countryName(c.code)), ' ', el('span', { class: 'muted' }, c.code || ''), c.mentions ? el('span', { class: 'mentions' }, ' \u00d7' + c.mentions) : null];
          }),
          entityTable('Agencies', 'agency', list(r.agencies), namedRow),
          entityTable('Organizations', 'organization', list(r.organizations), namedRow),
          entityTable('Threat actors', 'actor', list(r.actors), namedRow),
          entityTable('Systems', 'system', list(r.systems), namedRow),
          el('p', { class: 'muted small' }, 'Record ' + (r.id || '') + (r.extractor && r.extractor.version ? ' \u00b7 extractor ' + r.extractor.version : '')))));
    view.appendChild(article);
    document.title = (r.headline || 'Story') + ' \u2014 wirewatch';
    $('detail-headline').focus();
  }

  function showDetail(id) {
    var view = $('view-detail');
    clear(view);
    view.appendChild(el('p', { role: 'status' }, 'Loading story\u2026'));
    return fetchJson(API + '/records/' + encodeURIComponent(id)).then(function (r) {
      hideError();
      renderDetail(r);
    }).catch(function (e) {
      clear(view);
      view.appendChild(el('p', { class: 'back' }, el('a', { href: '#/' }, '\u2190 Back to incidents')));
      showError(e);
    });
  }

  // ------------------------------------------------------------------ failures view

  var failures = { loaded: false, nextCursor: null, count: 0 };

  function renderFailure(f) {
    var href = safeHref(f.url);
    return el('tr', null,
      el('td', null, el('time', { datetime: f.at || null }, fmtDate(f.at, true))),
      el('td', null, el('span', { class: 'badge badge-reason reason-' + String(f.reason || 'unknown').replace(/[^a-z-]/g, '') }, f.reason || 'unknown')),
      el('td', { class: 'num' }, f.status === null || f.status === undefined ? '\u2014' : String(f.status)),
      el('td', { class: 'url' }, href ? el('a', { href: href, rel: 'noopener noreferrer nofollow' }, f.url) : String(f.url || '')),
      el('td', null, f.message || ''));
  }

  function loadFailures(append) {
    var q = 'limit=50' + (append && failures.nextCursor ? '&cursor=' + encodeURIComponent(failures.nextCursor) : '');
    $('failures-status').textContent = 'Loading\u2026';
    return fetchJson(API + '/failures?' + q).then(function (data) {
      hideError();
      var body = $('failures-body');
      if (!append) { clear(body); failures.count = 0; }
      list(data.items).forEach(function (f) { body.appendChild(renderFailure(f)); failures.count++; });
      failures.nextCursor = data.nextCursor || null;
      failures.loaded = true;
      $('failures-more').hidden = !failures.nextCursor;
      $('failures-status').textContent = failures.count ? failures.count + (failures.count === 1 ? ' failure' : ' failures') + ' shown.' : 'No failures recorded.';
    }).catch(function (e) {
      $('failures-status').textContent = '';
      showError(e);
    });
  }

  // ------------------------------------------------------------------ routing

  function setView(name) {
    $('view-signin').hidden = name !== 'signin';
    $('tabs').hidden = name === 'signin';
    $('view-list').hidden = name !== 'list';
    $('view-detail').hidden = name !== 'detail';
    $('view-failures').hidden = name !== 'failures';
    $('view-incidents').hidden = name !== 'incidents';
    var current = name === 'failures' ? 'tab-failures' : name === 'incidents' ? 'tab-incident-groups' : 'tab-incidents';
    ['tab-incidents', 'tab-incident-groups', 'tab-failures'].forEach(function (t) {
      if (t === current) $(t).setAttribute('aria-current', 'page'); else $(t).removeAttribute('aria-current');
    });
    if (name !== 'detail') document.title = 'wirewatch: cyber incidents in the news wires';
  }

  function route() {
    hideError();
    if (session && !session.signedIn()) { showSignedOut(null); return; }
    showAccount();
    var hash = location.hash.replace(/^#/, '') || '/';
    var m = /^\/record\/([^?/]+)/.exec(hash);
    if (m) {
      setView('detail');
      var id;
      try { id = decodeURIComponent(m[1]); } catch (e) { id = m[1]; }
      showDetail(id);
      return;
    }
    if (/^\/incidents(?:[/?]|$)/.test(hash)) {
      setView('incidents');
      window.WirewatchIncidents.show(hash); // incidents.js
      return;
    }
    if (/^\/failures/.test(hash)) {
      setView('failures');
      loadFailures(false);
      return;
    }
    setView('list');
    var qs = hash.indexOf('?') >= 0 ? hash.slice(hash.indexOf('?') + 1) : '';
    var params = new URLSearchParams(qs);
    var f = {};
    FILTERS.forEach(function (k) { var v = params.get(k); if (v) f[k] = v; });
    // Page size can be set in the address (#/?limit=50) for longer pages; the API caps it at 100.
    var limit = Number(params.get('limit'));
    showList(f, limit >= 1 && limit <= 100 && Math.floor(limit) === limit ? limit : PAGE_SIZE);
  }

  function applyFilters() {
    var f = readFilters();
    if (state.limit !== PAGE_SIZE) f.limit = String(state.limit);
    var qs = toQuery(f);
    var target = '#/' + (qs ? '?' + qs : '');
    if (location.hash === target) route(); else location.hash = target;
  }

  // ------------------------------------------------------------------ sign-in

  /** Signed-out state: no views, no API calls, a Sign in button and why we are here. */
  function showSignedOut(message) {
    setView('signin');
    $('account').hidden = true;
    // Forget what the signed-in views held: the next analyst must not see it.
    state.queryKey = null;
    state.items = [];
    clear($('records'));
    clear($('view-detail'));
    clear($('failures-body'));
    if (window.WirewatchIncidents) window.WirewatchIncidents.reset();
    var box = $('signin-message');
    box.textContent = message || '';
    box.hidden = !message;
    $('sign-in').disabled = false;
  }

  function showAccount() {
    var name = session ? session.user() : null;
    $('account').hidden = !session;
    $('account-name').textContent = name || 'analyst';
  }

  function signIn() {
    $('sign-in').disabled = true;
    session.signIn().catch(function (e) {
      showSignedOut(e && e.message ? e.message : String(e));
    });
  }

  function signOut() {
    $('sign-out').disabled = true;
    session.signOut().catch(function (e) {
      $('sign-out').disabled = false;
      showSignedOut(e && e.message ? e.message : String(e));
    });
  }

  /** Reads config.json, finishes a sign-in redirect if this load is one, then routes. */
  function start() {
    var auth = window.WirewatchAuth;
    if (!auth) { showError(new Error('auth.js did not load.')); return; }
    function go() { ready = true; route(); }
    auth.loadConfig('config.json').then(function (config) {
      if (!config) return go(); // local mode: same-origin API, no sign-in
      if (config.apiBaseUrl) API = config.apiBaseUrl + '/api';
      if (!config.auth) return go();
      session = auth.createSession(config.auth);
      var notice = session.takeNotice();
      return session.completeSignIn().then(function () {
        ready = true;
        if (notice && !session.signedIn()) showSignedOut(notice); else route();
      }, function (e) {
        ready = true;
        // A stale or forged answer (nothing was exchanged) does not end a session this tab already has.
        if (e && e.code === 'state-mismatch' && session.signedIn()) { route(); return; }
        session.clear();
        showSignedOut(e && e.message ? e.message : String(e));
      });
    }).catch(function (e) {
      // A broken config.json: say so, and call no API with guessed settings.
      setView('none');
      $('tabs').hidden = true;
      showError(e);
    });
  }

  // What incidents.js borrows: API calls with the session, element building, names and dates.
  window.WirewatchPage = {
    el: el, fetchJson: fetchJson, showError: showError, countryChip: countryChip, fmtDate: fmtDate, fmtDay: fmtDay,
    api: function () { return API; },
  };

  document.addEventListener('DOMContentLoaded', function () {
    $('sign-in').addEventListener('click', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); applyFilters(); });
    ['f-country', 'f-attributedTo', 'f-victim', 'f-type', 'f-cyber', 'f-dups'].forEach(function (id) { $(id).addEventListener('change', applyFilters); });
    $('export-csv').addEventListener('click', function () { exportSet('csv'); });
    $('export-jsonl').addEventListener('click', function () { exportSet('jsonl'); });
    $('f-clear').addEventListener('click', function () { writeFilters({}); applyFilters(); });
    $('more').addEventListener('click', function () { loadRecords(true); });
    $('failures-more').addEventListener('click', function () { loadFailures(true); });
    // Until config.json is read, the API base and sign-in state are unknown: no routing yet.
    window.addEventListener('hashchange', function () { if (ready) route(); });
    start();
  });
})();
