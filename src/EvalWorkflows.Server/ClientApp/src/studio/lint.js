// bpmnlint in the editor: a few of bpmnlint's own rules and ours, which read the server's element templates
// (the registered handlers and notice templates). They warn early; the server validates again on deploy.
import { is } from 'bpmn-js/lib/util/ModelUtil';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';

const waitStates = ['bpmn:UserTask', 'bpmn:ReceiveTask', 'bpmn:IntermediateCatchEvent', 'bpmn:EventBasedGateway', 'bpmn:CallActivity'];

// One rule factory from one check over every node of the diagram.
const rule = (check) => () => ({ check });

function userTaskRule() {
  return rule((node, reporter) => {
    if (!is(node, 'bpmn:UserTask')) return;
    if (!node.get('ew:dueDate')) reporter.report(node.id, '用户任务缺少期限（ew:dueDate）', ['ew:dueDate']);
    if (!node.get('ew:candidateRole') && !node.get('ew:assignee'))
      reporter.report(node.id, '用户任务缺少办理角色或办理人（ew:candidateRole / ew:assignee）', ['ew:candidateRole']);
  });
}

/** Timer text must be present and its brackets and quotes balanced; the server parses it fully. */
function timerRule() {
  return rule((node, reporter) => {
    for (const definition of node.eventDefinitions || []) {
      if (!is(definition, 'bpmn:TimerEventDefinition')) continue;
      const text = (definition.timeDate || definition.timeDuration || definition.timeCycle)?.body?.trim();
      // ew:dueFrom/ew:workingDays/ew:at (the 工作日提醒 template) stand for the timeDate; the server checks them.
      if (!text && node.get('ew:workingDays') !== undefined) continue;
      if (!text) reporter.report(node.id, '定时器没有填写时间（日期、时长或周期）');
      else if (!balanced(text)) reporter.report(node.id, `定时器表达式括号或引号不配对：${text}`);
    }
  });
}

function balanced(text) {
  let depth = 0;
  let quote = null;
  for (const c of text) {
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0 && !quote;
}

// What the engine runs through a handler: service, send and business rule tasks, and message throw and end events.
function runsHandler(node) {
  if (['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask'].some((t) => is(node, t))) return true;
  return (is(node, 'bpmn:IntermediateThrowEvent') || is(node, 'bpmn:EndEvent'))
    && (node.eventDefinitions || []).some((d) => is(d, 'bpmn:MessageEventDefinition'));
}

function handlerRule(handlers, notices) {
  return rule((node, reporter) => {
    if (!runsHandler(node)) return;
    const type = node.get('ew:type');
    if (!type) return reporter.report(node.id, '没有指定处理程序（ew:type）：服务、发送、业务规则任务和抛出消息的事件都须选择处理程序', ['ew:type']);
    if (!handlers.has(type)) return reporter.report(node.id, `处理程序“${type}”未在服务器注册`, ['ew:type']);
    if (type !== 'notice') return;
    const template = node.get('ew:template');
    if (!template) reporter.report(node.id, '发送通知缺少通知模板', ['ew:template']);
    else if (!notices.has(template)) reporter.report(node.id, `通知模板“${template}”不存在`, ['ew:template']);
    if (!node.get('ew:to')) reporter.report(node.id, '发送通知缺少收件人（ew:to）', ['ew:to']);
  });
}

/** A call activity may not call its own process (a longer cycle through deployed processes is checked on deploy). */
function callCycleRule() {
  return rule((node, reporter) => {
    if (!is(node, 'bpmn:CallActivity')) return;
    let process = node.$parent;
    while (process && !is(process, 'bpmn:Process')) process = process.$parent;
    if (process && node.calledElement === process.id) reporter.report(node.id, '调用活动调用了自身所在的流程，会无限启动子流程');
  });
}

/** A loop of sequence flows must pass a wait state, or one command would run it without end. */
function loopRule() {
  return rule((node, reporter) => {
    if (!is(node, 'bpmn:Process') && !is(node, 'bpmn:SubProcess')) return;
    const elements = node.flowElements || [];
    const nodes = elements.filter((e) => is(e, 'bpmn:FlowNode'));
    // Flows are read from the sequence flows themselves: files need not list a node's incoming/outgoing.
    const targets = new Map(nodes.map((n) => [n, []]));
    for (const flow of elements.filter((e) => is(e, 'bpmn:SequenceFlow')))
      if (targets.has(flow.sourceRef) && targets.has(flow.targetRef)) targets.get(flow.sourceRef).push(flow.targetRef);
    for (const cycle of cycles(nodes, targets)) {
      if (cycle.some((n) => waitStates.some((t) => is(n, t)))) continue;
      reporter.report(cycle[0].id, `循环（${cycle.map((n) => n.name || n.id).join(' → ')}）中没有等待环节，会无限运行`);
    }
  });
}

/** The strongly connected components with a cycle (Tarjan), each as its nodes. */
function cycles(nodes, targets) {
  const index = new Map(), low = new Map(), stack = [], onStack = new Set(), found = [];
  let counter = 0;
  const next = (n) => targets.get(n);
  const visit = (n) => {
    index.set(n, counter); low.set(n, counter++); stack.push(n); onStack.add(n);
    for (const t of next(n)) {
      if (!index.has(t)) { visit(t); low.set(n, Math.min(low.get(n), low.get(t))); }
      else if (onStack.has(t)) low.set(n, Math.min(low.get(n), index.get(t)));
    }
    if (low.get(n) !== index.get(n)) return;
    const component = [];
    let m;
    do { m = stack.pop(); onStack.delete(m); component.push(m); } while (m !== n);
    if (component.length > 1 || next(n).includes(n)) found.push(component.reverse());
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return found;
}

/** The linter configuration bpmn-js-bpmnlint takes, with a resolver over the rules above. */
export function lintConfig(templates) {
  const handlers = new Set(templates.flatMap((t) => t.properties).filter((p) => p.binding?.name === 'ew:type').map((p) => p.value));
  const notices = new Set((templates.find((t) => t.id === 'ew.notice')?.properties || [])
    .filter((p) => p.binding?.name === 'ew:template').flatMap((p) => p.choices.map((c) => c.value)));
  const rules = {
    'start-event-required': startEventRequired,
    'end-event-required': endEventRequired,
    // The engine runs inclusive gateways (docs/bpmn.md); complex gateways it refuses, so the editor says so too.
    'no-complex-gateway': noComplexGateway,
    'user-task': userTaskRule(),
    'timer': timerRule(),
    'handler': handlerRule(handlers, notices),
    'call-cycle': callCycleRule(),
    'loop-wait': loopRule(),
  };
  return {
    config: { rules: Object.fromEntries(Object.keys(rules).map((name) => [name, 'error'])) },
    resolver: {
      resolveRule: (pkg, name) => rules[name],
      resolveConfig: () => null,
    },
  };
}
