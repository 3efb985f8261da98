// timlint's message IDs are the rule's ESLint messageIds (issue #27): `meta.messages` made from
// the package's templates, `data` from each diagnostic's params, and the text ESLint renders
// the same as timlint's own, over every fixture of the shared corpus the rule can take.
// docs/messages.md lists them; TIMLINT_BLESS=1 rewrites it.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Linter, RuleTester } from 'eslint';
import { templates, validate } from 'timlint';
import { makeCreateGroup } from '../lib/rule.js';
import { MESSAGES } from '../lib/messages.js';
import { RULE_READS } from '../lib/dependencies.js';

const { messages } = makeCreateGroup(validate).meta;
const OWN = ['diagnostic', 'replace', 'truncate', 'rename', 'remove'];

test('every timlint message ID of a rule is an ESLint messageId, its placeholders in ESLint form', () => {
  const ids = Object.keys(templates).filter((id) => !id.startsWith('common.') && !id.startsWith('convert.'));
  assert.deepEqual(ids.filter((id) => !Object.hasOwn(messages, id)), []);
  assert.deepEqual(Object.keys(messages).sort(), [...OWN, ...ids].sort(), 'nothing else, and no clash with the plugin\'s own');
  for (const id of ids) {
    const rule = id.split('.')[0];
    assert.ok(Object.hasOwn(RULE_READS, rule), `${id} belongs to a rule`);
    const placeholders = [...templates[id][0].matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
    assert.ok(!placeholders.includes('severity') && !placeholders.includes('help'), `${id}: the frame's names are free`);
    // Every brace of a timlint template is a placeholder's: each one doubled.
    assert.equal(messages[id], `${rule}{{severity}}: ${templates[id][0].replaceAll('{', '{{').replaceAll('}', '}}')}{{help}}`);
  }
});

/** The corpus fixtures the rule can check: a JSON object, options the rule takes. */
function* corpus() {
  const root = new URL('../../tests/corpus/', import.meta.url);
  const taken = new Set(['preset', 'limits', 'plan', 'groupKeys', 'memberKeys', 'maxDiagnostics']);
  for (const dialect of ['web', 'rest']) {
    for (const rule of readdirSync(new URL(`${dialect}/`, root))) {
      for (const file of readdirSync(new URL(`${dialect}/${rule}/`, root)).filter((f) => f.endsWith('.json') && !f.endsWith('.options.json'))) {
        const text = readFileSync(new URL(`${dialect}/${rule}/${file}`, root), 'utf8');
        let value;
        try {
          value = JSON.parse(text);
        } catch {
          continue;
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value) || text.includes('__proto__')) continue;
        let options = {};
        try {
          options = JSON.parse(readFileSync(new URL(`${dialect}/${rule}/${file.replace(/\.json$/, '.options.json')}`, root), 'utf8'));
        } catch {
          // none
        }
        if (!Object.keys(options).every((k) => taken.has(k))) continue;
        yield { name: `${dialect}/${rule}/${file}`, dialect, text, options };
      }
    }
  }
}

test("over the corpus, each report's messageId is timlint's and ESLint's text is timlint's rendering", () => {
  const seen = new Set();
  let fixtures = 0;
  for (const f of corpus()) {
    fixtures++;
    const said = [];
    const rule = makeCreateGroup((text, options) => {
      const report = validate(text, options);
      said.push(...report.diagnostics);
      return report;
    });
    const options = { ...f.options, ...(f.dialect === 'rest' ? { restCallees: ['imRest.createGroup'] } : {}), minSeverity: 'info' };
    const code = `${f.dialect === 'rest' ? 'imRest' : 'chat'}.createGroup(${f.text});`;
    const out = new Linter().verify(code, [{ plugins: { t: { rules: { r: rule } } }, rules: { 't/r': ['error', options] } }]);
    for (const m of out) {
      assert.ok(!m.fatal, `${f.name}: ${m.message}`);
      assert.ok(Object.hasOwn(MESSAGES, m.messageId), `${f.name}: ${m.messageId} is a timlint message ID`);
      const texts = said
        .filter((d) => d.messageId === m.messageId)
        .map((d) => `${d.rule}${d.severity === 'error' ? '' : ` (${d.severity})`}: ${d.message}${d.help ? `; ${d.help}` : ''}`);
      assert.ok(texts.includes(m.message), `${f.name}: ESLint says ${JSON.stringify(m.message)}; timlint ${JSON.stringify(texts)}`);
      seen.add(m.messageId);
    }
  }
  // The corpus reaches most of them (the rest need JSON that is no JS literal, or the dialects
  // the rule does not check).
  assert.ok(fixtures > 150, `${fixtures} fixtures`);
  assert.ok(seen.size >= 50, `${seen.size} message IDs reached`);
});

test("in Chinese, or in your own wording for an ID, the text is timlint's and the messageId is 'diagnostic'", () => {
  const code = "chat.createGroup({ type: 'Publich', name: '腾讯云即时通信 IM 产品研发部周会群' });";
  const lint = (options) =>
    new Linter().verify(code, [{ plugins: { t: { rules: { r: makeCreateGroup(validate) } } }, rules: { 't/r': ['error', { help: false, limits: { name: 30 }, ...options }] } }]);
  assert.deepEqual(lint({}).map((m) => m.messageId), ['unknown-group-type.web', 'too-many-bytes']);
  const zh = lint({ lang: 'zh-CN' });
  assert.deepEqual(zh.map((m) => m.messageId), ['diagnostic', 'diagnostic']);
  assert.match(zh[1].message, /^too-many-bytes: `name` 为 49 字节/);
  const own = lint({ messages: { 'too-many-bytes': '{field}: {bytes}/{max}' } });
  assert.deepEqual(own.map((m) => [m.messageId, m.message]), [
    ['unknown-group-type.web', lint({})[0].message],
    ['diagnostic', 'too-many-bytes: name: 49/30'],
  ]);
});

test('docs/messages.md lists every messageId with its message', () => {
  const rows = Object.entries(messages)
    .filter(([id]) => !OWN.includes(id))
    .map(([id, text]) => `| \`${id}\` | ${text.replaceAll('|', '\\|')} |`);
  const page = `<!-- Generated by test/messages.test.mjs; TIMLINT_BLESS=1 rewrites it. -->

# The messageIds of \`timlint/create-group\`

Each of timlint's message IDs is one of the rule's ESLint messageIds, its message made from
timlint's English template (\`{name}\` written \`{{name}}\`), framed by the rule ID,
\`{{severity}}\` (" (warning)", " (info)" or nothing) and \`{{help}}\` ("; " and timlint's help,
unless the option \`help\` is false). A report's \`data\` holds each placeholder as timlint
renders it, so the text is timlint's own. With \`lang: 'zh-CN'\`, or your own wording for a
message ID (option \`messages\`), the report's messageId is \`diagnostic\` and its text is
timlint's rendering. The rule's other messageIds are its suggestions': \`replace\`,
\`truncate\`, \`rename\`, \`remove\`.

| messageId | message |
|---|---|
${rows.join('\n')}
`;
  const file = new URL('../docs/messages.md', import.meta.url);
  if (process.env.TIMLINT_BLESS) writeFileSync(file, page);
  assert.equal(readFileSync(file, 'utf8'), page, 'docs/messages.md is stale: TIMLINT_BLESS=1 node --test test/messages.test.mjs');
});

// RuleTester takes them: a messageId is enough to assert a report.
RuleTester.describe = describe;
RuleTester.it = it;
new RuleTester().run('create-group', makeCreateGroup(validate), {
  valid: [],
  invalid: [
    {
      code: "chat.createGroup({ type: 'Publich', name: 'T', avatar: 'ftp://x' });",
      output: "chat.createGroup({ type: 'Public', name: 'T', avatar: 'ftp://x' });",
      errors: [{ messageId: 'unknown-group-type.web' }, { messageId: 'face-url-scheme' }],
    },
  ],
});
