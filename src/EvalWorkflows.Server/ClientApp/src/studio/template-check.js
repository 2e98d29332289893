// The element templates' JSON schema check (Camunda's element-templates-validator), loaded once the modeler is
// ready to edit: the validator is over half a megabyte, and the templates come from our own server, whose tests
// hold them to the schema's shape (StudioApiTests). A template the schema refuses is reported on the console, as
// the modeler would when loading it, and withdrawn from the panel and the palette's chooser.
import { validate } from '@bpmn-io/element-templates-validator';

/** Checks the templates the modeler was made with; returns those the schema refuses. */
export function checkTemplates(modeler, templates) {
  const refused = templates.filter((template) => {
    const { valid, errors } = validate(template);
    (errors || []).forEach((error) => console.error(`element template ${template.id}: ${error.message}`));
    return !valid;
  });
  if (!refused.length) return refused;
  // The list the palette and the chooser read is this one too.
  refused.forEach((template) => templates.splice(templates.indexOf(template), 1));
  modeler.get('elementTemplates').set(templates);
  return refused;
}
