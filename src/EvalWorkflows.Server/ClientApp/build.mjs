// Bundles the pages' scripts and styles into ../wwwroot/dist (run by the BuildClientApp target of the
// server's .csproj whenever a source here changed).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

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
});
