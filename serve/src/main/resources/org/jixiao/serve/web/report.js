'use strict';
/* One report: metadata, findings (page images boxed), facts with links to the page, section tree, text and tables with spans. */
(() => {
  J.nav('');
  const id = J.params().get('id') || '';
  const status = document.getElementById('status');
  const NUM = /^[-+]?[0-9][0-9,]*(\.[0-9]+)?%?$/;

  function meta(r, d) {
    const rows = [['部门', r.department], ['年度', r.year], ['类型', J.label(J.KIND, r.kind)], ['层级', J.label(J.LEVEL, r.level)],
      ['地区', r.region], ['文件', r.fileName], ['格式', r.mediaType], ['自评得分', r.selfScore],
      ['页数', d.pages], ['报告编号', r.id]];
    document.getElementById('meta').innerHTML = '<dl>' + rows.map(([k, v]) => '<dt>' + k + '</dt><dd>' + J.esc(v == null ? '—' : v) + '</dd>').join('') + '</dl>'
      + (r.diagnostics && r.diagnostics.length ? '<div class="muted">提取提示：' + J.esc(r.diagnostics.join('；')) + '</div>' : '');
  }

  function toc(sections) {
    const ul = list => '<ul>' + list.map(s => '<li><a href="#' + J.esc(s.blockId) + '">' + J.esc((s.number || '') + (s.title || '')) + '</a>'
      + (s.children && s.children.length ? ul(s.children) : '') + '</li>').join('') + '</ul>';
    document.getElementById('toc').innerHTML = '<strong>目录</strong>' + (sections.length ? ul(sections) : '<div class="muted">（无章节编号）</div>');
  }

  /** A table with its merged cells as rowspan/colspan; each row anchored as tableId-rN. */
  function table(t) {
    let html = '<table class="grid" id="' + J.esc(t.id) + '">';
    html += '<caption>' + J.esc(t.caption || t.id) + (t.unitLine ? '　<span class="muted">' + J.esc(t.unitLine) + '</span>' : '') + '</caption>';
    for (let r = 0; r < t.rows; r++) {
      html += '<tr id="' + J.esc(t.id + '-r' + r) + '">';
      for (const c of t.cells.filter(c => c.row === r).sort((a, b) => a.col - b.col)) {
        const cls = NUM.test((c.text || '').trim()) ? ' class="num"' : '';
        html += '<td' + cls + (c.rowSpan > 1 ? ' rowspan="' + c.rowSpan + '"' : '') + (c.colSpan > 1 ? ' colspan="' + c.colSpan + '"' : '')
          + ' data-cell="' + c.row + ',' + c.col + '">' + J.esc(c.text) + '</td>';
      }
      html += '</tr>';
    }
    return html + '</table>';
  }

  function doc(d) {
    const tables = new Map((d.tables || []).map(t => [t.id, t]));
    if (!d.content) {
      document.getElementById('doc').innerHTML = '<div class="muted">原文件已不在索引记录的位置（或内容已变），只能显示索引中的数字与问题。</div>';
      return;
    }
    document.getElementById('doc').innerHTML = d.blocks.map(b => {
      if (b.type === 'table') return tables.has(b.tableId) ? table(tables.get(b.tableId)) : '';
      const page = b.page ? ' <span class="muted">［第' + b.page + '页］</span>' : '';
      if (b.type === 'heading') return '<h4 id="' + J.esc(b.id) + '">' + J.esc(b.text) + page + '</h4>';
      return '<p id="' + J.esc(b.id) + '">' + J.esc(b.text) + '</p>';
    }).join('');
  }

  /** Where a fact was printed, as a link to the page image with it boxed when the report is a PDF. */
  function factWhere(f, d, tables) {
    let box = null;
    if (f.tableId && f.row != null && f.col != null && tables.has(f.tableId)) {
      const cell = tables.get(f.tableId).cells.find(c => f.row >= c.row && f.row < c.row + c.rowSpan && f.col >= c.col && f.col < c.col + c.colSpan);
      box = cell && cell.provenance && cell.provenance.bbox;
    }
    const anchor = f.tableId ? f.tableId + '-r' + f.row : f.blockId;
    let html = anchor ? '<a href="#' + J.esc(anchor) + '">' + J.esc(f.where || anchor) + '</a>' : J.esc(f.where || '');
    if (d.pageImages && f.page && box) {
      html += '　<a target="_blank" rel="noopener" href="/api/reports/' + encodeURIComponent(id) + '/pages/' + f.page + '.png?box='
        + [box.left, box.top, box.right, box.bottom].map(v => v.toFixed(1)).join(',') + '">看原页</a>';
    }
    return html;
  }

  function facts(d) {
    const tables = new Map((d.tables || []).map(t => [t.id, t]));
    document.getElementById('n-facts').textContent = d.facts.length;
    document.getElementById('facts').innerHTML = '<table class="grid" id="facts-table"><tr><th>标签</th><th>口径</th><th>阶段</th><th>所属期</th><th>数值</th><th>位置</th></tr>'
      + d.facts.map(f => '<tr><td>' + J.esc(f.label) + '</td><td>' + J.esc(J.label(J.SCOPE, f.scope)) + '</td><td>' + J.esc(J.label(J.PHASE, f.phase))
        + '</td><td>' + J.esc(f.period || '') + '</td><td class="num">' + J.esc(f.display) + '</td><td>' + factWhere(f, d, tables) + '</td></tr>').join('')
      + '</table>';
  }

  /** The findings as a list; each opens on the findings page with both sides shown where they were printed. */
  function findings(d) {
    document.getElementById('n-findings').textContent = d.findings.length;
    const box = document.getElementById('findings');
    if (!d.findings.length) { box.innerHTML = '<div class="muted">没有发现问题。</div>'; return; }
    const order = { error: 0, warning: 1, info: 2, 'not-evaluated': 3 };
    const list = d.findings.slice().sort((a, b) => (order[a.severity] ?? 9) - (order[b.severity] ?? 9));
    box.innerHTML = '<div class="card">' + list.map(f => '<div class="finding-line"><span class="sev sev-' + J.esc(f.severity) + '">'
      + J.esc(J.label(J.SEVERITY, f.severity)) + '</span><a class="finding-link" href="findings.html?' + J.query({ reportId: id, id: f.id })
      + '">' + J.esc(f.message || f.rule) + '</a>' + (f.page ? ' <span class="muted">第' + f.page + '页</span>' : '') + '</div>').join('') + '</div>';
  }

  async function run() {
    try {
      const d = await J.api('/api/reports/' + encodeURIComponent(id));
      const r = d.report;
      document.title = (r.department || r.fileName) + ' · 绩效 jixiao';
      document.getElementById('title').textContent = (r.title || r.fileName || '报告');
      meta(r, d);
      toc(d.sections || []);
      doc(d);
      facts(d);
      findings(d);
      if (location.hash) {
        const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (target) { target.classList.add('hl'); target.scrollIntoView(); }
      }
    } catch (e) {
      J.showError(status, e);
    }
  }
  run();
})();
