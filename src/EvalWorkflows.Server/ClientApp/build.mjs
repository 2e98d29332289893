// Bundles the pages' scripts and styles into ../wwwroot/dist (run by the BuildClientApp target of the
// server's .csproj whenever a source here changed).
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

// Every file directly under src/ is an entry point: app.js and app.css for every page, and one script per
// page that needs its own (the diagram viewer, the studio's modeler).
const entryPoints = readdirSync('src', { withFileTypes: true })
  .filter((e) => e.isFile() && /\.(js|css)$/.test(e.name))
  .map((e) => `src/${e.name}`);

await esbuild.build({
  entryPoints,
  outdir: '../wwwroot/dist',
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  loader: { '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.ttf': 'file', '.eot': 'file' },
  logLevel: 'warning',
});
