// The modeler's editing aids that are not needed to show the diagram ready to edit: the properties panel, the
// element templates (their forms, the palette entries and the chooser) and our ew: properties. They are the
// larger part of the studio's code (the template schema validator alone is over half a megabyte), so they load
// after the diagram shows, and join the modeler already on screen through a child of its injector.
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import { templatePalette } from './palette.js';
import { ewProperties } from './ew-properties.js';

/**
 * Adds the aids to a modeler that has imported its diagram. Modules the modeler already has (diagram-js and
 * bpmn-js ones the aids depend on) are shared, not made again, so the aids work on the same command stack,
 * selection and canvas. Afterwards modeler.get also finds the aids' services (elementTemplates…).
 */
export function addEditingAids(modeler, templates, ewModdle, panel) {
  const parent = modeler.get('injector');
  const modules = [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ElementTemplatesPropertiesProviderModule,
    templatePalette(templates), ewProperties(ewModdle)];
  const child = parent.createChild([
    { 'config.propertiesPanel': ['value', panel], 'config.elementTemplates': ['value', {}] },
    ...newModules(parent, modules),
  ]);
  child.init();
  const get = child.get;
  modeler.get = (name, strict) => get(name, strict);
  modeler.get('elementTemplatesLoader').setTemplates(templates);
  const renderer = modeler.get('propertiesPanel');
  renderer.attachTo(panel.parent);
  // The panel draws on root.added, which the import fired before the panel existed: draw what is selected now
  // (an admin may have clicked an element already), else the process.
  const selected = modeler.get('selection').get();
  renderer._render(selected.length === 1 ? selected[0] : modeler.get('canvas').getRootElement());
}

/**
 * The modules, their dependencies first, without those whose services the parent injector already provides
 * (each then flattened: its dependencies are in the list already).
 */
function newModules(parent, modules) {
  const ordered = [];
  const visit = (module) => {
    if (ordered.includes(module)) return;
    (module.__depends__ || []).forEach(visit);
    ordered.push(module);
  };
  modules.forEach(visit);
  const known = parent._providers;
  return ordered
    .filter((module) => isNew(module, known))
    .map(({ __depends__, ...own }) => own);
}

/** A module with a service the parent lacks, or (a module of initialisers alone) one whose initialiser it lacks. */
function isNew(module, known) {
  const services = Object.keys(module).filter((key) => !key.startsWith('__'));
  if (services.length > 0) return services.some((key) => !(key in known));
  return (module.__init__ || []).some((init) => typeof init !== 'string' || !(init in known));
}
