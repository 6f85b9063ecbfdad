'use strict';
/* Upload-and-check: one file to POST /api/check, its findings and facts shown; nothing is kept. */
(() => {
  J.nav('check.html');
  const form = document.getElementById('upload-form');
  const status = document.getElementById('status');
  const result = document.getElementById('result');

  function meta(r) {
    const rows = [['文件', r.fileName], ['格式', r.mediaType], ['部门', r.department], ['年度', r.year],
      ['类型', J.label(J.KIND, r.kind)], ['层级', J.label(J.LEVEL, r.level)], ['表格', r.tables], ['报告编号', r.id]];
    document.getElementById('meta').innerHTML = '<dl>' + rows.map(([k, v]) => '<dt>' + k + '</dt><dd>' + J.esc(v == null ? '—' : v) + '</dd>').join('') + '</dl>';
  }

  async function show(d) {
    meta(d.report);
    document.getElementById('n-findings').textContent = d.findings.length;
    document.getElementById('n-facts').textContent = d.facts.length;
    const box = document.getElementById('findings');
    box.innerHTML = d.findings.length ? '' : '<div class="muted">没有发现问题。</div>';
    for (const f of d.findings) {
      // the file is not kept, so figures are shown in their sentence or row rather than on the page image
      box.appendChild(await J.findingCard(f, { images: false }));
    }
    document.getElementById('facts').innerHTML = '<table class="grid" id="facts-table"><tr><th>标签</th><th>口径</th><th>阶段</th><th>所属期</th><th>数值</th><th>位置</th></tr>'
      + d.facts.map(f => '<tr><td>' + J.esc(f.label) + '</td><td>' + J.esc(J.label(J.SCOPE, f.scope)) + '</td><td>' + J.esc(J.label(J.PHASE, f.phase))
        + '</td><td>' + J.esc(f.period || '') + '</td><td class="num">' + J.esc(f.display) + '</td><td>' + J.esc(f.where || '') + '</td></tr>').join('') + '</table>';
    result.classList.remove('hidden');
  }

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const file = document.getElementById('file').files[0];
    if (!file) { J.showError(status, '请先选择文件'); return; }
    const fd = new FormData();
    fd.append('file', file, file.name);
    status.innerHTML = '<div class="muted" id="working">正在提取和检查 ' + J.esc(file.name) + ' …</div>';
    result.classList.add('hidden');
    try {
      const d = await J.api('/api/check', { method: 'POST', body: fd });
      status.innerHTML = '<div class="muted" id="done">检查完成：' + J.esc(file.name) + '</div>';
      await show(d);
    } catch (e) {
      J.showError(status, e);
    }
  });
})();
