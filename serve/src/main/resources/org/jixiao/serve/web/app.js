'use strict';
/* jixiao serve: helpers shared by the pages (no inline scripts: the CSP allows only these files). */
const J = (() => {
  const SEVERITY = { error: '错误', warning: '警告', info: '提示', 'not-evaluated': '未评估' };
  const KIND = { 'selfeval-report': '绩效自评报告', 'selfeval-basedata': '自评基础数据表', budget: '部门预算',
    'final-account': '部门决算', unknown: '未识别' };
  const LEVEL = { province: '省级', city: '市级', county: '区县级', unknown: '未识别' };
  const SCOPE = { total: '总额', basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费',
    sangong: '三公经费', 'staff.actual': '实有人数' };
  const PHASE = { 'carryover-begin': '上年结转', 'budget-initial': '年初预算', 'budget-adjustment': '预算调整',
    'budget-final': '全年预算', actual: '决算/实际支出', 'carryover-end': '结转结余', rate: '执行率' };
  const DIM = { department: '部门', year: '年度', kind: '类型', level: '层级', region: '地区', period: '所属期',
    scope: '口径', phase: '阶段', measure: '度量', unit: '单位' };

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }
  /** A snippet with its 【matches】 marked. */
  function mark(snippet) {
    return esc(snippet).replace(/【/g, '<mark>').replace(/】/g, '</mark>');
  }
  async function api(path, init) {
    const r = await fetch(path, init);
    let body;
    try { body = await r.json(); } catch (e) { body = { error: 'HTTP ' + r.status }; }
    if (!r.ok) { const err = new Error(body.error || ('HTTP ' + r.status)); err.status = r.status; throw err; }
    return body;
  }
  function params() { return new URLSearchParams(location.search); }
  function query(obj) {
    const p = new URLSearchParams();
    Object.entries(obj).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') p.set(k, v); });
    return p.toString();
  }
  function label(map, key) { return key == null ? '—' : (map[key] ? map[key] : key); }
  function showError(target, e) {
    target.innerHTML = '<div class="error-box">出错了：' + esc(e.message || e) + '</div>';
  }
  function reportLink(id, text, anchor) {
    return '<a href="report.html?id=' + encodeURIComponent(id) + (anchor ? '#' + encodeURIComponent(anchor) : '') + '">' + esc(text) + '</a>';
  }
  function nav(active) {
    const links = [['index.html', '搜索'], ['findings.html', '问题清单'], ['compare.html', '对比'], ['check.html', '上传检查']];
    const h = document.createElement('header');
    h.className = 'top';
    h.innerHTML = '<span class="brand">绩效 jixiao</span><nav>' + links.map(([href, t]) =>
      '<a href="' + href + '"' + (href === active ? ' class="active"' : '') + '>' + t + '</a>').join('') + '</nav>';
    document.body.prepend(h);
  }

  /** The value printed in a context sentence or row, marked. */
  function markValue(context, printed) {
    const text = esc(context || '');
    if (!printed) return text;
    const p = esc(printed);
    const i = text.indexOf(p);
    return i < 0 ? text : text.slice(0, i) + '<mark>' + p + '</mark>' + text.slice(i + p.length);
  }

  /** One row of a table (and its header row) with the evidence cell highlighted. */
  function tableExcerpt(table, row, col) {
    if (!table || row == null) return '';
    const rows = [0, row].filter((r, i, a) => a.indexOf(r) === i);
    let html = '<table class="grid excerpt">';
    if (table.caption) html += '<caption>' + esc(table.caption) + '</caption>';
    for (const r of rows) {
      html += '<tr>';
      for (const c of table.cells.filter(c => c.row === r).sort((a, b) => a.col - b.col)) {
        const hl = r === row && col != null && col >= c.col && col < c.col + (c.colSpan || 1);
        html += '<td' + (c.colSpan > 1 ? ' colspan="' + c.colSpan + '"' : '') + (hl ? ' class="hl"' : '') + '>' + esc(c.text) + '</td>';
      }
      html += '</tr>';
    }
    return html + '</table>';
  }

  /**
   * A finding as a card: the message, the intervals, and each figure it rests on, shown where it
   * was printed: the page image boxed (PDF), the table row with the cell highlighted, or the
   * sentence with the figure marked.
   * opts.images: draw page images; opts.tables(reportId) → Promise of the report's tables or null.
   */
  async function findingCard(f, opts) {
    const div = document.createElement('div');
    div.className = 'card finding';
    div.id = 'f-' + f.id;
    div.dataset.findingId = f.id;
    let html = '<div><span class="sev sev-' + esc(f.severity) + '">' + esc(label(SEVERITY, f.severity)) + '</span>'
      + '<code>' + esc(f.rule) + '</code> '
      + (opts.reportLinks ? reportLink(f.reportId, (f.department || '未识别部门') + ' ' + (f.year || ''), null) : '') + '</div>'
      + '<p>' + esc(f.message) + '</p>';
    if (f.expected || f.actual) {
      html += '<div class="meta">印刷值区间 <span class="interval">' + esc(f.actual || '—') + '</span>　按其他数字应为 <span class="interval">'
        + esc(f.expected || '—') + '</span> ' + esc(f.unit && f.unit !== 'none' ? f.unit : '') + '</div>';
    }
    html += '<div class="sides"></div>';
    div.innerHTML = html;
    const sides = div.querySelector('.sides');
    const pagesShown = new Set();
    const needsTables = (f.evidence || []).some(e => e.tableId && !(opts.images && e.bbox));
    const tables = opts.tables && needsTables ? await opts.tables(f.reportId) : null;
    (f.evidence || []).forEach((e, i) => {
      const side = document.createElement('div');
      side.className = 'side role-' + Math.min(i, 3);
      let s = '<div class="meta">' + esc(e.role || '') + '　' + esc(e.where || '') + '</div>'
        + '<div>' + esc(e.label || '') + '：<span class="value">' + esc(e.printed || e.value || '') + '</span> ' + esc(e.unit || '') + '</div>';
      if (opts.images && e.bbox && e.page) {
        if (!pagesShown.has(e.page)) {
          pagesShown.add(e.page);
          const page = '/api/reports/' + encodeURIComponent(f.reportId) + '/pages/' + e.page + '.png?finding=' + encodeURIComponent(f.id);
          s += '<a href="' + page + '" target="_blank" rel="noopener" title="打开整页"><img class="page-image" alt="第' + e.page
            + '页（标出问题数字）" src="' + page + '&crop=1"></a>';
        } else {
          s += '<div class="muted">（与上图同一页，已标出）</div>';
        }
      } else if (e.tableId && tables) {
        s += tableExcerpt(tables.find(t => t.id === e.tableId), e.row, e.col);
      } else if (e.context) {
        s += '<div class="context">' + markValue(e.context, e.printed) + '</div>';
      }
      side.innerHTML = s;
      const img = side.querySelector('img');
      if (img) img.addEventListener('error', () => { img.replaceWith(Object.assign(document.createElement('div'), { className: 'muted', textContent: '（原文件不可用，无法显示页面图像）' })); });
      sides.appendChild(side);
    });
    return div;
  }

  /** Tables of reports, fetched once per report. */
  function tableCache() {
    const cache = new Map();
    return id => {
      if (!cache.has(id)) cache.set(id, api('/api/reports/' + encodeURIComponent(id)).then(r => r.tables || []).catch(() => null));
      return cache.get(id);
    };
  }

  return { esc, mark, api, params, query, label, showError, reportLink, nav, findingCard, tableCache, markValue,
    SEVERITY, KIND, LEVEL, SCOPE, PHASE, DIM };
})();
