// Bundles the pages' scripts and styles into ../wwwroot/dist (run by the BuildClientApp target of the
// server's .csproj whenever a source here changed).
import * as esbuild from 'esbuild';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
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
//   templates have no FEEL or JSON fields and Camunda's own groups are left out (below), so none is ever drawn. Each
//   name the panel imports is a stand-in that throws if it is used (esbuild fails the build if the panel imports
//   a name the stand-in lacks, so an upgrade cannot slip past this list);
// - the element templates' JSON schema validator (over half a megabyte, mostly Zeebe's schemas): the library's
//   other checks still run when the templates load, and studio/template-check.js runs the real schema check once
//   the modeler is ready (a refused template is reported on the console and withdrawn);
// - the Camunda 7 properties provider, which the element templates module asks for (over 250 kB): its groups are
//   about Camunda's engine (history cleanup, external tasks, camunda: timers and listeners), none of which ours
//   reads, and our templates bind only ew: properties, never the camunda: inputs, outputs or errors for which the
//   templates provider reuses that provider's groups. The templates module gets an empty module in its place.
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
    build.onResolve({ filter: /^bpmn-js-properties-panel$/ }, ({ path, importer }) =>
      importer.includes('/bpmn-js-element-templates/') ? { path, namespace: 'stand-in' } : undefined);
    build.onLoad({ filter: /^bpmn-js-properties-panel$/, namespace: 'stand-in' }, () => ({
      contents: "export { useService } from 'bpmn-js-properties-panel'; export const CamundaPlatformPropertiesProviderModule = {};",
      resolveDir: process.cwd(),
    }));
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

// The properties panel and element template libraries each come as one prebuilt file holding every flavour
// (Camunda 7, Zeebe, Camunda cloud templates). Their classes are annotated for injection after the class
// (`X.$inject = [...]`), an assignment esbuild must keep, and with it every class, however unused: the Zeebe
// panel and the cloud templates travelled in the studio's script and were compiled on every first visit.
// Written as a static field of the class instead (same property, same inheritance), an unused class is
// dropped like any other unused code.
const injectAsStaticField = {
  name: 'inject-as-static-field',
  setup(build) {
    build.onLoad({ filter: /\/(bpmn-js-properties-panel|bpmn-js-element-templates)\/dist\/index\.esm\.js$/ }, ({ path }) => {
      let source = readFileSync(path, 'utf8');
      let moved = 0;
      for (const [statement, name, names] of [...source.matchAll(/^([\w$]+)\.\$inject = (\[[^\]]*\]);$/gm)]) {
        const escaped = name.replace(/\$/g, '\\$');
        const declaration = new RegExp(`^((?:class ${escaped}|let ${escaped} = class [\\w$]+)(?: extends [\\w$]+)? \\{)$`, 'm');
        if (!declaration.test(source)) continue; // a function, not a class: left as it is
        source = source.replace(statement, '').replace(declaration, (opening) => `${opening}\n  static $inject = ${names};`);
        moved++;
      }
      if (moved === 0) throw new Error(`inject-as-static-field: no class annotation found in ${path} (library changed?)`);
      return { contents: source, loader: 'js' };
    });
  },
};

const { metafile } = await esbuild.build({
  metafile: true,
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
  plugins: [leaveOut, injectAsStaticField],
});

// Each entry's chunks, for the pages' <link rel="modulepreload"> (Pages/ModulePreloadTagHelper.cs): without them
// the browser learns of a chunk only once it has parsed the entry that imports it (over a megabyte for the
// modeler), and fetches and compiles the chunks after that instead of alongside.
const outputs = metafile.outputs;
const staticImports = (file, seen = new Set()) => {
  for (const { path, kind } of outputs[file].imports) {
    if (kind === 'import-statement' && !seen.has(path)) { seen.add(path); staticImports(path, seen); }
  }
  return seen;
};
const dist = '../wwwroot/dist/';
const chunksOf = Object.fromEntries(Object.keys(outputs)
  .filter((file) => file.endsWith('.js') && outputs[file].entryPoint && !file.startsWith(`${dist}chunks/`))
  .map((file) => [file.slice(dist.length), [...staticImports(file)].map((chunk) => chunk.slice(dist.length)).sort()]));
writeFileSync(`${dist}modulepreload.json`, JSON.stringify(chunksOf, null, 1));

// Compressed copies of every script, stylesheet and icon font drawing, made once here at the strongest settings rather than on each
// request: the modeler's script is over a megabyte, about a fifth of that as Brotli. The server picks the copy the
// browser accepts (Pages/CompressedAssets.cs); browsers send Brotli only over HTTPS, so gzip stays for plain HTTP.
for (const file of Object.keys(outputs).filter((f) => /\.(js|css|svg)$/.test(f))) {
  const content = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(content, { params: {
    [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } }));
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
}
