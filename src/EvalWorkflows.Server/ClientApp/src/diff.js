// The version diff (/studio/{key}/diff): both versions drawn side by side by bpmn-js viewers with our ew:
// moddle (so ew: attributes compare as properties), compared by bpmn-js-differ. Every changed element is
// marked on the diagram with a colour AND a text badge, and listed below with its changed attributes.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { diff } from 'bpmn-js-differ';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import ewModdle from '../../../../workflows/evalworkflows.moddle.json';

// Kind of change → [marker class, badge and list text, the side(s) it is drawn on].
const kinds = {
  _added: ['ew-diff-added', '新增', ['to']],
  _removed: ['ew-diff-removed', '删除', ['from']],
  _changed: ['ew-diff-changed', '属性修改', ['from', 'to']],
  _layoutChanged: ['ew-diff-layout', '位置变化', ['from', 'to']],
};

async function open(container, xml) {
  const viewer = new NavigatedViewer({ container, moddleExtensions: { ew: ewModdle } });
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport');
  return viewer;
}

function mark(viewer, id, cls, text) {
  const registry = viewer.get('elementRegistry');
  if (!registry.get(id)) return;
  viewer.get('canvas').addMarker(id, cls);
  const html = document.createElement('span');
  html.className = `ew-diagram-badge ${cls}`;
  html.textContent = text;
  viewer.get('overlays').add(id, { position: { top: -14, left: 0 }, html });
}

const show = (value) => (value === undefined || value === null || value === '' ? '（空）' : typeof value === 'object' ? (value.id || value.$type || JSON.stringify(value)) : String(value));
const typeName = (type) => (type || '').replace(/^bpmn:/, '');

function row(kind, element, attrs) {
  const tr = document.createElement('tr');
  const tag = document.createElement('span');
  tag.className = `ew-tag ew-diff-tag ${kinds[kind][0]}`;
  tag.textContent = kinds[kind][1];
  const cells = [tag, `${element.name ? element.name + ' ' : ''}(${element.id})`, typeName(element.$type)];
  const list = document.createElement('ul');
  list.className = 'list-unstyled mb-0';
  for (const [name, change] of Object.entries(attrs || {})) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = name;
    // bpmn-js-differ 3.2 passes jsondiffpatch's [old, new] to changed(model, key, newValue, oldValue), so its
    // attrs name them the wrong way round: "oldValue" holds the new version's value.
    item.append(code, `：${show(change.newValue)} → ${show(change.oldValue)}`);
    list.append(item);
  }
  for (const cell of [...cells, list]) {
    const td = document.createElement('td');
    td.append(cell);
    tr.append(td);
  }
  tr.dataset.diffElement = element.id;
  tr.dataset.diffKind = kind;
  return tr;
}

async function main() {
  const data = JSON.parse(document.getElementById('diff-data').textContent);
  const status = document.querySelector('[data-diff-status]');
  const table = document.querySelector('[data-diff-table]');
  const viewers = {};
  try {
    for (const side of ['from', 'to']) viewers[side] = await open(document.querySelector(`[data-diff-side=${side}]`), data[side].xml);
  } catch (error) {
    status.textContent = '流程图无法显示：' + error.message;
    return;
  }
  const changes = diff(viewers.from.getDefinitions(), viewers.to.getDefinitions());
  const rows = [];
  for (const [kind, [cls, text, sides]] of Object.entries(kinds)) {
    for (const [id, entry] of Object.entries(changes[kind] || {})) {
      const element = kind === '_changed' ? entry.model : entry;
      for (const side of sides) mark(viewers[side], id, cls, text);
      rows.push(row(kind, element, kind === '_changed' ? entry.attrs : null));
    }
  }
  table.tBodies[0].replaceChildren(...rows);
  table.hidden = rows.length === 0;
  status.textContent = rows.length === 0 ? '两个版本没有差别。' : `共 ${rows.length} 处变化。`;
  for (const side of ['from', 'to']) document.querySelector(`[data-diff-side=${side}]`).dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', main);
