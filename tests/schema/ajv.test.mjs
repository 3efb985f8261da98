// timlint's exported JSON Schema, judged by ajv (draft 2020-12, strict mode), against the timlint
// CLI, over the whole corpus (tests/corpus/<dialect>/<rule>/<case>.json) and cases.json:
//
// 1. every schema compiles with `new Ajv2020({strict: true})` and the x-maxUtf8Bytes keyword;
// 2. a payload timlint accepts (no error) is accepted by the schema, i.e. a payload the schema
//    refuses has a timlint error;
// 3. a payload with a timlint error of a rule the schema claims (`SCHEMA_RULES` in
//    crates/timlint/src/schema.rs, read from there) is refused by the schema.
//
// (3) has two exemptions, listed in the output: number literals such as `1.0` / `1e3`, which
// JSON.parse turns into the integers 1 / 1000 while timlint judges the literal (exempt only if
// (3) holds once they are rewritten as plain integers), and integers beyond 2^53, which
// JavaScript cannot hold exactly (the Rust test checks those).
//
// Run with tests/schema/run (it builds the CLI first), or: node --test tests/schema/ajv.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { maxUtf8Bytes } from "./keyword.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const bin = process.env.TIMLINT_BIN ?? join(root, "target", "debug", "timlint");
const DIALECTS = ["rest", "sdk", "web", "auto"];
// timlint is killed, and the test fails, past this (a hang would stop the whole run).
const CHILD_TIMEOUT = 60_000;

/** SCHEMA_RULES, read from the Rust source so the two tests claim the same rules. */
function schemaRules() {
  const src = readFileSync(join(root, "crates/timlint/src/schema.rs"), "utf8");
  const body = src.match(/pub const SCHEMA_RULES: &\[&str\] = &\[([^\]]*)\]/);
  assert.ok(body, "SCHEMA_RULES not found in schema.rs");
  return new Set([...body[1].matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1]));
}

function compile(dialect, config) {
  const args = ["schema", "--dialect", dialect, ...(config ? ["--config", config] : [])];
  const schema = JSON.parse(execFileSync(bin, args, { encoding: "utf8", timeout: CHILD_TIMEOUT }));
  const ajv = new Ajv2020({ strict: true });
  ajv.addKeyword(maxUtf8Bytes);
  return ajv.compile(schema);
}

/** Every corpus payload: {name, path, dialect, config}. `.jsonc` files are not JSON: skipped. */
function corpus() {
  const out = [];
  const dir = join(root, "tests", "corpus");
  if (!existsSync(dir)) return out;
  for (const dialect of readdirSync(dir)) {
    if (!DIALECTS.includes(dialect)) continue;
    for (const rule of readdirSync(join(dir, dialect))) {
      const rdir = join(dir, dialect, rule);
      if (!statSync(rdir).isDirectory()) continue;
      for (const f of readdirSync(rdir)) {
        if (f.endsWith(".options.json")) continue;
        const stem = f.endsWith(".json") ? f.slice(0, -5) : f.endsWith(".txt") ? f.slice(0, -4) : null;
        if (stem === null) continue;
        const opts = join(rdir, `${stem}.options.json`);
        const path = join(rdir, f);
        out.push({ name: relative(root, path), path, dialect, config: existsSync(opts) ? opts : null });
      }
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** cases.json, each payload written to a file (and its options to another). */
function sharedCases() {
  const tmp = mkdtempSync(join(tmpdir(), "timlint-schema-"));
  const cases = JSON.parse(readFileSync(join(here, "cases.json"), "utf8"));
  return cases.map((c, i) => {
    const path = join(tmp, `case-${i}.json`);
    writeFileSync(path, c.payload);
    let config = null;
    if (c.options) {
      config = join(tmp, `case-${i}.options.json`);
      writeFileSync(config, JSON.stringify(c.options));
    }
    return { name: `cases.json[${i}]`, path, dialect: c.dialect, config };
  });
}

/** timlint's verdicts for files sharing dialect and options: Map path → error rule IDs. */
function timlint(dialect, config, paths, input) {
  const args = ["check", "--format", "json", "--dialect", dialect, "--max-diagnostics", "1000000"];
  if (config) args.push("--config", config);
  const r = spawnSync(bin, [...args, ...paths], { encoding: "utf8", input, maxBuffer: 1 << 28, timeout: CHILD_TIMEOUT });
  assert.ok(r.status === 0 || r.status === 1 || r.status === 2, `timlint failed (${r.error ?? r.signal ?? r.status}): ${r.stderr}`);
  const out = new Map();
  for (const rep of JSON.parse(r.stdout)) {
    out.set(rep.file, rep.diagnostics.filter((d) => d.severity === "error").map((d) => d.rule));
  }
  return out;
}

/** The payload as JSON.parse sees it, or undefined when it is not JSON. */
function parse(bytes) {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch {
    return { ok: false };
  }
}

/** Number literals JSON.parse does not keep as written: `1.0`, `1e3` (integral values written
 *  with a fraction or an exponent) and integers beyond 2^53. Strings are skipped. */
function literalForms(text) {
  let integralFloat = false;
  let unsafe = false;
  const re = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  for (const [tok] of text.matchAll(re)) {
    if (tok.startsWith('"')) continue;
    if (/[.eE]/.test(tok)) {
      if (Number.isInteger(Number(tok))) integralFloat = true;
    } else if (!Number.isSafeInteger(Number(tok))) {
      unsafe = true;
    }
  }
  return { integralFloat, unsafe };
}

test("every dialect's schema compiles in ajv strict mode", () => {
  for (const d of DIALECTS) {
    for (const preset of ["default", "extended"]) {
      const schema = JSON.parse(execFileSync(bin, ["schema", "--dialect", d, "--preset", preset], { encoding: "utf8", timeout: CHILD_TIMEOUT }));
      assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
      const ajv = new Ajv2020({ strict: true });
      ajv.addKeyword(maxUtf8Bytes);
      ajv.compile(schema);
    }
  }
});

test("the byte keyword is enforced", () => {
  // The Name limit pinned at 30 bytes: 10 CJK characters fit, 11 (33 bytes) do not.
  const config = join(mkdtempSync(join(tmpdir(), "timlint-schema-")), "name-30.json");
  writeFileSync(config, '{"limits": {"name": 30}}');
  const v = compile("rest", config);
  assert.equal(v({ Type: "Public", Name: "中".repeat(10) }), true);
  assert.equal(v({ Type: "Public", Name: "中".repeat(11) }), false);
});

function agree(label, cases) {
  const claimed = schemaRules();
  const failures = [];
  const exempt = [];
  let compared = 0;
  let notJson = 0;
  const groups = new Map();
  for (const c of cases) {
    const key = `${c.dialect}\0${c.config ?? ""}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  for (const group of groups.values()) {
    const { dialect, config } = group[0];
    const validate = compile(dialect, config);
    const verdicts = timlint(dialect, config, group.map((c) => c.path));
    for (const c of group) {
      const bytes = readFileSync(c.path);
      const parsed = parse(bytes);
      const errors = verdicts.get(c.path);
      if (!parsed.ok) {
        notJson++;
        // The CLI refuses a file that is not UTF-8 outright (no report).
        if (errors !== undefined && errors.length === 0) failures.push(`${c.name}: not JSON, but timlint accepts it`);
        continue;
      }
      assert.ok(errors !== undefined, `${c.name}: no timlint report`);
      compared++;
      const ok = validate(parsed.value);
      if (errors.length === 0 && !ok) {
        failures.push(`${c.name}: timlint accepts it, ajv refuses it: ${JSON.stringify(validate.errors)}`);
      }
      const hit = errors.filter((r) => claimed.has(r));
      if (hit.length > 0 && ok) {
        const forms = literalForms(parsed.text);
        if (forms.unsafe) {
          exempt.push(`${c.name} (integer beyond 2^53; ${hit})`);
        } else if (forms.integralFloat) {
          const canon = JSON.stringify(parsed.value);
          const again = timlint(dialect, config, ["-"], canon).get("-").filter((r) => claimed.has(r));
          if (again.length > 0 && validate(JSON.parse(canon))) {
            failures.push(`${c.name}: timlint reports ${again}, ajv accepts it (even with plain integers)`);
          } else {
            exempt.push(`${c.name} (number literal; ${hit})`);
          }
        } else {
          failures.push(`${c.name}: timlint reports ${hit}, which the schema claims, but ajv accepts it`);
        }
      }
    }
  }
  console.log(`${label}: ${compared} payloads compared, ${notJson} not JSON; exemptions: ${JSON.stringify(exempt)}`);
  assert.deepEqual(failures, [], `${label}: ${failures.length} disagreements:\n${failures.join("\n")}`);
}

test("ajv agrees with timlint on the corpus", () => agree("corpus", corpus()));

test("ajv agrees with timlint on cases.json", () => agree("cases.json", sharedCases()));
