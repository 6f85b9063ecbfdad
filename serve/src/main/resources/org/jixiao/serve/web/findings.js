'use strict';
/* Findings for auditors: filters, and each finding with both sides shown where they were printed. */
(() => {
  J.nav('findings.html');
  const FIELDS = ['severity', 'rule', 'department', 'year'];
  const LIMIT = 20;
  const p = J.params();
  FIELDS.forEach(f => { document.getElementById(f).value = p.get(f) || ''; });

  document.getElementById('filter-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const next = {};
    FIELDS.forEach(f => { next[f] = document.getElementById(f).value.trim(); });
    location.href = 'findings.html?' + J.query(next);
  });

  function url(offset) {
    const next = new URLSearchParams(location.search);
    next.set('offset', offset);
    return 'findings.html?' + next.toString();
  }

  async function departments() {
    try {
      const r = await J.api('/api/reports');
      const names = [...new Set(r.reports.map(x => x.department).filter(Boolean))].sort();
      document.getElementById('departments').innerHTML = names.map(n => '<option value="' + J.esc(n) + '">').join('');
    } catch (e) { /* the list is only a convenience */ }
  }

  async function run() {
    const args = { limit: LIMIT, offset: p.get('offset'), reportId: p.get('reportId') };
    FIELDS.forEach(f => { args[f] = p.get(f); });
    const only = p.get('id');
    if (only) {
      // one finding, opened from its report: look it up among the report's findings
      args.limit = 1000;
      args.offset = null;
    }
    const box = document.getElementById('findings');
    try {
      const r = await J.api('/api/findings?' + J.query(args));
      document.getElementById('counts').textContent = '共 ' + r.total + ' 条。按严重程度：'
        + Object.entries(r.counts).map(([k, v]) => J.label(J.SEVERITY, k) + ' ' + v).join('，');
      const tables = J.tableCache();
      const shown = only ? r.findings.filter(f => f.id === only) : r.findings;
      if (only) {
        document.getElementById('counts').innerHTML = shown.length ? J.reportLink(p.get('reportId'), '← 回到报告', null)
          : '没有编号为 ' + J.esc(only) + ' 的问题。';
      }
      for (const f of shown) {
        box.appendChild(await J.findingCard(f, { images: true, tables, reportLinks: true }));
      }
      const pager = document.getElementById('pager');
      if (!only && r.offset > 0) pager.innerHTML += '<a class="button" href="' + J.esc(url(Math.max(0, r.offset - LIMIT))) + '">上一页</a>';
      if (!only && r.offset + r.findings.length < r.total) pager.innerHTML += '<a class="button" href="' + J.esc(url(r.offset + LIMIT)) + '">下一页</a>';
    } catch (e) {
      J.showError(document.getElementById('status'), e);
    }
  }
  departments();
  run();
})();
