// The studio's modeler (/studio/{key}/edit): bpmn-js with the properties panel, our ew: moddle, element
// templates served by the server, bpmnlint with our rules, deploy with the server's problems marked on their
// elements, and the deadline preview on the official working-day calendar.
import Modeler from 'bpmn-js/lib/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import ewModdle from '../../../../workflows/evalworkflows.moddle.json';
import { templateLink } from './studio/template-link.js';
import translateModule from './studio/translate.js';
import { lintConfig } from './studio/lint.js';
import { chooseTemplates } from './studio/palette.js';
import { Marks } from './studio/marks.js';
import { editingModules } from './studio/editing.js';
import { rehearsal } from './studio/rehearsal.js';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';

// Marks for the open-time browser test's breakdown (StudioOpenTimeTests): where a first visit's second goes.
performance.mark('studio:script-run');
const $ = (selector) => document.querySelector(selector);

async function open() {
  const started = performance.now();
  // The diagram and the element templates (as /api/studio/element-templates gives them) come in the page.
  const data = JSON.parse($('#modeler-data').textContent);
  const templates = data.templates;
  // One task's pause before the modeler is made: made inside the module's own evaluation, the same first visit
  // counted about twice the style recalculation and script time in Chromium's metrics (about 85 against 35 ms and
  // 105 against 50 ms, StudioOpenTimeTests' page under load), as when it waited for the template list.
  await new Promise((resolve) => setTimeout(resolve));
  const properties = $('[data-studio-properties]');
  // A template's own fields open at once: they are what the admin applied it for.
  const modeler = new Modeler({
    container: $('[data-studio-canvas]'),
    additionalModules: [lintModule, translateModule, ...editingModules(templates, ewModdle)],
    moddleExtensions: { ew: ewModdle, camunda: templateLink },
    linting: { active: true },
    propertiesPanel: { parent: properties, layout: { groups: { ElementTemplates__CustomProperties: { open: true } } } },
    elementTemplates: templates,
  });
  performance.mark('studio:modeler-made');
  // A template the schema refuses (and the panel would silently not offer) is reported on the console.
  modeler.get('eventBus').on('elementTemplates.errors', ({ errors }) => errors.forEach((e) => console.error(e.message)));
  await modeler.importXML(data.xml);
  performance.mark('studio:imported');
  showReadably(modeler.get('canvas'));
  const marks = new Marks(modeler, $('[data-studio-problems]'), $('[data-studio-no-problems]'));
  const status = $('[data-studio-status]');
  modeler.get('eventBus').on('linting.completed', ({ issues }) => listLint(modeler, issues));
  $('[data-studio-deploy]').addEventListener('click', () => deploy(modeler, marks, status, data));
  $('[data-studio-download]').addEventListener('click', () => download(modeler, data.key));
  // The deadline preview's code loads on first use: nothing of it is needed to show the diagram.
  $('[data-studio-preview]').addEventListener('click', async () =>
    (await import('./studio/deadlines.js')).preview(modeler, marks, status));
  chooseTemplates(modeler, templates, $('[data-template-dialog]'));
  rehearsal(modeler, marks, status);
  $('[data-studio-rehearse]').disabled = false;
  const canvas = $('[data-studio-canvas]');
  canvas.dataset.ready = 'true';
  canvas.dataset.openedMs = String(Math.round(performance.now() - started));
  // Since navigation started: page, bundle and import together, what an admin waits for.
  canvas.dataset.readyAtMs = String(Math.round(performance.now()));
  properties.dataset.ready = 'true';
  properties.dataset.readyAtMs = canvas.dataset.readyAtMs;
  // The editor's checks (bpmnlint with our rules) start once the diagram is ready: run inside the import, they
  // held the diagram back by their whole first pass, and their findings are not what an admin looks at first.
  await new Promise((resolve) => setTimeout(resolve));
  modeler.get('linting').setLinterConfig(lintConfig(templates));
  (await import('./studio/template-check.js')).checkTemplates(modeler, templates);
  properties.dataset.templatesChecked = 'true';
}

/**
 * The whole diagram if it fits at three-quarter size or more, else its top-left at that size (the rest a scroll
 * away), so that task names stay legible; clear of the palette, which floats over the canvas's left edge.
 */
function showReadably(canvas) {
  const { inner, outer } = canvas.viewbox();
  const scale = Math.max(0.75, Math.min(1, outer.width / (inner.width + 140), outer.height / (inner.height + 60)));
  canvas.viewbox({ x: inner.x - 110 / scale, y: inner.y - 30 / scale, width: outer.width / scale, height: outer.height / scale });
}

/** The reason field's error beside it (empty clears it), marked for assistive technology too. */
function reasonError(text) {
  const input = $('[data-studio-deploy-reason]');
  $('[data-studio-deploy-reason-error]').textContent = text;
  input.classList.toggle('input-validation-error', Boolean(text));
  input.setAttribute('aria-invalid', text ? 'true' : 'false');
  if (text) input.focus();
}

async function deploy(modeler, marks, status, data) {
  const reason = $('[data-studio-deploy-reason]').value.trim();
  if (!reason) {
    reasonError(data.reasonRequired);
    status.textContent = '未部署：请先填写修改原因。';
    return;
  }
  reasonError('');
  const { xml } = await modeler.saveXML({ format: true });
  status.textContent = '正在校验并部署…';
  const response = await fetch(`/api/definitions?reason=${encodeURIComponent(reason)}`,
    { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: xml });
  const body = await response.json().catch(() => ({}));
  if (response.ok) {
    marks.showProblems([]);
    if (body.created) $('[data-studio-deploy-reason]').value = '';
    status.innerHTML = body.created
      ? `已部署为第 ${body.version} 版。新启动的实例使用该版本，已在办理的实例仍按原版本运行。<a href="/studio/${encodeURIComponent(body.key)}/versions/${body.version}">查看</a>`
      : `与最新的第 ${body.version} 版内容相同，未产生新版本。`;
    return;
  }
  status.textContent = body.detail || `部署失败（${response.status}）。`;
  if (body.field === 'reason') reasonError(body.detail);
  marks.showProblems((body.errors || []).map((e) => ({ element: e.elementId, message: e.message })));
}

async function download(modeler, key) {
  const { xml } = await modeler.saveXML({ format: true });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  link.download = `${key || 'new-process'}.bpmn`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** bpmnlint's findings as a list too: the overlays alone are easy to miss on a large diagram. */
function listLint(modeler, issues) {
  const registry = modeler.get('elementRegistry');
  const items = Object.entries(issues).flatMap(([id, list]) => list.map((issue) => {
    const item = document.createElement('li');
    const element = registry.get(id);
    item.textContent = `${element?.businessObject?.name || id}：${modeler.get('translate')(issue.message)}`;
    return item;
  }));
  $('[data-studio-lint]').replaceChildren(...items);
  $('[data-studio-no-lint]').hidden = items.length > 0;
}

// A module script runs once the page is parsed, so the modeler starts now (waiting for DOMContentLoaded only let
// whatever else the browser had queued go first).
open().catch((error) => {
  $('[data-studio-status]').textContent = '编辑器无法打开：' + error.message;
});
