// The modeler in Simplified Chinese: bpmn-js, the properties panel, element templates and bpmnlint all pass
// their texts through the `translate` service; this module replaces it with our own words. A text missing
// here is shown in English rather than not at all.
const chinese = {
  // Palette
  'Activate hand tool': '抓手工具（拖动画布）',
  'Activate lasso tool': '套索工具（框选元素）',
  'Activate create/remove space tool': '插入/移除空白区域',
  'Activate global connect tool': '连线工具',
  'Create start event': '开始事件',
  'Create intermediate/boundary event': '中间/边界事件（定时器、消息）',
  'Create end event': '结束事件',
  'Create gateway': '网关',
  'Create task': '任务',
  'Create data object reference': '数据对象',
  'Create data store reference': '数据存储',
  'Create expanded sub-process': '子流程',
  'Create pool/participant': '泳池/参与者',
  'Create group': '分组',
  // Context pad
  'Append task': '追加任务',
  'Append end event': '追加结束事件',
  'Append gateway': '追加网关',
  'Append intermediate/boundary event': '追加中间/边界事件',
  'Append timer intermediate catch event': '追加定时器事件',
  'Append message intermediate catch event': '追加消息事件',
  'Append receive task': '追加接收任务',
  'Append compensation activity': '追加补偿活动',
  'Add text annotation': '添加注释',
  'Change element': '更改类型',
  'Delete': '删除',
  'Connect to other element': '连线到其他元素',
  'Connect using association': '用关联连线',
  'Add lane above': '在上方添加泳道',
  'Add lane below': '在下方添加泳道',
  'Divide into two lanes': '分为两条泳道',
  'Divide into three lanes': '分为三条泳道',
  // Replace menu (change type)
  'Task': '任务', 'User task': '用户任务', 'Service task': '服务任务', 'Send task': '发送任务', 'Receive task': '接收任务',
  'Manual task': '手工任务', 'Business rule task': '业务规则任务', 'Script task': '脚本任务', 'Call activity': '调用活动',
  'Sub-process (collapsed)': '子流程（折叠）', 'Sub-process (expanded)': '子流程（展开）',
  'Start event': '开始事件', 'End event': '结束事件', 'Terminate end event': '终止结束事件',
  'Message start event': '消息开始事件', 'Timer start event': '定时开始事件',
  'Message intermediate catch event': '消息中间捕获事件', 'Timer intermediate catch event': '定时器中间事件',
  'Message boundary event': '消息边界事件', 'Timer boundary event': '定时器边界事件',
  'Message boundary event (non-interrupting)': '消息边界事件（不中断）',
  'Timer boundary event (non-interrupting)': '定时器边界事件（不中断）',
  'Exclusive gateway': '排他网关', 'Parallel gateway': '并行网关', 'Event-based gateway': '事件网关',
  'Inclusive gateway': '包容网关', 'Complex gateway': '复杂网关', 'Sequence flow': '顺序流',
  'Default flow': '默认流', 'Conditional flow': '条件流', 'Intermediate throw event': '中间抛出事件',
  'Search in diagram': '在图中搜索',
  // Properties panel
  'General': '常规', 'Name': '名称', 'ID': '标识（ID）', 'Documentation': '说明', 'Element documentation': '元素说明',
  'Process documentation': '流程说明', 'Executable': '可执行',
  'Timer': '定时器', 'Type': '类型', 'Value': '值', 'Date': '日期', 'Duration': '时长', 'Cycle': '周期',
  '<none>': '<无>', 'Condition': '条件', 'Condition expression': '条件表达式', 'Expression': '表达式',
  'Message': '消息', 'Global message reference': '全局消息引用', 'Create new ...': '新建…',
  'Called element': '被调用流程', 'Inputs': '输入', 'Outputs': '输出', 'Description': '说明',
  'Template': '模板', 'Select': '选择', 'Change': '更换', 'Unlink': '解除模板', 'Remove': '移除',
  'Applied': '已应用', 'Not found': '未找到', 'Update': '更新', 'Update available': '有新版本', 'Incompatible': '不兼容',
  'The template applied was not found. Therefore, its properties cannot be shown. Unlink to access the data.':
    '找不到该元素使用的模板，无法显示模板字段。解除模板后可直接编辑其属性。',
  'A new version of the template is available: {templateVersion}': '模板有新版本：{templateVersion}',
  'Must not be empty.': '不能为空。', 'Custom properties': '模板字段', 'Errors': '错误',
  'Process': '流程', 'Multi-instance': '多实例', 'Compensation': '补偿', 'Signal': '信号', 'Escalation': '升级',
  'Link': '链接', 'Error': '错误', 'Completion': '完成条件',
  'ID must be unique.': '标识必须唯一。', 'ID must not be empty.': '标识不能为空。',
  'ID must not contain spaces.': '标识不能包含空格。', 'ID must be a valid QName.': '标识须以字母开头，只含字母、数字、-、_。',
  // bpmnlint
  'Toggle linting overlays': '显示/隐藏检查标注',
  '{errors} Errors, {warnings} Warnings': '{errors} 个错误，{warnings} 个警告',
  'No Issues': '未发现问题',
  'Issues for child elements': '子元素的问题',
  'Element is missing label/name': '元素缺少名称',
  'Process is missing start event': '流程缺少开始事件',
  'Process is missing end event': '流程缺少结束事件',
  'Element is not connected': '元素没有连线',
  'Element has disallowed type <bpmn:InclusiveGateway>': '不支持包容网关',
  'Element has disallowed type <bpmn:ComplexGateway>': '不支持复杂网关',
  'Incoming flows do not join': '多条入线没有通过网关汇合',
  'Flow splits implicitly': '分支没有通过网关',
  'Element has superfluous label': '元素不需要名称',
};

// The properties panel's header names the element's concrete type in words ("Send Task", "Timer Boundary Event
// (Non Interrupting)"): its raw type with the event definition's name in front. Built from parts so that every
// combination the panel can show has its Chinese name.
const elementTypes = {
  'Task': '任务', 'User Task': '用户任务', 'Service Task': '服务任务', 'Send Task': '发送任务',
  'Receive Task': '接收任务', 'Manual Task': '手工任务', 'Business Rule Task': '业务规则任务',
  'Script Task': '脚本任务', 'Call Activity': '调用活动', 'Expanded Sub Process': '子流程（展开）',
  'Collapsed Sub Process': '子流程（折叠）', 'Event Sub Process': '事件子流程', 'Transaction': '事务',
  'Exclusive Gateway': '排他网关', 'Parallel Gateway': '并行网关', 'Inclusive Gateway': '包容网关',
  'Event Based Gateway': '事件网关', 'Complex Gateway': '复杂网关',
  'Sequence Flow': '顺序流', 'Default Flow': '默认流', 'Conditional Flow': '条件流', 'Message Flow': '消息流',
  'Association': '关联', 'Participant': '参与者', 'Lane': '泳道', 'Text Annotation': '注释', 'Group': '分组',
  'Data Object Reference': '数据对象', 'Data Store Reference': '数据存储',
};
const eventKinds = {
  'Start Event': '开始事件', 'End Event': '结束事件', 'Boundary Event': '边界事件',
  'Intermediate Catch Event': '中间捕获事件', 'Intermediate Throw Event': '中间抛出事件',
};
const eventDefinitions = {
  '': '', 'Timer ': '定时', 'Message ': '消息', 'Signal ': '信号', 'Error ': '错误', 'Escalation ': '升级',
  'Conditional ': '条件', 'Compensate ': '补偿', 'Link ': '链接', 'Terminate ': '终止', 'Cancel ': '取消',
};
for (const [definition, definitionText] of Object.entries(eventDefinitions)) {
  for (const [kind, kindText] of Object.entries(eventKinds)) {
    elementTypes[definition + kind] = definitionText + kindText;
    elementTypes[`${definition}${kind} (Non Interrupting)`] = `${definitionText}${kindText}（不中断）`;
  }
}
for (const [english, text] of Object.entries(elementTypes)) chinese[english] ??= text;

function translate(template, replacements) {
  const text = chinese[template] ?? template;
  return text.replace(/{([^}]+)}/g, (whole, key) => (replacements && key in replacements ? replacements[key] : whole));
}

export default { translate: ['value', translate] };
