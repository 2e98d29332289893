// The instance page's diagram: the deployed BPMN drawn by bpmn-js's NavigatedViewer (pan and zoom, no
// editing), with the instance's state marked on it (or, in the studio, a refused upload's problems). Colour is never the only signal: every marked element
// also gets a text badge (overlay), and the page shows a legend.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const marks = [
  ['completed', 'ew-done', '已完成'],
  ['active', 'ew-active', '进行中'],
  ['incidents', 'ew-incident', '故障'],
];

async function show(container) {
  const data = JSON.parse(document.getElementById(container.dataset.diagram).textContent);
  const viewer = new NavigatedViewer({ container });
  try {
    await viewer.importXML(data.xml);
  } catch (error) {
    // A definition written without diagram information (plain BPMN from an API caller) has nothing to draw.
    container.textContent = /no diagram to display/.test(error.message)
      ? '该流程定义没有图形信息（BPMN DI），无法绘制流程图；可下载 .bpmn 文件查看其内容。'
      : '流程图无法显示：' + error.message;
    container.classList.add('ew-diagram-missing');
    return;
  }
  const canvas = viewer.get('canvas');
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const badge = (id, cls, text) => {
    if (!registry.get(id)) return;
    const html = document.createElement('span');
    html.className = `ew-diagram-badge ${cls}`;
    html.textContent = text;
    overlays.add(id, { position: { top: -14, left: 0 }, html });
  };
  for (const [key, cls, text] of marks) {
    for (const id of data[key] || []) {
      if (!registry.get(id)) continue;
      canvas.addMarker(id, cls);
      if (key !== 'completed') badge(id, cls, text);
    }
  }
  for (const timer of data.timers || []) {
    if (!registry.get(timer.element)) continue;
    canvas.addMarker(timer.element, 'ew-timer');
    badge(timer.element, 'ew-timer', `定时 ${timer.due}`);
  }
  // A refused upload: each problem numbered on its element, the same numbers as the page's list.
  (data.problems || []).forEach((problem, i) => {
    if (!registry.get(problem.element)) return;
    canvas.addMarker(problem.element, 'ew-incident');
    badge(problem.element, 'ew-incident', `问题 ${i + 1}`);
  });
  canvas.zoom('fit-viewport');
  container.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', () => {
  for (const container of document.querySelectorAll('[data-diagram]')) show(container);
});
