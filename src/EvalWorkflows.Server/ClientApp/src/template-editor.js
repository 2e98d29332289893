// The notice template editor (/studio/templates/{name}): CodeMirror over the page's textarea, which stays the
// form field (the page saves without JavaScript too). Scriban blocks are highlighted; every edit is rendered by
// the server (POST /api/templates/preview) against sample data or a chosen instance's variables, and the
// server's parse and render errors are shown at their line in the editor and listed below it.
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, HighlightStyle, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { linter, lintGutter, forceLinting } from '@codemirror/lint';

const keywords = new Set(['if', 'else', 'elseif', 'end', 'for', 'in', 'while', 'break', 'continue', 'func', 'ret',
  'capture', 'with', 'wrap', 'case', 'when', 'tablerow', 'readonly', 'import', 'include', 'and', 'or', 'not',
  'true', 'false', 'null']);

// Text outside {{ }} is plain; inside, keywords, strings, numbers, pipes and names. Section markers
// (=== html ===) and the header fence (+++) stand out, as they give the file its shape.
const scriban = StreamLanguage.define({
  startState: () => ({ inCode: false }),
  token(stream, state) {
    if (!state.inCode) {
      if (stream.sol() && stream.match(/^===\s*[A-Za-z_-]+\s*===\s*$/)) return 'heading';
      if (stream.sol() && stream.match(/^\+\+\+\s*$/)) return 'meta';
      if (stream.match('{{')) { state.inCode = true; return 'brace'; }
      while (!stream.eol() && !stream.match('{{', false)) stream.next();
      return null;
    }
    if (stream.match('}}')) { state.inCode = false; return 'brace'; }
    if (stream.eatSpace()) return null;
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) return 'string';
    if (stream.match(/^\d+(\.\d+)?/)) return 'number';
    if (stream.match('#')) { while (!stream.eol() && !stream.match('}}', false)) stream.next(); return 'comment'; }
    const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/);
    if (word) return keywords.has(word[0]) ? 'keyword' : 'variableName';
    if (stream.match(/^[|+\-*/%=<>!&.]+/)) return 'operator';
    stream.next();
    return null;
  },
  languageData: { commentTokens: { block: { open: '{{#', close: '}}' } } },
});

// What sets Scriban apart from the text around it: the {{ }} delimiters and the names read from the model.
const scribanStyle = HighlightStyle.define([
  { tag: tags.brace, color: '#b35c00', fontWeight: 'bold' },
  { tag: tags.variableName, color: '#0550ae' },
  { tag: tags.meta, color: '#6f42c1' },
]);

const $ = (selector) => document.querySelector(selector);
const textarea = $('[data-template-editor]');
const preview = $('[data-template-preview]');
const problemsBox = $('#template-problems');
const status = $('[data-preview-status]');
let instanceModel = null;

/** The variables to render with: the chosen instance's, or the sample JSON (an error if it does not parse). */
async function currentModel() {
  const source = $('#preview-source').value;
  if (!source) return JSON.parse($('#preview-sample').value || '{}');
  if (instanceModel?.id !== source) {
    const response = await fetch(`/api/instances/${encodeURIComponent(source)}`);
    if (!response.ok) throw new Error(`无法读取该实例的变量（${response.status}）。`);
    instanceModel = { id: source, variables: (await response.json()).variables ?? {} };
  }
  return instanceModel.variables;
}

function diagnosticsAt(doc, errors) {
  return errors.map((e) => {
    const line = doc.line(Math.min(Math.max(e.line, 1), doc.lines));
    const from = Math.min(line.from + Math.max(e.column - 1, 0), line.to);
    return { from, to: Math.max(from, line.to), severity: 'error', message: `第 ${e.line} 行：${e.message}` };
  });
}

function listProblems(errors) {
  problemsBox.replaceChildren();
  if (!errors.length) return;
  const list = document.createElement('ol');
  list.className = 'ew-problem-list mb-0';
  for (const e of errors) {
    const item = document.createElement('li');
    item.dataset.line = e.line;
    item.textContent = `第 ${e.line} 行，第 ${e.column} 列：${e.message}`;
    list.append(item);
  }
  problemsBox.append(list);
}

function showPreview(body) {
  status.textContent = '按当前文字渲染（尚未保存）。';
  preview.querySelector('[data-preview-subject]').textContent = body.subject;
  preview.querySelector('[data-preview-html]').srcdoc = body.html;
}

/** The lint source: the server renders the text; its errors become diagnostics, its result the preview. */
async function renderOnServer(view) {
  const doc = view.state.doc;
  let model;
  try {
    model = await currentModel();
  } catch (e) {
    status.textContent = e instanceof SyntaxError ? `示例数据不是有效的 JSON：${e.message}` : e.message;
    return [];
  }
  const response = await fetch('/api/templates/preview', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: doc.toString(), model }),
  });
  const body = await response.json().catch(() => ({}));
  if (response.ok) {
    listProblems([]);
    showPreview(body);
    return [];
  }
  const errors = Array.isArray(body.errors) && body.errors.every((e) => typeof e.line === 'number') ? body.errors : [];
  status.textContent = errors.length ? `模板有 ${errors.length} 处错误，已在编辑器中标出，见编辑器下方的列表。`
    : body.detail || `无法预览（${response.status}）。`;
  listProblems(errors);
  return diagnosticsAt(doc, errors);
}

if (textarea) {
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        lineNumbers(), history(), drawSelection(), highlightActiveLine(), bracketMatching(),
        keymap.of([...defaultKeymap, ...historyKeymap]), scriban, syntaxHighlighting(scribanStyle), syntaxHighlighting(defaultHighlightStyle),
        lintGutter(), linter(renderOnServer, { delay: 400 }),
        EditorView.contentAttributes.of({ 'aria-label': '模板内容', 'aria-describedby': 'template-problems' }),
        EditorView.updateListener.of((update) => { if (update.docChanged) textarea.value = update.state.doc.toString(); }),
      ],
    }),
  });
  textarea.hidden = true;
  textarea.after(view.dom);
  view.dom.classList.add('ew-code-editor');
  listProblems(JSON.parse(textarea.dataset.problems || '[]'));
  for (const control of [$('#preview-source'), $('#preview-sample')]) control?.addEventListener('change', () => forceLinting(view));
  textarea.form.addEventListener('submit', () => { textarea.value = view.state.doc.toString(); });
}
