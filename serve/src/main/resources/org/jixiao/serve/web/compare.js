'use strict';
/* A pivot of one measure (scope × phase) by two dimensions, as a table with sources and an ECharts chart. */
(() => {
  J.nav('compare.html');
  const FIELDS = ['scope', 'phase', 'rows', 'cols'];
  const p = J.params();
  const DEFAULTS = { scope: 'total', phase: 'rate', rows: 'department', cols: 'year' };
  const args = {};
  FIELDS.forEach(f => {
    args[f] = p.get(f) || DEFAULTS[f];
    const el = document.getElementById(f);
    if (![...el.options].some(o => o.value === args[f])) el.add(new Option(args[f], args[f]));
    el.value = args[f];
  });
  const chartType = document.getElementById('chart-type');
  chartType.value = p.get('chart') === 'line' ? 'line' : 'bar';
  document.getElementById('csv').href = '/api/compare?' + J.query(Object.assign({}, args, { format: 'csv' }));

  document.getElementById('compare-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const next = {};
    FIELDS.forEach(f => { next[f] = document.getElementById(f).value; });
    next.chart = chartType.value;
    location.href = 'compare.html?' + J.query(next);
  });

  function keyLabel(dim, key) {
    if (dim === 'kind') return J.label(J.KIND, key);
    if (dim === 'level') return J.label(J.LEVEL, key);
    return key;
  }

  function table(r) {
    const cell = new Map(r.cells.map(c => [c.row + '\u0000' + c.col, c]));
    let html = '<table class="grid" id="pivot-table"><tr><th>' + J.esc(J.DIM[r.rows] || r.rows) + ' ＼ ' + J.esc(J.DIM[r.cols] || r.cols) + '</th>'
      + r.colKeys.map(c => '<th>' + J.esc(keyLabel(r.cols, c)) + '</th>').join('') + '</tr>';
    for (const row of r.rowKeys) {
      html += '<tr><th>' + J.esc(keyLabel(r.rows, row)) + '</th>';
      for (const col of r.colKeys) {
        const c = cell.get(row + '\u0000' + col);
        if (!c) { html += '<td></td>'; continue; }
        const src = c.sources && c.sources[0];
        const title = (c.sources || []).map(s => (s.label || '') + ' = ' + s.display + '（' + (s.where || '') + '）').join('\n');
        html += '<td class="num" title="' + J.esc(title) + '">' + (src ? J.reportLink(src.reportId, c.display, src.tableId ? src.tableId + '-r' + src.row : src.blockId) : J.esc(c.display))
          + (c.conflicting ? ' <span class="sev sev-warning" title="报告之间数字不一致">不一致 ' + c.distinct + '</span>' : '') + '</td>';
      }
      html += '</tr>';
    }
    document.getElementById('pivot').innerHTML = html + '</table><div class="muted">单元格内为多数事实给出的数值；点击数值打开其出处。</div>';
  }

  function chart(r) {
    const el = document.getElementById('chart');
    if (typeof echarts === 'undefined') { el.textContent = '图表库未加载'; return; }
    const percent = r.cells.length > 0 && r.cells.every(c => /%$/.test(c.display));
    const cell = new Map(r.cells.map(c => [c.row + '\u0000' + c.col, c]));
    const series = r.colKeys.map(col => ({
      name: keyLabel(r.cols, col),
      type: chartType.value,
      data: r.rowKeys.map(row => {
        const c = cell.get(row + '\u0000' + col);
        if (!c) return null;
        const v = Number(c.value);
        return percent ? Math.round(v * 10000) / 100 : (/万元$/.test(c.display) ? Math.round(v / 100) / 100 : v);
      }),
      connectNulls: true
    }));
    const unit = percent ? '%' : (r.cells.some(c => /万元$/.test(c.display)) ? '万元' : '');
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      title: { text: J.label(J.SCOPE, r.scope) + ' · ' + J.label(J.PHASE, r.phase), left: 'center', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 28 },
      grid: { top: 70, left: 60, right: 30, bottom: 90 },
      xAxis: { type: 'category', data: r.rowKeys.map(k => keyLabel(r.rows, k)), axisLabel: { interval: 0, rotate: r.rowKeys.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', name: unit },
      series
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', () => chart.resize());
  }

  async function run() {
    try {
      const r = await J.api('/api/compare?' + J.query(args));
      document.getElementById('summary').textContent = r.facts + ' 个事实，' + r.rowKeys.length + ' 行 × ' + r.colKeys.length + ' 列';
      if (!r.facts) {
        document.getElementById('pivot').innerHTML = '<div class="muted">没有这个口径和阶段的数字。</div>';
        return;
      }
      table(r);
      chart(r);
    } catch (e) {
      J.showError(document.getElementById('status'), e);
    }
  }
  run();
})();
