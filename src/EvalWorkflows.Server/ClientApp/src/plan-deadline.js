// The plan form's live deadline: as an exam start date is picked, ask the server (GET /api/plans/deadline, the
// same 002 §四(一) rule the submission applies) whether a plan submitted today is on time, and say so beside the field,
// citing the rule in words (basisText) as every page does.
const input = document.querySelector('[data-plan-exam-start]');
const output = document.querySelector('[data-plan-deadline]');

const chineseDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${y}年${m}月${d}日（星期${weekday}）`;
};

async function update() {
  if (!input.value) { output.textContent = ''; output.className = 'ew-live-deadline'; return; }
  const response = await fetch(`/api/plans/deadline?examStart=${encodeURIComponent(input.value)}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const view = await response.json();
  if (view.refusal) {
    output.className = 'ew-live-deadline ew-live-bad';
    output.textContent = `太早：今天报送的计划，考核最早可于${chineseDate(view.earliestExamDate)}开始（依据：${view.basisText ?? view.basis}）。`;
  } else {
    output.className = 'ew-live-deadline ew-live-ok';
    output.textContent = `可以：此日期开考的计划最迟于${chineseDate(view.lastSubmissionDay)}报送（依据：${view.basisText ?? view.basis}）。`;
  }
}

if (input && output) {
  input.addEventListener('change', update);
  input.addEventListener('input', update);
  update();
}
