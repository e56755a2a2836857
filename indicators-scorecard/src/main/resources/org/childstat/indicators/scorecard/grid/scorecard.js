(function () {
  'use strict';
  var grid = document.querySelector('#grid tbody');
  var rows = new Map();      // LEVEL:ID -> its grid row
  var kids = new Map();      // LEVEL:ID -> its child rows, in grid order
  grid.querySelectorAll('tr').forEach(function (r) {
    rows.set(r.dataset.key, r);
    if (r.dataset.parent) {
      if (!kids.has(r.dataset.parent)) kids.set(r.dataset.parent, []);
      kids.get(r.dataset.parent).push(r);
    }
  });
  function toggleOf(r) { return r.querySelector('button.toggle'); }
  function setOpen(b, open) { b.setAttribute('aria-expanded', String(open)); b.textContent = open ? '\u25BE' : '\u25B8'; }
  function close(key) {
    (kids.get(key) || []).forEach(function (r) {
      if (!r.hidden) { r.hidden = true; }
      var b = toggleOf(r);
      if (b && b.getAttribute('aria-expanded') === 'true') { setOpen(b, false); close(r.dataset.key); }
    });
  }
  function open(key) {
    (kids.get(key) || []).forEach(function (r) { r.hidden = false; });
    var b = toggleOf(rows.get(key));
    if (b) setOpen(b, true);
  }
  grid.addEventListener('click', function (e) {
    var b = e.target.closest('button.toggle');
    if (!b) return;
    var key = b.closest('tr').dataset.key;
    if (b.getAttribute('aria-expanded') === 'true') { close(key); setOpen(b, false); } else { open(key); }
  });

  // a cell's tooltip: its n, in what its column counts, and why it has no value
  var REASONS = {'s-SUPPRESSED': 'too few to show', 's-NO_DATA': 'no data', 's-NOT_APPLICABLE': 'no result for this entity'};
  document.addEventListener('mouseover', function (e) {
    var td = e.target.closest && e.target.closest('table.scorecard td');
    if (!td || td.title) return;
    var head = td.closest('table').querySelectorAll('thead tr:last-child th')[td.cellIndex];
    var counted = head ? head.dataset.counted : '';
    var n = td.dataset.n ? 'n = ' + Number(td.dataset.n).toLocaleString('en-US') + ' ' + counted : '';
    var why = '';
    Object.keys(REASONS).forEach(function (k) { if (td.classList.contains(k)) why = REASONS[k]; });
    if (why === 'too few to show' && head) {
      why = head.hasAttribute('data-rate') ? 'fewer than 5 children contributing days' : 'fewer than 5 ' + counted;
    }
    td.title = n && why ? n + ': ' + why : n + why;
  });

  // compressed parts of the page (worker funnels, each entity's trend charts): gzip, base64
  var blobs = new Map();
  document.querySelectorAll('script.blob').forEach(function (s) { blobs.set(s.dataset.key, s); });
  var inflated = new Map();
  function inflate(key) {
    if (inflated.has(key)) return inflated.get(key);
    var s = blobs.get(key);
    var p;
    if (!s) {
      p = Promise.resolve('');
    } else if (typeof DecompressionStream === 'undefined') {
      p = Promise.resolve('<p class="note">This browser cannot open this part of the page (it needs DecompressionStream); trends.csv and variation.csv hold the same numbers.</p>');
    } else {
      var bin = atob(s.textContent.trim()), bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      p = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    }
    inflated.set(key, p);
    return p;
  }

  // funnel plots: one level at a time
  var level = document.getElementById('funnel-level');
  function showLevel(l) {
    var done = [];
    document.querySelectorAll('#funnels .plots').forEach(function (d) {
      d.hidden = d.dataset.level !== l;
      if (!d.hidden && d.dataset.blob && !d.dataset.filled) {
        done.push(inflate(d.dataset.blob).then(function (html) { d.innerHTML = html; d.dataset.filled = '1'; }));
      }
    });
    return Promise.all(done);
  }
  level.addEventListener('change', function () { showLevel(level.value).then(function () { mark(current); }); });

  var current = null;
  function mark(key) {
    document.querySelectorAll('#funnels circle.me').forEach(function (c) { c.remove(); });
    if (!key) return;
    var id = key.substring(key.indexOf(':') + 1);
    document.querySelectorAll('#funnels .plots:not([hidden]) circle[data-e]').forEach(function (c) {
      if (c.dataset.e !== id) return;
      var ring = document.createElementNS(c.namespaceURI, 'circle');
      ring.setAttribute('class', 'me');
      ring.setAttribute('cx', c.getAttribute('cx')); ring.setAttribute('cy', c.getAttribute('cy'));
      ring.setAttribute('r', '7'); ring.setAttribute('fill', 'none'); ring.setAttribute('stroke', '#c00');
      ring.setAttribute('stroke-width', '2.5');
      c.parentNode.appendChild(ring);
    });
  }

  // the Office Stat data book of the entity in the address: #OFFICE:O03
  var cases = JSON.parse(document.getElementById('review-data').textContent);
  var inHomeData = document.getElementById('in-home-data');
  var inHome = inHomeData ? JSON.parse(inHomeData.textContent) : null;
  var select = document.getElementById('book-select');
  var NAMES = {COUNTY: 'County', BUREAU: 'Bureau', OFFICE: 'Office', UNIT: 'Unit', WORKER: 'Worker'};
  var groups = {};
  rows.forEach(function (r, key) {
    var l = key.substring(0, key.indexOf(':'));
    if (!groups[l]) { groups[l] = document.createElement('optgroup'); groups[l].label = NAMES[l] + 's'; }
    var o = document.createElement('option');
    o.value = key;
    o.textContent = r.querySelector('th').textContent.replace(/^[\u25B8\u25BE]\s*/, '');
    groups[l].appendChild(o);
  });
  ['COUNTY', 'BUREAU', 'OFFICE', 'UNIT', 'WORKER'].forEach(function (l) { if (groups[l]) select.appendChild(groups[l]); });
  select.addEventListener('change', function () { location.hash = select.value ? '#' + encodeURIComponent(select.value) : ''; });

  function text(tag, t, cls) { var e = document.createElement(tag); e.textContent = t; if (cls) e.className = cls; return e; }
  function parentKey(key) { var r = rows.get(key); return r && r.dataset.parent ? r.dataset.parent : null; }
  function label(key) { var r = rows.get(key); return r ? r.querySelector('th').textContent.replace(/^[\u25B8\u25BE]\s*/, '') : key; }

  // an office's in-home cases open 18 months or longer, each with the command of its packet
  function inHomeSection(b, key) {
    var d = document.createElement('div'); d.className = 'in-home-long';
    d.appendChild(text('h3', 'In-home cases open 18 months or longer'));
    var mine = inHome.offices[key] || [];
    if (!mine.length) {
      d.appendChild(text('p', inHome.empty, 'note'));
    } else {
      d.appendChild(text('p', mine.length + (mine.length === 1 ? ' case' : ' cases') + ' of this office open 18 months or'
        + ' longer on ' + inHome.on + ' (the numerator of IN_HOME_OPEN_18M_PLUS, ' + inHome.period + '), oldest first.'
        + ' The command makes the case\'s review packet.', 'note'));
      var t = document.createElement('table'); t.className = 'plain';
      var hr = document.createElement('tr');
      ['case', 'opened', 'months open on ' + inHome.on, 'children', 'packet'].forEach(function (h) { hr.appendChild(text('th', h)); });
      t.appendChild(hr);
      mine.forEach(function (c) {
        var tr = document.createElement('tr');
        tr.appendChild(text('td', c[0])); tr.appendChild(text('td', c[1])); tr.appendChild(text('td', String(c[2])));
        tr.appendChild(text('td', c[3].join(', ')));
        var td = document.createElement('td'); td.appendChild(text('code', c[4])); tr.appendChild(td);
        t.appendChild(tr);
      });
      d.appendChild(t);
    }
    b.appendChild(d);
  }

  function book(key) {
    var b = document.getElementById('book');
    b.innerHTML = '';
    var r = rows.get(key);
    if (!r) {
      b.appendChild(text('p', 'No entity ' + key + ' in this scorecard.', 'note'));
      return Promise.resolve();
    }
    var l = key.substring(0, key.indexOf(':'));
    var head = document.createElement('header');
    head.appendChild(text('h2', label(key) + ': Stat data book'));
    var up = parentKey(key), p = document.createElement('p');
    p.className = 'note';
    p.appendChild(document.createTextNode(document.getElementById('period').textContent + '. '));
    if (up) {
      p.appendChild(document.createTextNode('Part of '));
      var a = text('a', label(up)); a.href = '#' + encodeURIComponent(up); p.appendChild(a);
      p.appendChild(document.createTextNode('. '));
    }
    var all = text('a', 'Whole scorecard'); all.href = '#'; p.appendChild(all);
    head.appendChild(p);
    b.appendChild(head);
    // its row and its children's rows
    b.appendChild(text('h3', 'Its row and the rows below it'));
    var table = document.createElement('table');
    table.className = 'scorecard';
    table.appendChild(document.querySelector('#grid thead').cloneNode(true));
    var body = document.createElement('tbody');
    [r].concat(kids.get(key) || []).forEach(function (x) {
      var c = x.cloneNode(true);
      c.hidden = false;
      var t = c.querySelector('button.toggle'); if (t) t.remove();
      body.appendChild(c);
    });
    table.appendChild(body);
    var scroll = document.createElement('div'); scroll.className = 'scroll'; scroll.appendChild(table);
    b.appendChild(scroll);
    // cases drawn for review where it is flagged
    b.appendChild(text('h3', 'Cases drawn for review'));
    var mine = cases[key] || [];
    if (!mine.length) {
      b.appendChild(text('p', 'No indicator is flagged worse (-) for this entity, so no case is drawn.', 'note'));
    }
    mine.forEach(function (s) {
      b.appendChild(text('p', s.title + ' (' + s.indicator + '): ' + s.candidates + ' in the denominator, ' + s.missed
        + ' missed the outcome' + (s.pending ? ', ' + s.pending + ' pending (their own follow-up is still running)' : '')
        + '. Drawn: missed first, pending last:'));
      var t = document.createElement('table'); t.className = 'plain cases';
      var hr = document.createElement('tr');
      ['child', 'outcome', 'episode or report', 'worker', 'unit'].forEach(function (h) { hr.appendChild(text('th', h)); });
      t.appendChild(hr);
      s.cases.forEach(function (c) {
        var tr = document.createElement('tr');
        c.forEach(function (v) { tr.appendChild(text('td', v)); });
        t.appendChild(tr);
      });
      b.appendChild(t);
      b.appendChild(text('p', 'The list and the draw: ' + s.command, 'note'));
    });
    if (l === 'OFFICE' && inHome) inHomeSection(b, key);
    // trends: its own, its parent's, the county's
    b.appendChild(text('h3', 'Trends: ' + label(key) + (up ? ', ' + label(up) : '') + (key !== 'COUNTY:COUNTY' && up !== 'COUNTY:COUNTY' ? ', County' : '')));
    var keys = [key];
    if (up) keys.push(up);
    if (keys.indexOf('COUNTY:COUNTY') < 0) keys.push('COUNTY:COUNTY');
    var trends = document.createElement('div');
    b.appendChild(trends);
    return Promise.all(keys.map(function (k) { return inflate('trends:' + k); })).then(function (parts) {
      var byIndicator = new Map();
      parts.forEach(function (html) {
        var t = document.createElement('template');
        t.innerHTML = html;
        t.content.querySelectorAll('figure[data-indicator]').forEach(function (f) {
          if (!byIndicator.has(f.dataset.indicator)) byIndicator.set(f.dataset.indicator, []);
          byIndicator.get(f.dataset.indicator).push(f);
        });
      });
      if (!byIndicator.size) trends.appendChild(text('p', 'No trend charts for this entity (workers are not charted).', 'note'));
      byIndicator.forEach(function (figs) {
        var trio = document.createElement('div'); trio.className = 'trio';
        figs.forEach(function (f) { trio.appendChild(f); });
        trends.appendChild(trio);
      });
      if (l !== 'COUNTY') {
        level.value = l;
        return showLevel(l);
      }
    });
  }

  function route() {
    var h = decodeURIComponent(location.hash.replace(/^#/, ''));
    var m = /^open=(.+)$/.exec(h);
    if (m) { var k = m[1], chain = []; while (k) { chain.unshift(k); k = parentKey(k); } chain.forEach(open); h = ''; }
    current = h && h.indexOf(':') > 0 ? h : null;
    document.body.classList.toggle('book-mode', current !== null);
    var b = document.getElementById('book');
    b.hidden = current === null;
    select.value = current || '';
    var ready = current ? book(current) : (b.innerHTML = '', Promise.resolve());
    return ready.then(function () { mark(current); document.body.dataset.ready = location.hash; });
  }
  window.addEventListener('hashchange', route);
  showLevel(level.value).then(route);
})();
