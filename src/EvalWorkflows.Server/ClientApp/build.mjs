// Bundles the pages' scripts and styles into ../wwwroot/dist (run by the BuildClientApp target of the
// server's .csproj whenever a source here changed).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import * as templateValidator from '@bpmn-io/element-templates-validator';

// Every file directly under src/ is an entry point: app.js and app.css for every page, and one script per
// page that needs its own (the diagram viewer, the studio's modeler).
const entryPoints = readdirSync('src', { withFileTypes: true })
  .filter((e) => e.isFile() && /\.(js|css)$/.test(e.name))
  .map((e) => `src/${e.name}`);

// Chunks from earlier builds have other hashes: start clean so none lingers.
rmSync('../wwwroot/dist', { recursive: true, force: true });

// Splitting: what several pages share (bpmn-js for the viewer, the diff and the modeler) is one chunk the
// browser caches once, and what a page loads with import() later (the modeler's rehearsal and deadline preview)
// stays out of the script it needs before it can show anything. Chunks keep a content hash in their name, so
// the entries' asp-append-version covers them too.
// The modeler is made with its properties panel and element templates at once (docs/studio.md, "How the modeler
// loads"), so what they bring but never run here stays out of the studio's script:
// - the properties panel's code editors (CodeMirror with FEEL, FEEL templating and JSON): our Camunda 7 element
//   templates have no FEEL or JSON fields and our provider drops Camunda's own groups, so none is ever drawn. Each
//   name the panel imports is a stand-in that throws if it is used (esbuild fails the build if the panel imports
//   a name the stand-in lacks, so an upgrade cannot slip past this list);
// - the element templates' JSON schema validator (over half a megabyte, mostly Zeebe's schemas): the library's
//   other checks still run when the templates load, and studio/template-check.js runs the real schema check once
//   the modeler is ready (a refused template is reported on the console and withdrawn).
const editorStandIns = {
  '@codemirror/view': ['EditorView', 'highlightSpecialChars', 'drawSelection', 'keymap', 'placeholder', 'lineNumbers'],
  '@codemirror/state': ['Annotation', 'EditorState'],
  '@codemirror/language': ['syntaxHighlighting', 'defaultHighlightStyle', 'foldGutter', 'bracketMatching', 'foldKeymap'],
  '@codemirror/autocomplete': ['closeBrackets', 'closeBracketsKeymap'],
  '@codemirror/commands': ['history', 'defaultKeymap', 'historyKeymap'],
  '@codemirror/lang-json': ['jsonParseLinter', 'json'],
  '@codemirror/lint': ['linter'],
  '@bpmn-io/feelers-editor': ['FeelersEditor'],
  '@bpmn-io/feel-editor': ['default'],
};
const unused = `() => { throw new Error('不支持的编辑器：流程设计未打包 FEEL/JSON 编辑器（见 build.mjs）'); }`;
const leaveOut = {
  name: 'studio-leave-out',
  setup(build) {
    build.onResolve({ filter: /^(@codemirror\/|@bpmn-io\/feel)/ }, ({ path, importer }) =>
      importer.includes('/@bpmn-io/properties-panel/') ? { path, namespace: 'stand-in' } : undefined);
    build.onResolve({ filter: /^@bpmn-io\/element-templates-validator$/ }, ({ path, importer }) =>
      importer.includes('/bpmn-js-element-templates/') ? { path, namespace: 'stand-in' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'stand-in' }, ({ path }) => ({
      contents: path === '@bpmn-io/element-templates-validator'
        // The schemas' versions are read when the templates library loads: the real ones, asked for here.
        ? ['getSchemaVersion', 'getZeebeSchemaVersion', 'getZeebeSchemaPackage']
          .map((name) => `export const ${name} = () => ${JSON.stringify(templateValidator[name]())};`).join('\n')
          + `export const validate = (object) => ({ object, valid: true, errors: [] }); export const validateZeebe = ${unused};`
        : editorStandIns[path].map((name) => name === 'default' ? `export default ${unused};`
          // The panel makes a CodeMirror annotation and a JSON linter when it loads (neither used without an editor).
          : name === 'Annotation' ? 'export const Annotation = { define: () => ({}) };'
          : name === 'jsonParseLinter' ? `export const jsonParseLinter = () => ${unused};`
          : `export const ${name} = ${unused};`).join('\n'),
    }));
  },
};

await esbuild.build({
  entryPoints,
  outdir: '../wwwroot/dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  loader: { '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.ttf': 'file', '.eot': 'file' },
  logLevel: 'warning',
  plugins: [leaveOut],
});
