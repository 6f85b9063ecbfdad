'use strict';
/* The search page: query, facets (department, year, kind, level) as filters, hits linking to the report. */
(() => {
  J.nav('index.html');
  const FILTERS = ['department', 'year', 'kind', 'level'];
  const LIMIT = 20;
  const p = J.params();
  const form = document.getElementById('search-form');
  const q = document.getElementById('q');
  q.value = p.get('q') || '';

  function url(changes) {
    const next = new URLSearchParams(location.search);
    Object.entries(changes).forEach(([k, v]) => { if (v == null || v === '') next.delete(k); else next.set(k, v); });
    return 'index.html?' + next.toString();
  }

  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.href = url({ q: q.value.trim(), offset: null });
  });

  function facetLabel(dim, value) {
    if (dim === 'kind') return J.label(J.KIND, value);
    if (dim === 'level') return J.label(J.LEVEL, value);
    return value;
  }

  function renderFacets(facets) {
    const box = document.getElementById('facets');
    box.innerHTML = FILTERS.map(dim => {
      const values = facets[dim] || [];
      const on = p.get(dim);
      let html = '<div class="facet" data-dim="' + dim + '"><h3>' + J.DIM[dim] + (on ? '　<a class="clear" href="' + J.esc(url({ [dim]: null, offset: null })) + '">清除</a>' : '') + '</h3>';
      if (!values.length) html += '<div class="muted">—</div>';
      values.forEach(v => {
        const active = on === v.value;
        html += '<a class="facet-value' + (active ? ' on' : '') + '" data-value="' + J.esc(v.value) + '" href="'
          + J.esc(url({ [dim]: active ? null : v.value, offset: null })) + '"><span>' + J.esc(facetLabel(dim, v.value))
          + '</span><span class="count">' + v.count + '</span></a>';
      });
      return html + '</div>';
    }).join('');
  }

  function renderHits(r) {
    document.getElementById('summary').textContent = '共 ' + r.total + ' 处匹配' + (r.total ? '，第 ' + (r.offset + 1) + '–' + (r.offset + r.hits.length) + ' 处' : '');
    document.getElementById('hits').innerHTML = r.hits.map(h => {
      const anchor = h.type === 'row' ? h.tableId + '-r' + h.row : h.blockId;
      return '<div class="hit"><div class="meta">' + J.reportLink(h.reportId, (h.department || '未识别部门') + ' · ' + (h.year || '—') + ' · ' + J.label(J.KIND, h.kind), null)
        + '　<span class="muted">' + J.esc(h.fileName || '') + (h.page ? '　第' + h.page + '页' : '') + '</span></div>'
        + (h.sectionPath ? '<div class="muted">' + J.esc(h.sectionPath) + '</div>' : '')
        + '<div class="snippet">' + J.mark(h.snippet) + '</div>'
        + '<div>' + J.reportLink(h.reportId, h.type === 'row' ? '打开报告中的这一行 →' : '打开报告中的这一段 →', anchor) + '</div></div>';
    }).join('');
    const pager = document.getElementById('pager');
    pager.innerHTML = '';
    if (r.offset > 0) pager.innerHTML += '<a class="button" href="' + J.esc(url({ offset: Math.max(0, r.offset - LIMIT) })) + '">上一页</a>';
    if (r.offset + r.hits.length < r.total) pager.innerHTML += '<a class="button" href="' + J.esc(url({ offset: r.offset + LIMIT })) + '">下一页</a>';
  }

  async function run() {
    if (!q.value.trim()) {
      document.getElementById('summary').textContent = '输入关键词开始搜索。';
      return;
    }
    const args = { q: q.value.trim(), limit: LIMIT, offset: p.get('offset') };
    FILTERS.forEach(f => { args[f] = p.get(f); });
    try {
      const r = await J.api('/api/search?' + J.query(args));
      renderFacets(r.facets);
      renderHits(r);
    } catch (e) {
      J.showError(document.getElementById('status'), e);
    }
  }
  run();
})();
