// What the studio marks on the diagram: the server's problems (numbered, as in the list below the diagram)
// and the deadline preview's instants. Colour is never the only signal: each mark carries its text.
// Deadline badges are short (月日 and time); the full date with its weekday shows on hover or keyboard focus,
// and badges that would cover one another are stacked upwards, again whenever the view moves.
export class Marks {
  constructor(modeler, list, empty) {
    this.canvas = modeler.get('canvas');
    let pending = 0;
    const relayout = () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => this.stackDeadlines());
    };
    modeler.get('eventBus').on(['canvas.viewbox.changed', 'elements.changed'], relayout);
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

  mark(id, cls, type, text, title, top = -14) {
    if (!this.registry.get(id)) return false;
    this.canvas.addMarker(id, cls);
    this.marked.push([id, cls, type]);
    const html = document.createElement('span');
    html.className = `ew-diagram-badge ${cls}`;
    html.textContent = text;
    if (title) html.title = title;
    // Never smaller than its own size when the view is zoomed out on a large diagram: the text stays legible.
    this.overlays.add(id, type, { position: { top, left: 0 }, html, scale: { min: 1 } });
    return html;
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
    for (const d of deadlines) {
      const warned = d.warnings.length > 0;
      // Anchored at the element's top edge and drawn above it (CSS), whatever the zoom.
      const badge = this.mark(d.elementId, warned ? 'ew-incident' : 'ew-timer', 'ew-deadline', '',
        [d.expression, ...d.warnings].join('\n'), -2);
      if (!badge) continue;
      const sign = warned ? '⚠ ' : '';
      const short = Object.assign(document.createElement('span'), { className: 'ew-badge-short', textContent: sign + shortDate(d.text) });
      const full = Object.assign(document.createElement('span'), { className: 'ew-badge-full', textContent: sign + d.text });
      badge.replaceChildren(short, full);
      badge.classList.add('ew-deadline-badge');
      badge.tabIndex = 0;
      badge.setAttribute('aria-label', `${d.name || d.elementId}：${d.text}${warned ? '；' + d.warnings.join('；') : ''}`);
    }
    this.stackDeadlines();
  }

  /** Lifts each deadline badge that would cover one placed before it (left to right) by a badge's height. */
  stackDeadlines() {
    const badges = [...this.canvas.getContainer().querySelectorAll('.djs-overlay-ew-deadline .ew-deadline-badge')];
    for (const badge of badges) badge.style.transform = '';
    const placed = [];
    for (const { badge, box } of badges.map((b) => ({ badge: b, box: b.getBoundingClientRect() }))
      .sort((a, b) => a.box.left - b.box.left || b.box.top - a.box.top)) {
      let lift = 0;
      while (placed.some((p) => covers(p, box, lift))) lift += box.height + 2;
      // The lift is measured on screen; the badge's own pixels are the view's, scaled by the zoom.
      if (lift) badge.style.transform = `translateY(calc(-100% - ${lift * (badge.offsetHeight / box.height || 1)}px))`;
      placed.push({ left: box.left, right: box.right, top: box.top - lift, bottom: box.bottom - lift });
    }
  }
}

function covers(placed, box, lift) {
  return placed.left < box.right && box.left < placed.right && placed.top < box.bottom - lift && box.top - lift < placed.bottom;
}

/** 2025年3月10日（星期一）24:00 → 3月10日 24:00: enough to tell badges apart; the full text is on hover. */
function shortDate(text) {
  const match = /\d{4}年(\d{1,2}月\d{1,2}日)(?:（[^）]*）)?\s*(\d{1,2}:\d{2})?/.exec(text);
  return match ? [match[1], match[2]].filter(Boolean).join(' ') : text;
}
