// Prints what a page downloads to validate create-group payloads with timlint (the wasm plus
// the minified JS of the browser entry, gzipped) next to the same job done with ajv: a
// minified esbuild bundle of ajv, timlint's exported JSON Schema and the x-maxUtf8Bytes
// keyword, gzipped. Run by scripts/build-wasm after pkg/dist/ is written.
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
  // timlint: the browser entry (index.js, core.js, keywords.js and the glue) and the wasm.
  const js = await bundle(join(pkg, 'index.js'), pkg);
  const wasm = readFileSync(join(pkg, 'dist/timlint_wasm_bg.wasm'));
  const ours = gz(js) + gz(wasm);

  // ajv: the schema from the package itself when this build has jsonSchema().
  let schema;
  let schemaNote;
  const timlint = await import(join(pkg, 'node.js'));
  try {
    schema = (await import(join(pkg, 'schema-node.js'))).jsonSchema('rest');
    schemaNote = 'jsonSchema("rest") from timlint/schema';
  } catch {
    // Placeholder until timlint::schema lands: the REST body's fields and byte limits.
    const l = timlint.limits();
    const text = (max) => ({ type: 'string', 'x-maxUtf8Bytes': max });
    const kv = (value) => ({
      type: 'array',
      items: {
        type: 'object',
        required: ['Key', 'Value'],
        additionalProperties: false,
        properties: { Key: text(l.customKey), Value: text(value) },
      },
    });
    schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      required: ['Type', 'Name'],
      additionalProperties: false,
      properties: {
        Owner_Account: text(l.account),
        Type: { enum: ['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community'] },
        GroupId: text(l.groupId),
        Name: { ...text(l.name), minLength: 1 },
        Introduction: text(l.introduction),
        Notification: text(l.notification),
        FaceUrl: { ...text(l.faceUrl), pattern: '^https?://' },
        MaxMemberCount: { type: 'integer', minimum: 1 },
        ApplyJoinOption: { enum: ['FreeAccess', 'NeedPermission', 'DisableApply'] },
        InviteJoinOption: { enum: ['FreeAccess', 'NeedPermission', 'DisableInvite'] },
        AppDefinedData: { ...kv(l.groupCustomValue), maxItems: l.groupCustomFields },
        MemberList: {
          type: 'array',
          maxItems: l.members,
          items: {
            type: 'object',
            required: ['Member_Account'],
            additionalProperties: false,
            properties: {
              Member_Account: text(l.account),
              Role: { const: 'Admin' },
              AppMemberDefinedData: { ...kv(l.memberCustomValue), maxItems: l.memberCustomFields },
            },
          },
        },
        SupportTopic: { enum: [0, 1] },
      },
    };
    schemaNote = 'a PLACEHOLDER schema (timlint::schema is not in this build yet)';
  }
  writeFileSync(join(tmp, 'schema.json'), JSON.stringify(schema));
  writeFileSync(
    join(tmp, 'entry.js'),
    `import Ajv from ${JSON.stringify(String(schema.$schema).includes('2020-12') ? 'ajv/dist/2020.js' : 'ajv')};
import { addTimlintKeywords } from ${JSON.stringify(join(pkg, 'keywords.js'))};
import schema from './schema.json';
const ajv = addTimlintKeywords(new Ajv({ allErrors: true, strict: false }));
export const validate = ajv.compile(schema);
`,
  );
  const ajvJs = await bundle(join(tmp, 'entry.js'), tmp);
  const ajv = gz(ajvJs);

  // The schema module, for those who import timlint/schema.
  const schemaJs = await bundle(join(pkg, 'schema.js'), pkg);
  const schemaWasm = readFileSync(join(pkg, 'dist/schema/timlint_wasm_bg.wasm'));

  const verdict = ours <= ajv ? 'within budget' : `OVER budget by ${kb(ours - ajv)}`;
  console.log(`size budget (gzip -9, what a page downloads):
  timlint wasm ${kb(gz(wasm))} (raw ${kb(wasm.length)}) + JS ${kb(gz(js))} (minified ${kb(js.length)}) = ${kb(ours)}
  ajv + schema + x-maxUtf8Bytes keyword bundle = ${kb(ajv)}  [schema: ${schemaNote}]
  ${verdict}
  (brotli -11, for servers that send br: timlint ${kb(br(wasm) + br(js))}, ajv bundle ${kb(br(ajvJs))})
  (timlint/schema, loaded only by those who import it: wasm ${kb(gz(schemaWasm))} + JS ${kb(gz(schemaJs))})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
