/**
 * The style and the script of the review page (src/report/html.ts), inlined into the page
 * and allowed by their hashes in its Content-Security-Policy. The script builds each page
 * of units from the embedded data with DOM calls only (createElement, textContent), so
 * document text is never parsed as markup.
 */

export const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { padding: 0 1.25rem; }
header { border-bottom: 1px solid var(--line); }
h1 { font-size: 1.4rem; margin: .6rem 0 .2rem; }
h2 { font-size: 1.15rem; margin: 1.2rem 0 .4rem; }
h3 { font-size: 1rem; margin: .6rem 0 .3rem; }
.muted { color: var(--muted); }
bdi, .cell, .mark, .label { unicode-bidi: isolate; }
[lang="zh"] { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
table.counts { border-collapse: collapse; margin: .3rem 0; }
table.counts th, table.counts td { border: 1px solid var(--line); padding: .15rem .5rem; text-align: left; }
table.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary-grid { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.toolbar { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: .4rem 0; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
button { font: inherit; }
.toolbar button, .goto { border: 1px solid #555; background: #f3f3f3; color: var(--ink); border-radius: 4px; padding: .1rem .6rem; cursor: pointer; }
.goto { padding: 0 .4rem; }
.legend { display: flex; flex-wrap: wrap; gap: .8rem; margin: .4rem 0; padding: 0; list-style: none; }
.unit { border-top: 2px solid #888; margin-top: 1rem; padding-top: .2rem; }
.unit h2 { word-break: break-all; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem); gap: 1rem; align-items: start; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.columns { display: grid; grid-template-columns: 1fr 1fr; align-content: start; border: 1px solid var(--line); }
.colhead { font-weight: 600; background: #f3f3f3; padding: .2rem .5rem; border-bottom: 1px solid var(--line); }
.cell { padding: .3rem .5rem; border-bottom: 1px solid #e4e4e4; }
.cell.en { border-right: 1px solid var(--line); }
.cell p { margin: 0 0 .3rem; }
.gap { color: var(--muted); font-style: italic; background: repeating-linear-gradient(135deg, #fff 0 6px, #f1f1f1 6px 12px); }
.mark { font: inherit; color: var(--ink); border: 0; padding: 0 .1rem; margin: 0; background: none; cursor: pointer; border-radius: 2px; }
.mark .icon { font-size: .8em; margin-right: .05rem; }
.fate-matched { background: #e3f2e6; border-bottom: 2px solid #2e7d32; }
.fate-mismatched { background: #fde4e2; text-decoration: underline wavy #b3261e; text-underline-offset: 3px; }
.fate-missing { background: #fff1c7; border-bottom: 2px dashed #8a6100; }
.fate-unchecked { border-bottom: 1px dotted #666; }
.mark.failing { outline: 2px double #b3261e; outline-offset: 0; }
.mark:focus-visible, .mark.hl-self { outline: 3px solid #1a4fb5; outline-offset: 1px; }
.mark.hl-counterpart { outline: 3px solid #6a1b9a; outline-offset: 1px; background: #efe0f7; }
.ctl { font-size: .75em; color: #7a1f00; border: 1px solid #b35a00; border-radius: 2px; padding: 0 .1rem; }
#tip { position: absolute; z-index: 5; max-width: 28rem; background: #1b1b1b; color: #fff; padding: .4rem .6rem; border-radius: 4px; font-size: .9rem; }
#tip p { margin: 0; }
.findings ol { padding-left: 1.2rem; margin: 0; }
.finding { margin-bottom: .5rem; padding: .2rem .3rem; border-radius: 3px; }
.finding:focus { outline: 3px solid #1a4fb5; }
.finding.current { background: #e8eefb; }
.sev-error .sev { color: #a11b12; font-weight: 600; }
.sev-warning .sev { color: #7a4a00; font-weight: 600; }
.sev-info .sev { color: #1a4fb5; font-weight: 600; }
.rule { font-family: ui-monospace, monospace; font-size: .85em; color: var(--muted); }
.fix del { background: #fde4e2; color: var(--ink); }
.fix ins { background: #e3f2e6; color: var(--ink); text-decoration: none; }
.notice { color: #7a4a00; }
svg text { font: 12px system-ui, sans-serif; fill: #1b1b1b; }
`;

export const SCRIPT = `
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('zhenlint-data').textContent);
  const units = data.units;
  const PAGE = data.pageSize;
  const FATE = { matched: ['✓', 'matched in the other version'], mismatched: ['≠', 'differs from the other version'], missing: ['∅', 'missing from the other version'], unchecked: ['', 'not compared'] };
  const SEV = { error: '✖', warning: '⚠', info: 'ℹ' };
  const LANG = { en: 'English', zh: 'Chinese', und: 'document' };
  const CONTROL = /[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]/;
  const list = document.getElementById('units');
  const tip = document.getElementById('tip');
  const pageInfo = document.getElementById('page-info');
  let page = 0;
  let current = -1;

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const hex = (c) => 'U+' + c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
  // Direction controls are shown, not obeyed: a reviewer sees them and they reorder nothing.
  const appendText = (parent, text) => {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (!CONTROL.test(text[i])) continue;
      if (i > start) parent.appendChild(document.createTextNode(text.slice(start, i)));
      const c = el('span', 'ctl', hex(text[i]));
      c.title = 'invisible direction control ' + hex(text[i]);
      parent.appendChild(c);
      start = i + 1;
    }
    if (start < text.length) parent.appendChild(document.createTextNode(text.slice(start)));
  };
  const bdi = (cls, text) => {
    const b = el('bdi', cls);
    appendText(b, text);
    return b;
  };
  const plural = (n, w) => n + ' ' + w + (n === 1 ? '' : 's');

  function markLabel(m) {
    const parts = [m.text, FATE[m.fate][1]];
    if (m.failing) parts.push('fails an arithmetic check');
    return parts.join(', ');
  }

  function renderSentence(u, s, parent) {
    const p = el('p');
    let at = s.offset;
    for (const m of s.marks) {
      appendText(p, s.text.slice(at - s.offset, m.offset - s.offset));
      const b = el('button', 'mark fate-' + m.fate + (m.failing ? ' failing' : ''));
      b.type = 'button';
      b.id = 'u' + u + '-' + m.id;
      b.dataset.unit = u;
      b.dataset.mark = m.id;
      const icon = FATE[m.fate][0] + (m.failing ? '⚠' : '');
      if (icon) b.appendChild(el('span', 'icon', icon)).setAttribute('aria-hidden', 'true');
      appendText(b, s.text.slice(m.offset - s.offset, m.offset - s.offset + m.length));
      b.setAttribute('aria-label', markLabel(m));
      b.setAttribute('aria-describedby', 'tip');
      p.appendChild(b);
      at = m.offset + m.length;
    }
    appendText(p, s.text.slice(at - s.offset));
    parent.appendChild(p);
  }

  function renderUnit(u) {
    const unit = units[u];
    const sec = el('section', 'unit');
    sec.id = 'u' + u;
    sec.setAttribute('aria-labelledby', 'u' + u + '-h');
    const h = el('h2');
    h.id = 'u' + u + '-h';
    h.appendChild(bdi('label', unit.label));
    sec.appendChild(h);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of unit.findings) counts[f.severity]++;
    sec.appendChild(el('p', 'muted', plural(unit.findings.length, 'finding') + (unit.findings.length ? ' (' + plural(counts.error, 'error') + ', ' + plural(counts.warning, 'warning') + ', ' + plural(counts.info, 'info') + ')' : '')));
    for (const n of unit.notices || []) sec.appendChild(el('p', 'notice', n));
    if (!unit.rows) return sec;
    const layout = el('div', 'layout');
    const cols = el('div', 'columns');
    cols.appendChild(el('div', 'colhead', 'English'));
    const zhHead = cols.appendChild(el('div', 'colhead', '中文'));
    zhHead.lang = 'zh';
    for (const row of unit.rows) {
      for (const lang of ['en', 'zh']) {
        const cell = el('div', 'cell ' + lang);
        cell.lang = lang;
        if (row[lang].length === 0) {
          cell.classList.add('gap');
          cell.lang = 'en';
          cell.textContent = lang === 'en' ? 'no English sentence aligned here' : 'no Chinese sentence aligned here';
        }
        for (const s of row[lang]) renderSentence(u, s, cell);
        cols.appendChild(cell);
      }
    }
    if (unit.rows.length === 0) cols.appendChild(el('p', 'muted cell', 'No English or Chinese passage was found.'));
    layout.appendChild(cols);
    const aside = el('aside', 'findings');
    aside.setAttribute('aria-label', 'Findings of ' + unit.label);
    aside.appendChild(el('h3', '', 'Findings'));
    if (unit.findings.length === 0) aside.appendChild(el('p', 'muted', 'No findings.'));
    else {
      const ol = aside.appendChild(el('ol'));
      unit.findings.forEach((f, i) => {
        const li = el('li', 'finding sev-' + f.severity);
        li.id = 'u' + u + '-f' + i;
        li.tabIndex = -1;
        li.dataset.unit = u;
        li.dataset.finding = i;
        li.appendChild(el('span', 'sev', SEV[f.severity] + ' ' + f.severity));
        li.appendChild(document.createTextNode(' '));
        appendText(li, f.message);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('span', 'rule', f.ruleId));
        const where = el('div');
        f.marks.forEach((id, k) => {
          const mark = unit.marks[id];
          const a = el('a');
          a.href = '#u' + u + '-' + id;
          a.dataset.target = 'u' + u + '-' + id;
          a.appendChild(bdi('', mark ? mark.text : id));
          a.appendChild(document.createTextNode(' (' + (mark ? LANG[mark.lang] : '') + (k === 0 ? '' : ', referred to') + ')'));
          if (k > 0) where.appendChild(document.createTextNode(' · '));
          where.appendChild(a);
        });
        li.appendChild(where);
        if (f.fix) {
          const fix = el('div', 'fix', 'Fix: ');
          fix.appendChild(el('del')).appendChild(bdi('', f.fix.original));
          fix.appendChild(document.createTextNode(' → '));
          fix.appendChild(el('ins')).appendChild(bdi('', f.fix.replacement));
          li.appendChild(fix);
        }
        ol.appendChild(li);
      });
    }
    layout.appendChild(aside);
    sec.appendChild(layout);
    return sec;
  }

  function indexMarks(unit) {
    if (unit.marks || !unit.rows) return;
    unit.marks = {};
    for (const row of unit.rows) for (const lang of ['en', 'zh']) for (const s of row[lang]) for (const m of s.marks) unit.marks[m.id] = m;
  }

  function show(p, focusUnit) {
    const pages = Math.max(1, Math.ceil(units.length / PAGE));
    page = Math.min(Math.max(0, p), pages - 1);
    hideTip();
    list.textContent = '';
    const frag = document.createDocumentFragment();
    for (let u = page * PAGE; u < Math.min(units.length, (page + 1) * PAGE); u++) {
      indexMarks(units[u]);
      frag.appendChild(renderUnit(u));
    }
    list.appendChild(frag);
    pageInfo.textContent = 'Page ' + (page + 1) + ' of ' + pages + ' (' + plural(units.length, data.unitWord) + ')';
    document.getElementById('prev-page').disabled = page === 0;
    document.getElementById('next-page').disabled = page >= pages - 1;
    current = -1;
    if (focusUnit !== undefined) {
      const h = document.getElementById('u' + focusUnit + '-h');
      if (h) {
        h.tabIndex = -1;
        h.focus();
      }
    }
  }

  function highlight(b, on) {
    const u = units[Number(b.dataset.unit)];
    const m = u.marks[b.dataset.mark];
    b.classList.toggle('hl-self', on);
    if (m.counterpart) {
      const other = document.getElementById('u' + b.dataset.unit + '-' + m.counterpart);
      if (other) other.classList.toggle('hl-counterpart', on);
    }
    if (on) showTip(b, u, m);
    else hideTip();
  }

  function showTip(b, u, m) {
    tip.textContent = '';
    const head = el('p');
    head.appendChild(bdi('', m.text));
    let what = ': ' + FATE[m.fate][1];
    if (m.counterpart && u.marks[m.counterpart]) what += ' (' + LANG[u.marks[m.counterpart].lang] + ' ';
    head.appendChild(document.createTextNode(what));
    if (m.counterpart && u.marks[m.counterpart]) {
      head.appendChild(bdi('', u.marks[m.counterpart].text));
      head.appendChild(document.createTextNode(')'));
    }
    tip.appendChild(head);
    for (const c of m.checks) {
      const p = el('p', 'check');
      appendText(p, c.text);
      tip.appendChild(p);
    }
    for (const i of m.findings) {
      const f = u.findings[i];
      tip.appendChild(el('p', '', SEV[f.severity] + ' ' + f.ruleId));
    }
    tip.hidden = false;
    const r = b.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4)) + 'px';
    tip.style.top = window.scrollY + r.bottom + 6 + 'px';
  }

  function hideTip() {
    tip.hidden = true;
  }

  const markOf = (t) => (t instanceof Element ? t.closest('button.mark') : null);
  list.addEventListener('mouseover', (e) => { const b = markOf(e.target); if (b) highlight(b, true); });
  list.addEventListener('mouseout', (e) => { const b = markOf(e.target); if (b && document.activeElement !== b) highlight(b, false); });
  list.addEventListener('focusin', (e) => { const b = markOf(e.target); if (b) highlight(b, true); });
  list.addEventListener('focusout', (e) => { const b = markOf(e.target); if (b) highlight(b, false); });
  list.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[data-target]') : null;
    if (!a) return;
    const b = document.getElementById(a.dataset.target);
    if (!b) return;
    e.preventDefault();
    b.scrollIntoView({ block: 'center' });
    b.focus();
  });

  function findingsOnPage() {
    return Array.from(list.querySelectorAll('li.finding'));
  }

  // j / k and the two buttons move between findings; past the last of a page, on to the next page with findings.
  function step(dir) {
    let items = findingsOnPage();
    let next = current + dir;
    if (next < 0 || next >= items.length) {
      const pages = Math.ceil(units.length / PAGE);
      let p = page + dir;
      while (p >= 0 && p < pages && !units.slice(p * PAGE, (p + 1) * PAGE).some((x) => x.findings.length)) p += dir;
      if (p < 0 || p >= pages) return;
      show(p);
      items = findingsOnPage();
      next = dir > 0 ? 0 : items.length - 1;
    }
    for (const li of items) li.classList.remove('current');
    current = next;
    const li = items[current];
    li.classList.add('current');
    li.scrollIntoView({ block: 'nearest' });
    li.focus();
    const first = li.querySelector('a[data-target]');
    const b = first && document.getElementById(first.dataset.target);
    for (const x of list.querySelectorAll('.hl-self, .hl-counterpart')) x.classList.remove('hl-self', 'hl-counterpart');
    if (b) highlight(b, true);
  }

  document.getElementById('next-finding').addEventListener('click', () => step(1));
  document.getElementById('prev-finding').addEventListener('click', () => step(-1));
  document.getElementById('prev-page').addEventListener('click', () => show(page - 1));
  document.getElementById('next-page').addEventListener('click', () => show(page + 1));
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement) return;
    if (e.key === 'j') { e.preventDefault(); step(1); }
    else if (e.key === 'k') { e.preventDefault(); step(-1); }
    else if (e.key === 'Escape') hideTip();
  });
  for (const g of document.querySelectorAll('button.goto')) {
    g.addEventListener('click', () => {
      const u = Number(g.dataset.unit);
      show(Math.floor(u / PAGE), u);
    });
  }
  show(0);
  document.body.dataset.ready = 'true';
})();
`;
