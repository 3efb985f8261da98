// Prints what a page downloads to validate create-group payloads with timlint (the wasm plus
// the minified JS a page importing `validate` bundles, gzipped) next to the same job done with
// ajv: a minified esbuild bundle of ajv, timlint's exported JSON Schema and the x-maxUtf8Bytes
// keyword, gzipped; exits 1 when timlint's is larger. Run by scripts/build-wasm after pkg/dist/
// is written.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function bundle(entry, dir) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    absWorkingDir: dir,
    nodePaths: [join(pkg, 'node_modules')],
  });
  return out.outputFiles[0].contents;
}

const tmp = mkdtempSync(join(tmpdir(), 'timlint-size-'));
try {
  // timlint: a page that validates, as the ajv page below: its entry imports `validate` from
  // the browser entry (api.js, render.js, messages.js and the glue come with it), bundled as
  // any bundler would, plus the wasm. The whole entry, every export kept, is printed too.
  writeFileSync(
    join(tmp, 'page.js'),
    `export { validate } from ${JSON.stringify(join(pkg, 'index.js'))};\n`,
  );
  const js = await bundle(join(tmp, 'page.js'), tmp);
  const whole = await bundle(join(pkg, 'index.js'), pkg);
  const wasm = readFileSync(join(pkg, 'dist/timlint_wasm_bg.wasm'));
  const ours = gz(js) + gz(wasm);

  // ajv: with the REST schema from the package itself (timlint/schema).
  const schema = (await import(join(pkg, 'schema-node.js'))).jsonSchema('rest');
  const schemaNote = 'jsonSchema("rest") from timlint/schema';
  writeFileSync(join(tmp, 'schema.json'), JSON.stringify(schema));
  writeFileSync(
    join(tmp, 'entry.js'),
    `import Ajv from 'ajv/dist/2020.js';
import { addTimlintKeywords } from ${JSON.stringify(join(pkg, 'keywords.js'))};
import schema from './schema.json';
const ajv = addTimlintKeywords(new Ajv({ allErrors: true, strict: false }));
export const validate = ajv.compile(schema);
`,
  );
  const ajvJs = await bundle(join(tmp, 'entry.js'), tmp);
  const ajv = gz(ajvJs);

  // The other modules, for those who import timlint/rest or timlint/schema.
  const other = async (name) => {
    const js = gz(await bundle(join(pkg, `${name}.js`), pkg));
    const wasm = gz(readFileSync(join(pkg, `dist/${name}/timlint_wasm_bg.wasm`)));
    return `wasm ${kb(wasm)} + JS ${kb(js)} = ${kb(wasm + js)}`;
  };

  const verdict = ours <= ajv
    ? `within budget (${ajv - ours} bytes to spare)`
    : `OVER budget by ${kb(ours - ajv)} (${ours - ajv} bytes)`;
  // Over budget: exit 1 (scripts/bench reports it as MISS; build-wasm says so and goes on).
  if (ours > ajv) process.exitCode = 1;
  console.log(`size budget (gzip -9, what a page downloads):
  timlint wasm ${kb(gz(wasm))} (raw ${kb(wasm.length)}) + JS ${kb(gz(js))} (minified ${kb(js.length)}) = ${kb(ours)}  [a page importing validate]
  ajv + schema + x-maxUtf8Bytes keyword bundle = ${kb(ajv)}  [schema: ${schemaNote}]
  ${verdict}
  (the whole browser entry, every export kept: wasm + JS ${kb(gz(whole))} = ${kb(gz(wasm) + gz(whole))})
  (brotli -11, for servers that send br: timlint ${kb(br(wasm) + br(js))}, ajv bundle ${kb(br(ajvJs))})
  (timlint/rest, the validator with toRest, for pages that convert: ${await other('rest')})
  (timlint/schema, loaded only by those who import it: ${await other('schema')})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
