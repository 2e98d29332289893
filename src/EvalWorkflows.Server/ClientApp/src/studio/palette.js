// Palette entries for our element templates ("人工审核", "发送通知", "工作日期限") and a chooser for every
// template (the registered task handlers among them), fed by the server's template list.
const featured = [['ew.review', '人工审核'], ['ew.working-day-deadline', '工作日期限'], ['ew.notice', '发送通知']];

export function templatePalette(templates) {
  function TemplatePalette(palette, create, elementFactory, elementTemplates, eventBus, elementRegistry) {
    const start = (template) => (event) => {
      const shape = elementFactory.createShape({ type: template.appliesTo[0] });
      // After the create command has run (lower priority than the default handler), the template applies.
      eventBus.once('create.end', 250, () => setTimeout(() => {
        if (elementRegistry.get(shape.id)) elementTemplates.applyTemplate(shape, template);
      }));
      create.start(event, shape);
    };
    this.getPaletteEntries = () => {
      const entries = {};
      for (const [id, text] of featured) {
        const template = templates.find((t) => t.id === id);
        if (!template) continue;
        entries[`create.${id}`] = {
          group: 'ew', className: 'ew-palette-entry', title: `${template.name}：${template.description}`,
          html: `<div class="entry ew-palette-entry" draggable="true"><span class="ew-palette-text">${text}</span></div>`,
          action: { dragstart: start(template), click: start(template) },
        };
      }
      entries['ew.choose'] = {
        group: 'ew', title: '从全部模板（含各处理程序）中选择',
        html: '<div class="entry ew-palette-entry"><span class="ew-palette-text">模板…</span></div>',
        action: { click: () => eventBus.fire('elementTemplates.select', { element: null }) },
      };
      return entries;
    };
    palette.registerProvider(this);
  }
  TemplatePalette.$inject = ['palette', 'create', 'elementFactory', 'elementTemplates', 'eventBus', 'elementRegistry'];
  return { __init__: ['ewTemplatePalette'], ewTemplatePalette: ['type', TemplatePalette] };
}

/**
 * The template chooser: a dialog listing the templates that apply to the element (or all, to create one).
 * Choosing applies it to the element, or creates the element in the middle of the view.
 */
export function chooseTemplates(modeler, templates, dialog) {
  const list = dialog.querySelector('[data-template-list]');
  modeler.get('eventBus').on('elementTemplates.select', ({ element }) => {
    const fits = templates.filter((t) => !element || t.appliesTo.includes(element.type));
    list.replaceChildren(...fits.map((template) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'list-group-item list-group-item-action';
      button.innerHTML = '<strong></strong><br><small class="text-body-secondary"></small>';
      button.querySelector('strong').textContent = template.name;
      button.querySelector('small').textContent = template.description;
      button.addEventListener('click', () => { dialog.close(); apply(modeler, template, element); });
      return button;
    }));
    dialog.showModal();
  });
}

function apply(modeler, template, element) {
  if (!element) {
    const canvas = modeler.get('canvas');
    const box = canvas.viewbox();
    const shape = modeler.get('elementFactory').createShape({ type: template.appliesTo[0] });
    element = modeler.get('modeling').createShape(shape,
      { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) }, canvas.getRootElement());
  }
  const applied = modeler.get('elementTemplates').applyTemplate(element, keepingValues(template, element));
  modeler.get('selection').select(applied || element);
}

/**
 * The template as applied to an element that already says something: a field the element has filled starts
 * from the element's value, not the template's default (the template schema would otherwise clear it). Hidden
 * fields (a handler's ew:type) are the template's own and always win. The element keeps only the template's id
 * and version, so the panel shows the template as served.
 */
function keepingValues(template, element) {
  const attributes = element.businessObject;
  return {
    ...template,
    properties: template.properties.map((property) => {
      const current = property.type === 'Hidden' ? undefined : attributes.get(property.binding.name);
      return current === undefined || current === '' ? property : { ...property, value: String(current) };
    }),
  };
}
