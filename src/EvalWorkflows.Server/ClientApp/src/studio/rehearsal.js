// 排练: the modeler's draft, as it stands (not deployed), goes to a sandbox on the server with a start date and
// sample variables; the rehearsal page (/studio/rehearsals/{id}) drives it from there. A draft the server
// refuses shows its problems on their elements, as deploy does.

/** Wires the toolbar's 排练 button to its dialog. */
export function rehearsal(modeler, marks, status) {
  const dialog = document.querySelector('[data-rehearsal-dialog]');
  const form = dialog.querySelector('form[data-rehearsal-form]');
  const error = dialog.querySelector('[data-rehearsal-error]');
  document.querySelector('[data-studio-rehearse]').addEventListener('click', () => {
    error.textContent = '';
    dialog.showModal();
  });
  dialog.querySelector('[data-rehearsal-cancel]').addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    let variables;
    try {
      const text = form.elements.variables.value.trim();
      variables = text ? JSON.parse(text) : {};
      if (typeof variables !== 'object' || Array.isArray(variables) || variables === null) throw new Error();
    } catch {
      error.textContent = '示例变量应为 JSON 对象，例如 {"institution_name": "某某评价机构"}。';
      form.elements.variables.focus();
      return;
    }
    error.textContent = '正在准备排练沙箱…';
    const { xml } = await modeler.saveXML();
    const response = await fetch('/api/studio/rehearsals', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ xml, variables, start: form.elements.start.value || null }),
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      window.location.assign(`/studio/rehearsals/${body.id}`);
      return;
    }
    dialog.close();
    status.textContent = `无法排练：${body.detail || `服务器返回 ${response.status}`}`;
    marks.showProblems((body.errors || []).map((e) => ({ element: e.elementId, message: e.message })));
  });
}
