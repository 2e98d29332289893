// The properties panel for our definitions: an element with no template applied gets one group with every ew:
// attribute the moddle descriptor declares for its type, so nothing needs typing into XML. (Camunda's own groups —
// history cleanup, external tasks… — never reach the panel: their provider is left out of the bundle, build.mjs.)
import { h } from '@bpmn-io/properties-panel/preact';
import { Group, TextFieldEntry, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

const labels = {
  basis: '法律依据（来源键）', candidateRole: '办理角色', assignee: '办理人（模板）', formKey: '表单', outcomes: '办理结果（逗号分隔）',
  fields: '表单字段（逗号分隔）', dueDate: '期限（表达式）', dueVariable: '期限写入变量', type: '处理程序', template: '通知模板',
  to: '收件人（表达式）', cc: '抄送（表达式）', status: '状态', endsOn: '截止日（表达式）', correlationKey: '关联键（表达式）',
  dueFrom: '起算日期（变量）', workingDays: '相差工作日数（负数为之前）', at: '时刻（HH:mm）',
};

function Field({ element, id, attribute }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    element, id, label: labels[attribute.slice(3)] || attribute, debounce,
    getValue: () => getBusinessObject(element).get(attribute) || '',
    setValue: (value) => modeling.updateProperties(element, { [attribute]: value || undefined }),
  });
}

function attributesOf(element, descriptor) {
  return descriptor.types
    .filter((t) => (t.extends || []).some((type) => is(element, type)))
    // moddle rewrites a registered descriptor's names in place (basis → ew:basis): take the local name either way.
    .flatMap((t) => t.properties.filter((p) => p.isAttr).map((p) => `ew:${p.name.split(':').pop()}`));
}

export function ewProperties(descriptor) {
  function EwPropertiesProvider(propertiesPanel) {
    propertiesPanel.registerProvider(200, this);
  }
  EwPropertiesProvider.$inject = ['propertiesPanel'];
  EwPropertiesProvider.prototype.getGroups = (element) => (groups) => {
    if (getBusinessObject(element).get('camunda:modelerTemplate')) return groups;
    const entries = attributesOf(element, descriptor).map((attribute) => ({
      id: `ew-${attribute.slice(3)}`, element, attribute, component: Field, isEdited: isTextFieldEntryEdited,
    }));
    return entries.length ? [...groups, { id: 'ew', label: '业务属性', component: Group, entries }] : groups;
  };
  return { __init__: ['ewPropertiesProvider'], ewPropertiesProvider: ['type', EwPropertiesProvider] };
}
