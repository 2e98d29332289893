// The element templates module records the template applied to an element in camunda:modelerTemplate. The
// full Camunda descriptor would also declare camunda:assignee, camunda:type… on the same elements as our ew:
// attributes of the same names, which moddle cannot hold side by side; so only these two attributes are
// declared (as Camunda's own descriptor does), and nothing else of Camunda's enters our definitions.
export const templateLink = {
  name: 'Camunda',
  uri: 'http://camunda.org/schema/1.0/bpmn',
  prefix: 'camunda',
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'TemplateSupported',
      isAbstract: true,
      extends: ['bpmn:Process', 'bpmn:FlowElement'],
      properties: [
        { name: 'modelerTemplate', isAttr: true, type: 'String' },
        { name: 'modelerTemplateVersion', isAttr: true, type: 'Integer' },
      ],
    },
  ],
};
