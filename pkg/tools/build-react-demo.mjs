// Builds the React demo (www/react/src/main.jsx) into www/react/build/: one esbuild bundle
// (React, react-hook-form, its Standard Schema resolver, timlint's JS) and timlint's wasm
// copied to build/dist/, where the package's `new URL('./dist/…', import.meta.url)` points
// from the bundle: pkg/README.md's esbuild recipe. `timlint` is this package (pkg/), the
// rest comes from pkg/node_modules. `node pkg/tools/build-react-demo.mjs`; scripts/serve-www
// and the browser test run it. Needs pkg/dist/ (scripts/build-wasm).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const DEMO = join(PKG, '../www/react');
export const OUT = join(DEMO, 'build');

/** Builds the demo; resolves when build/ holds app.js and dist/timlint_wasm_bg.wasm. */
export async function buildReactDemo() {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints: [join(DEMO, 'src/main.jsx')],
    outfile: join(OUT, 'app.js'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { timlint: PKG },
    nodePaths: [join(PKG, 'node_modules')],
    logLevel: 'warning',
  });
  mkdirSync(join(OUT, 'dist'), { recursive: true });
  copyFileSync(join(PKG, 'dist/timlint_wasm_bg.wasm'), join(OUT, 'dist/timlint_wasm_bg.wasm'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildReactDemo();
  console.log(`React demo built: ${OUT}`);
}
