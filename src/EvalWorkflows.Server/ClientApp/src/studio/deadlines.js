// The modeler's deadline preview: for a start date the admin picks, every due date and timer of the draft as
// the official working-day calendar gives it, as an overlay on its element and as a table. Loaded on first use.
const $ = (selector) => document.querySelector(selector);

export async function preview(modeler, marks, status) {
  const { xml } = await modeler.saveXML();
  const start = $('[data-studio-preview-start]').value;
  status.textContent = '正在按官方工作日历计算期限…';
  const response = await fetch('/api/studio/deadline-preview', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ xml, start }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    status.textContent = body.detail || `无法预览期限（${response.status}）。`;
    marks.showProblems((body.errors || []).map((e) => ({ element: e.elementId, message: e.message })));
    return;
  }
  marks.showDeadlines(body.deadlines);
  listDeadlines(body.deadlines);
  const warned = body.deadlines.filter((d) => d.warnings.length > 0).length;
  status.textContent = `以 ${body.startText} 为起算日，共 ${body.deadlines.length} 个期限和定时器`
    + (warned ? `，其中 ${warned} 个所在年份没有官方日历数据，结果仅供参考。` : '。');
}

function listDeadlines(deadlines) {
  const table = $('[data-studio-deadlines]');
  table.tBodies[0].replaceChildren(...deadlines.map((d) => {
    const row = table.tBodies[0].insertRow();
    // Labelled cells: on a phone each row is a card (ew-cards-on-phone) and names what each line is.
    const cells = [['元素', d.name || d.elementId], ['期限', [d.text, ...d.warnings].join('；')], ['表达式', d.expression]];
    for (const [label, text] of cells) Object.assign(row.insertCell(), { textContent: text }).dataset.label = label;
    return row;
  }));
  table.hidden = deadlines.length === 0;
  $('[data-studio-no-deadlines]').hidden = deadlines.length > 0;
}

