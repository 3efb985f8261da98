// The snippets of pkg/README.md run as they are written: each ```js block of "Use from a
// page" and "Forms" is saved as a module inside the package (so `import … from 'timlint'`
// resolves to this package by its own name), with the free variables a page would have
// defined before it, and the claims of its comments checked after it. The Forms comments
// show the package's default Name limit: the payload is built over it, and
// `TIMLINT_BLESS=1 node --test test/readme.test.mjs` writes the comment from the real output.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { byteLength, limits } from 'timlint';

const README_URL = new URL('../README.md', import.meta.url);
const README = readFileSync(README_URL, 'utf8');
const sectionOf = (title) => README.slice(README.indexOf(title), README.indexOf('\n## ', README.indexOf(title) + 1));
const blocksOf = (title) => [...sectionOf(title).matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
const blocks = blocksOf('## Forms');
const [pageBlock] = blocksOf('## Use from a page');

// A Web SDK payload with the two errors the comments name (a name just over the default
// limit, at least 38 bytes; a role that is not one) and nothing else.
let name = '腾讯云即时通信IM开发者交流';
while (byteLength(name) <= limits().name) name += '群';
const PAYLOAD = `{
  type: 'Public',
  name: '${name}',
  memberList: [{ userID: 'a' }, { userID: 'b' }, { userID: 'c' }, { userID: 'd', role: 'Owner' }],
}`;

/** Runs a block as a module with `before` defined first and `after` (the checks) last. */
async function runBlock(block, before, after) {
  const imports = block.match(/^import .*;$/gm) ?? [];
  const body = block.replace(/^import .*;$/gm, '');
  const file = fileURLToPath(new URL(`./.readme-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`, import.meta.url));
  writeFileSync(
    file,
    `import assert from 'node:assert/strict';\n${imports.join('\n')}\n${before}\n${body}\n${after}\n`,
  );
  try {
    await import(file);
  } finally {
    rmSync(file, { force: true });
  }
}

test('the Forms section has its four snippets', () => {
  assert.equal(blocks.length, 4, 'react-hook-form, TanStack Form, a plain form, your own words');
});

test('react-hook-form: the resolver gives the errors the comments show', async () => {
  await runBlock(
    blocks[0],
    '',
    `const { errors } = await resolver(${PAYLOAD}, undefined, { fields: {}, shouldUseNativeValidation: false });
     globalThis.nameMessage = errors.name.message;
     assert.equal(typeof errors.memberList[3].role.message, 'string');
     assert.equal(typeof CreateGroupForm, 'function');`,
  );
  const shown = /(\/\/ errors\.name\.message: ')([^']*)'/;
  assert.match(blocks[0], shown);
  if (process.env.TIMLINT_BLESS) {
    const now = readFileSync(README_URL, 'utf8');
    writeFileSync(README_URL, now.replace(shown, (_, head) => `${head}${globalThis.nameMessage}'`));
  } else {
    assert.equal(blocks[0].match(shown)[2], globalThis.nameMessage, 'stale: TIMLINT_BLESS=1 node --test test/readme.test.mjs writes it');
  }
});

test('TanStack Form: the issues land where the comment says', async () => {
  await runBlock(
    blocks[1],
    `const defaultValues = ${PAYLOAD};`,
    `assert.deepEqual(Object.keys(form.state.errorMap.onChange).sort(), ['memberList[3].role', 'name']);`,
  );
});

test('a plain form: errorsByField gives the fields the comment shows', async () => {
  await runBlock(
    blocks[2],
    `const values = ${PAYLOAD}; const shown = [];
     const showUnder = (field, diagnostics) => shown.push([field, diagnostics.map((d) => d.rule)]);`,
    `assert.deepEqual(shown, [['name', ['too-many-bytes']], ['memberList.3.role', ['invalid-member-role']]]);
     assert.deepEqual(form, []);`,
  );
});

test('your own words: both kinds of wording reach the issues', async () => {
  await runBlock(
    blocks[3].replace('createGroupSchema({', 'const schema = createGroupSchema({'),
    `import { createGroupSchema, limits } from 'timlint'; const lang = 'zh-CN';`,
    `const { issues } = schema['~standard'].validate(${PAYLOAD});
     assert.deepEqual(issues.map((i) => i.message), ['群名称最多 ${limits().name} 字节', 'Role "Owner" is not one of Admin、Member']);`,
  );
});

test('Use from a page: the report and the renderings are the ones the comments show', async () => {
  // Each `expression;   // value` line becomes a check; the report's comment is read as the
  // object literal it is.
  const lines = pageBlock.split('\n');
  const at = lines.findIndex((l) => l.startsWith('const report = '));
  let end = at + 1;
  while (lines[end].startsWith('//')) end++;
  const shownReport = lines.slice(at + 1, end).map((l) => l.slice(3)).join('\n');
  const checked = lines
    .map((l, i) => (i > at && i < end ? '' : l.replace(/^([^/]*?);\s+\/\/ ('.*')$/, 'assert.deepEqual($1, $2);')))
    .join('\n');
  assert.equal(checked.match(/assert\.deepEqual/g).length, 2, 'the two renderMessage lines');
  await runBlock(
    checked,
    `const nameInput = { value: '腾讯云' };`,
    `assert.deepEqual(JSON.parse(JSON.stringify(report)), ${shownReport});
     assert.equal(left, 21);`,
  );
});
