// Every fixture of the shared corpus, tests/corpus/<dialect>/<rule-id>/<case>.json|.jsonc
// (+ optional <case>.options.json), checked by the wasm package and by the native CLI
// (`timlint check --format json`): the reports must be the same, diagnostic for diagnostic.
// The corpus grows while others work, so it is listed afresh on every run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validate } from '../node.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = join(ROOT, 'tests/corpus');
const CLI = process.env.TIMLINT_CLI ?? join(ROOT, 'target/debug/timlint');
const DIALECTS = ['rest', 'sdk', 'web', 'auto'];

// A child process that runs longer than this is killed and the test fails (a hang would
// otherwise stop the whole run); far above what any run here takes.
const CHILD_TIMEOUT = 60_000;

function* fixtures() {
  for (const dialect of DIALECTS) {
    const dir = join(CORPUS, dialect);
    if (!existsSync(dir)) continue;
    for (const rule of readdirSync(dir, { withFileTypes: true })) {
      if (!rule.isDirectory()) continue;
      const ruleDir = join(dir, rule.name);
      for (const f of readdirSync(ruleDir).sort()) {
        if (f.endsWith('.options.json') || !/\.jsonc?$/.test(f)) continue;
        const options = join(ruleDir, f.replace(/\.jsonc?$/, '.options.json'));
        yield { dialect, rule: rule.name, file: join(ruleDir, f), options: existsSync(options) ? options : null };
      }
    }
  }
}

/** Diagnostics as canonical JSON texts, in a stable order. */
const canonical = (diags) => diags.map((d) => JSON.stringify(d)).sort();

const all = [...fixtures()];

test('the corpus and the CLI are there', () => {
  assert.ok(existsSync(CLI), `build the CLI first: cargo build -p timlint-cli (looked for ${CLI})`);
  assert.ok(all.length > 0, `no fixtures under ${CORPUS}`);
});

for (const fx of all) {
  test(`corpus ${relative(CORPUS, fx.file)}`, (t) => {
    const bytes = readFileSync(fx.file);
    let src;
    try {
      // Keep a BOM: it is part of what is checked.
      src = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      t.skip('not UTF-8: a JS string cannot carry these bytes (the CLI refuses them too)');
      return;
    }
    // Both languages: the texts are rendered in Rust for the CLI and in JS for the package,
    // from the same templates.
    for (const lang of ['en', 'zh-CN']) {
      const args = ['check', '--format', 'json', '--dialect', fx.dialect, '--lang', lang];
      if (fx.options) args.push('--config', fx.options);
      args.push(fx.file);
      const cli = spawnSync(CLI, args, { encoding: 'utf8', timeout: CHILD_TIMEOUT });
      assert.ok(cli.status === 0 || cli.status === 1, `CLI exit ${cli.status} (${cli.error ?? cli.signal}): ${cli.stderr}`);
      const [native] = JSON.parse(cli.stdout);

      const options = fx.options ? JSON.parse(readFileSync(fx.options, 'utf8')) : {};
      // The CLI's --dialect and --lang flags override the config file's; so does this.
      const ours = validate(src, { ...options, dialect: fx.dialect, lang });

      assert.deepEqual(canonical(ours.diagnostics), canonical(native.diagnostics));
      assert.equal(ours.valid, native.valid);
      assert.equal(ours.dialect, native.dialect);
      assert.equal(ours.omitted, native.omitted);
      assert.equal('file' in ours, false);
    }
  });
}
