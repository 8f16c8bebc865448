// wirewatch analyst page: incidents per week, stacked by type, drawn by uPlot on a <canvas>.
// uPlot (vendor/uplot, MIT, served from the page's own origin) draws the bars, the time axis and
// the drag-select; this file stacks the counts (uPlot has no stacking of its own), maps a
// selected span to whole weeks, and adds the keyboard brush and the text for screen readers.
// uPlot styles its elements through element.style (CSSOM), which the page's CSP allows; it adds
// no <style> element and evaluates no strings.
(function () {
  'use strict';

  var DAY = 86400; // uPlot's time scale counts seconds
  var WEEK = 7 * DAY;
  var HEIGHT_WIDE = 200;
  var HEIGHT_NARROW = 160;
  var NARROW_PX = 520;
  // Bottom of the stack first; the facets' own type order, "untyped" (no type found) last.
  var TYPE_ORDER = ['cyberattack', 'ransomware', 'ddos', 'wiper', 'data-breach', 'espionage', 'defacement', 'phishing', 'supply-chain', 'untyped'];

  var current = null; // { uplot, weeks, types, holder, resize }

  function addDays(day, n) {
    var d = new Date(day + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  function secondsOf(day) { return Date.parse(day + 'T00:00:00Z') / 1000; }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  /** Every week from the first to the last, empty ones included, so bars sit on a time axis. */
  function fillWeeks(timeline) {
    var byWeek = {};
    (Array.isArray(timeline) ? timeline : []).forEach(function (w) {
      if (w && typeof w.week === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(w.week)) byWeek[w.week] = w;
    });
    var keys = Object.keys(byWeek).sort();
    if (!keys.length) return [];
    var out = [];
    for (var wk = keys[0]; wk <= keys[keys.length - 1] && out.length < 5000; wk = addDays(wk, 7)) {
      var w = byWeek[wk];
      out.push({ week: wk, total: w ? Number(w.total) || 0 : 0, types: (w && w.types) || {} });
    }
    return out;
  }

  /**
   * uPlot data for stacked bars: x = the middle of each week (a bar then covers Monday to Sunday),
   * one series per type holding the running sum up to that type. The series go top of the stack
   * first, so each later (lower, shorter) bar paints over the bottom of the one before it.
   */
  function stackedData(weeks, types) {
    var xs = weeks.map(function (w) { return secondsOf(w.week) + WEEK / 2; });
    var acc = weeks.map(function () { return 0; });
    var sums = types.map(function (t) {
      return weeks.map(function (w, i) { acc[i] += Number(w.types[t]) || 0; return acc[i]; });
    });
    return { data: [xs].concat(sums.slice().reverse()), drawOrder: types.slice().reverse(), peak: Math.max.apply(null, acc.concat([1])) };
  }

  /** The fill of a legend swatch: the colours live in style.css only. */
  function swatchColour(swatch) {
    var c = window.getComputedStyle(swatch).backgroundColor;
    return c && c !== 'rgba(0, 0, 0, 0)' ? c : '#888';
  }

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined) n.textContent = text;
    return n;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function destroy() {
    if (!current) return;
    if (current.resize) current.resize.disconnect();
    current.uplot.destroy();
    current = null;
  }

  function chartSize(holder) {
    var width = Math.max(240, Math.floor(holder.clientWidth || 600));
    return { width: width, height: width < NARROW_PX ? HEIGHT_NARROW : HEIGHT_WIDE };
  }

  /** What a screen reader hears on focus: the span, the busiest week, the count per type. */
  function summary(weeks, types) {
    var first = weeks[0].week, last = addDays(weeks[weeks.length - 1].week, 6);
    var busiest = weeks.reduce(function (a, b) { return b.total > a.total ? b : a; }, weeks[0]);
    var total = weeks.reduce(function (n, w) { return n + w.total; }, 0);
    var perType = types.map(function (t) {
      return t + ' ' + weeks.reduce(function (n, w) { return n + (Number(w.types[t]) || 0); }, 0);
    });
    return 'Incidents per week, stacked by type, ' + first + ' to ' + last + ': ' + plural(total, 'story', 'stories') +
      '; busiest week ' + busiest.week + ' with ' + busiest.total + '. By type: ' + perType.join(', ') +
      '. Arrow keys pick a week, Shift with arrows widens the range, Enter sets From and To.';
  }

  function weekLine(w, types) {
    var parts = types.filter(function (t) { return w.types[t]; }).map(function (t) { return t + ' ' + w.types[t]; });
    return 'Week of ' + w.week + ': ' + plural(w.total, 'story', 'stories') + (parts.length ? ' (' + parts.join(', ') + ')' : '');
  }

  /**
   * Draws the timeline into opts.holder. opts: holder, legend, empty, hint (elements), timeline
   * (the facets' weeks: {week, total, types}), onRange(from, to) with yyyy-mm-dd days, Monday to Sunday.
   */
  function render(opts) {
    var holder = opts.holder;
    destroy();
    clear(holder);
    clear(opts.legend);
    var weeks = fillWeeks(opts.timeline);
    opts.empty.hidden = weeks.length > 0;
    holder.hidden = !weeks.length;
    if (!weeks.length) return null;
    if (typeof window.uPlot !== 'function') {
      holder.appendChild(el('p', 'none', 'The chart library (vendor/uplot) did not load.'));
      return null;
    }
    var uPlot = window.uPlot;
    var types = TYPE_ORDER.filter(function (t) { return weeks.some(function (w) { return w.types[t]; }); });
    var colour = {};
    types.forEach(function (t) {
      var swatch = el('span', 'swatch tl-' + t);
      swatch.setAttribute('aria-hidden', 'true');
      var li = el('li');
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(t));
      opts.legend.appendChild(li);
      colour[t] = swatchColour(swatch);
    });

    var stacked = stackedData(weeks, types);
    var x0 = secondsOf(weeks[0].week);
    var hint = opts.hint;
    // The hint as index.html words it; a new drawing starts from it again (a keyboard brush rewrote it).
    if (!hint.hasAttribute('data-default')) hint.setAttribute('data-default', hint.textContent);
    var defaultHint = hint.getAttribute('data-default');
    hint.textContent = defaultHint;
    var readout = el('p', 'timeline-readout small');
    readout.setAttribute('aria-hidden', 'true'); // the keyboard path announces weeks through the hint

    function weekIndexAt(t) { return Math.max(0, Math.min(weeks.length - 1, Math.floor((t - x0) / WEEK))); }

    function applyRange(a, b) {
      var lo = Math.min(a, b), hi = Math.max(a, b);
      opts.onRange(weeks[lo].week, addDays(weeks[hi].week, 6));
    }

    var barsPath = uPlot.paths.bars({ size: [0.88, 64, 1], align: 0 });
    var series = [{ label: 'week' }].concat(stacked.drawOrder.map(function (t) {
      return {
        label: t,
        fill: colour[t],
        stroke: colour[t],
        width: 0,
        paths: barsPath,
        points: { show: false },
      };
    }));
    var size = chartSize(holder);
    var options = {
      width: size.width,
      height: size.height,
      class: 'timeline-uplot',
      legend: { show: false },
      // The axis shows days in UTC: weeks are UTC Mondays whatever the reader's time zone.
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); },
      scales: {
        x: { time: true, range: function () { return [x0, secondsOf(weeks[weeks.length - 1].week) + WEEK]; } },
        y: { range: function () { return [0, Math.max(2, Math.ceil(stacked.peak * 1.1))]; } },
      },
      axes: [
        { space: 70 },
        { size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000], values: function (u, splits) { return splits.map(function (v) { return String(v); }); } },
      ],
      series: series,
      cursor: {
        points: { show: false },
        // Drag across to pick weeks; the chart keeps its scale and the span becomes From and To.
        drag: { x: true, y: false, setScale: false },
      },
      hooks: {
        setSelect: [function (u) {
          if (u.select.width < 3) return; // a click, not a drag
          var t0 = u.posToVal(u.select.left, 'x');
          var t1 = u.posToVal(u.select.left + u.select.width, 'x');
          applyRange(weekIndexAt(t0), weekIndexAt(t1));
        }],
        setCursor: [function (u) {
          var i = u.cursor.idx;
          readout.textContent = i === null || i === undefined ? '' : weekLine(weeks[i], types);
        }],
      },
    };
    var u = new uPlot(options, stacked.data, holder);
    holder.appendChild(readout);

    // The keyboard brush on the chart's own container: a week cursor, Shift widens, Enter applies.
    holder.tabIndex = 0;
    holder.setAttribute('role', 'img');
    holder.setAttribute('aria-label', summary(weeks, types));
    if (hint.id) holder.setAttribute('aria-describedby', hint.id);
    hint.setAttribute('aria-live', 'polite');
    var cursor = -1, anchor = -1;
    function showRange(a, b) {
      var lo = Math.min(a, b), hi = Math.max(a, b);
      var left = u.valToPos(secondsOf(weeks[lo].week), 'x');
      var right = u.valToPos(secondsOf(weeks[hi].week) + WEEK, 'x');
      u.setSelect({ left: left, width: Math.max(1, right - left), top: 0, height: u.bbox.height / (uPlot.pxRatio || 1) }, false);
    }
    holder.onkeydown = function (ev) {
      var k = ev.key;
      if (k !== 'ArrowLeft' && k !== 'ArrowRight' && k !== 'Enter' && k !== 'Escape' && k !== 'Home' && k !== 'End') return;
      ev.preventDefault();
      if (k === 'Escape') {
        cursor = anchor = -1;
        u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
        hint.textContent = defaultHint;
        return;
      }
      if (k === 'Enter') { if (cursor >= 0) applyRange(anchor, cursor); return; }
      var next = cursor < 0 ? weeks.length - 1
        : k === 'Home' ? 0 : k === 'End' ? weeks.length - 1
        : Math.max(0, Math.min(weeks.length - 1, cursor + (k === 'ArrowLeft' ? -1 : 1)));
      if (!ev.shiftKey || anchor < 0) anchor = next;
      cursor = next;
      showRange(anchor, cursor);
      hint.textContent = weekLine(weeks[next], types) + '. Enter applies ' + weeks[Math.min(anchor, cursor)].week +
        ' to ' + addDays(weeks[Math.max(anchor, cursor)].week, 6) + '.';
    };

    // The chart follows its column's width (a narrow window, a resized one).
    var resize = null;
    if (typeof ResizeObserver === 'function') {
      var lastWidth = size.width;
      resize = new ResizeObserver(function () {
        var s = chartSize(holder);
        if (s.width === lastWidth) return;
        lastWidth = s.width;
        u.setSize(s);
        if (cursor >= 0) showRange(anchor, cursor);
      });
      resize.observe(holder);
    }
    current = { uplot: u, weeks: weeks, types: types, holder: holder, resize: resize };
    return current;
  }

  window.WirewatchTimeline = {
    render: render,
    /** The chart on screen: its uPlot instance, the filled weeks and the types bottom to top (or null). */
    current: function () { return current; },
  };
})();
