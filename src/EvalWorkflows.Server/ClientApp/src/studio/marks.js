// What the studio marks on the diagram: the server's problems (numbered, as in the list below the diagram)
// and the deadline preview's instants. Colour is never the only signal: each mark carries its text.
export class Marks {
  constructor(modeler, list, empty) {
    this.canvas = modeler.get('canvas');
    this.overlays = modeler.get('overlays');
    this.registry = modeler.get('elementRegistry');
    this.selection = modeler.get('selection');
    this.list = list;
    this.empty = empty;
    this.marked = [];
  }

  clear(type) {
    this.overlays.remove({ type });
    for (const [id, cls] of this.marked.filter(([, , t]) => t === type)) this.canvas.removeMarker(id, cls);
    this.marked = this.marked.filter(([, , t]) => t !== type);
  }

  mark(id, cls, type, text, title) {
    if (!this.registry.get(id)) return false;
    this.canvas.addMarker(id, cls);
    this.marked.push([id, cls, type]);
    const html = document.createElement('span');
    html.className = `ew-diagram-badge ${cls}`;
    html.textContent = text;
    if (title) html.title = title;
    this.overlays.add(id, type, { position: { top: -14, left: 0 }, html });
    return true;
  }

  showProblems(problems) {
    this.clear('ew-problem');
    // One badge per element, naming the numbers of all its problems in the list.
    const numbers = new Map();
    problems.forEach((p, i) => numbers.set(p.element, [...(numbers.get(p.element) || []), i + 1]));
    for (const [element, list] of numbers)
      this.mark(element, 'ew-incident', 'ew-problem', `问题 ${list.join('、')}`,
        problems.filter((p) => p.element === element).map((p) => p.message).join('\n'));
    this.list.replaceChildren(...problems.map((problem) => {
      const item = document.createElement('li');
      const onDiagram = !!this.registry.get(problem.element);
      const code = document.createElement(onDiagram ? 'a' : 'code');
      code.textContent = problem.element || '（文件）';
      if (onDiagram) {
        code.href = '#';
        code.addEventListener('click', (e) => { e.preventDefault(); this.selection.select(this.registry.get(problem.element)); });
      }
      item.append(code, ' ', problem.message);
      return item;
    }));
    this.empty.hidden = problems.length > 0;
  }

  showDeadlines(deadlines) {
    this.clear('ew-deadline');
    for (const d of deadlines)
      this.mark(d.elementId, d.warnings.length ? 'ew-incident' : 'ew-timer', 'ew-deadline',
        `${d.warnings.length ? '⚠ ' : ''}${d.text}`, [d.expression, ...d.warnings].join('\n'));
  }
}
