// The modeler's editing aids beside the diagram: the properties panel, the element templates (their forms, the
// palette entries and the chooser) and our ew: properties, as modules the modeler is created with.
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import { templatePalette } from './palette.js';
import { ewProperties } from './ew-properties.js';

/** The modules, for the server's element templates and our moddle descriptor. */
export function editingModules(templates, ewModdle) {
  return [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ElementTemplatesPropertiesProviderModule,
    templatePalette(templates), ewProperties(ewModdle)];
}
