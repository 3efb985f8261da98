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

/**
 * Builds a demo of www/: `www/<name>/<entry>` bundled into `www/<name>/build/app.js`, with
 * timlint's wasm beside it; `options` go to esbuild (a framework's JSX or flags). Resolves
 * when build/ holds app.js and dist/timlint_wasm_bg.wasm.
 */
export async function buildDemo(name, entry, options = {}) {
  const demo = join(PKG, '../www', name);
  const out = join(demo, 'build');
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: [join(demo, entry)],
    outfile: join(out, 'app.js'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    ...options,
    define: { 'process.env.NODE_ENV': '"production"', ...options.define },
    alias: { timlint: PKG },
    nodePaths: [join(PKG, 'node_modules')],
    logLevel: 'warning',
  });
  mkdirSync(join(out, 'dist'), { recursive: true });
  copyFileSync(join(PKG, 'dist/timlint_wasm_bg.wasm'), join(out, 'dist/timlint_wasm_bg.wasm'));
  return out;
}

/** Builds the React demo. */
export const buildReactDemo = () => buildDemo('react', 'src/main.jsx', { jsx: 'automatic' });

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildReactDemo();
  console.log(`React demo built: ${OUT}`);
}
