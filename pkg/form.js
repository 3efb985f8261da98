// What a form needs on top of `validate`: the diagnostics grouped by field, and the validator
// as a Standard Schema (https://standardschema.dev), which react-hook-form, TanStack Form,
// tRPC, Hono and others take as they take a zod or valibot schema. Plain JS, no wasm: the
// schema calls the `validate` of the module it is bound to (api.js).
import { addTexts } from './render.js';

/** The keys of an RFC 6901 JSON Pointer: `'/MemberList/3/Role'` → `['MemberList', '3', 'Role']`. */
export function pointerKeys(pointer) {
  if (typeof pointer !== 'string' || pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

const INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * A pointer as a Standard Schema path over `value`: keys as strings, array indices as numbers
 * (`['memberList', 3, 'role']`), as zod and valibot write them.
 */
export function issuePath(pointer, value) {
  const path = [];
  let at = value;
  for (const key of pointerKeys(pointer)) {
    const step = Array.isArray(at) && INDEX.test(key) ? Number(key) : key;
    path.push(step);
    at = at !== null && typeof at === 'object' ? at[step] : undefined;
  }
  return path;
}

/**
 * A report's diagnostics by field: `fields` maps a dotted path in the payload's own spelling
 * (`'name'`, `'memberList.3.role'`, the keys react-hook-form and TanStack Form register) to
 * its diagnostics, in the report's order; `form` holds those about the payload as a whole
 * (not JSON, not an object, too large), which belong at the top of the form.
 */
export function errorsByField(report) {
  // No prototype: a field named `__proto__` (or `constructor`) is a field like any other.
  const fields = Object.create(null);
  const form = [];
  for (const d of report?.diagnostics ?? []) {
    const keys = pointerKeys(d.path);
    if (keys.length === 0) {
      form.push(d);
      continue;
    }
    const field = keys.join('.');
    if (Object.hasOwn(fields, field)) fields[field].push(d);
    else fields[field] = [d];
  }
  return { fields, form };
}

/** A Standard Schema issue: what the spec asks for, and timlint's own fields beside it. */
function issue(d, value) {
  const path = issuePath(d.path, value);
  return {
    message: d.message,
    ...(path.length > 0 && { path }),
    rule: d.rule,
    severity: d.severity,
    messageId: d.messageId,
    params: d.params,
    tencentCode: d.tencentCode,
    answeredBy: d.answeredBy,
    help: d.help,
    suggestion: d.suggestion,
  };
}

/** What was thrown, as one line of text; reading it may throw too (a Proxy, a getter). */
function describe(e) {
  try {
    const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return text.replace(/\s*\n\s*/g, ' ').slice(0, 300);
  } catch {
    return 'an exception that cannot be shown';
  }
}

/**
 * `value` as JSON text, `{ text }`, or why it has none, `{ error }`: JSON.stringify throws on
 * a cycle, a BigInt, nesting past the engine's stack (~5000 levels), and runs the caller's
 * code (a Proxy's traps, `toJSON`, getters), which may throw anything; it gives undefined for
 * undefined, a function or a symbol.
 */
function jsonOf(value) {
  let text;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    return { error: describe(e) };
  }
  return text === undefined ? { error: `JSON.stringify gives undefined for a value of type ${typeof value}` } : { text };
}

/**
 * The report on a value JSON cannot carry: the core's own form-level `invalid-json` (code,
 * position, rendering), saying what happened. It is an error even where `invalid-json` is
 * turned off: nothing of the value was checked.
 */
function unserializable(validate, options, error) {
  const report = validate('', { ...options, rules: { ...options?.rules, 'invalid-json': 'error' } });
  report.diagnostics = report.diagnostics.map((d) => ({ ...d, messageId: 'invalid-json.unserializable', params: { error } }));
  return addTexts(report, options?.lang, options?.messages);
}

/**
 * Where `~standard.jsonSchema` gets a call's JSON Schema: the `jsonSchema` of `timlint/schema`,
 * a module of its own (schemars), which registers itself here once loaded; Node's entries
 * load it on first use. Without it, asking for a JSON Schema throws, as the spec allows.
 */
let jsonSchemaOf = null;

/** Registers `jsonSchema(dialect, options)` of `timlint/schema` (schema.js, schema-node.js). */
export function provideJsonSchema(jsonSchema) {
  jsonSchemaOf = jsonSchema;
}

/** The `$schema` of each JSON Schema target timlint writes (its schemas use no keyword draft-07 lacks). */
const TARGETS = {
  'draft-2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
};

/**
 * Standard JSON Schema's converter (`~standard.jsonSchema`) for the payload `options`
 * describe (`api`, `dialect`, limits): input and output are one schema, as timlint changes
 * nothing it validates. An unknown target throws, as the spec asks.
 */
function converter(options) {
  const convert = (params) => {
    const target = params?.target ?? 'draft-2020-12';
    const uri = Object.hasOwn(TARGETS, target) ? TARGETS[target] : undefined;
    if (uri === undefined) throw new Error(`timlint: no JSON Schema for target ${JSON.stringify(target)} (draft-2020-12 or draft-07)`);
    if (jsonSchemaOf === null) {
      throw new Error("timlint: the JSON Schema export is a module of its own: import 'timlint/schema' once, then ask again");
    }
    return { ...jsonSchemaOf(options.dialect, options), $schema: uri };
  };
  return { input: convert, output: convert };
}

/** Options with `api` set, for `groupSchema(api, options)`. */
export function withApi(api, options) {
  if (typeof api !== 'string') throw new TypeError('timlint: groupSchema: api must be a string (create-group, modify-group, add-members, …)');
  return { ...options, api };
}

/**
 * `groupSchema(api, options)` (and `createGroupSchema(options)`, its create-group) over a
 * bound `validate`. The value is checked as the JS value
 * it is (a string is a string, not JSON text to parse); errors are the issues, warnings and
 * infos ride along in `warnings` on either result. A value JSON cannot carry (`undefined`, a
 * function, a BigInt, a cycle, too deep) or whose own code throws while it is read is one
 * form-level issue rather than an exception, as the spec asks of `validate`; `report` gives
 * the same diagnostic.
 */
export function standardSchema(validate, options) {
  // Bad options throw here, when the schema is made, not on the first keystroke. The report
  // names the dialect the options read (an SDK method's name as `api` implies one).
  const { dialect } = validate('{}', options);
  /** The report on a value and the JSON text it was made from; never throws. */
  const check = (value) => {
    const json = jsonOf(value);
    return json.error === undefined ? { report: validate(json.text, options), text: json.text } : { report: unserializable(validate, options, json.error) };
  };
  return {
    '~standard': {
      version: 1,
      vendor: 'timlint',
      jsonSchema: converter({ ...options, dialect: options?.dialect ?? dialect }),
      validate(value) {
        const { report, text } = check(value);
        const warnings = report.diagnostics.filter((d) => d.severity !== 'error');
        if (report.valid) return { value, warnings };
        // Paths are read over the JSON validated, not the value again: its getters may not
        // give the same twice, or may throw.
        let sent;
        try {
          sent = text === undefined ? undefined : JSON.parse(text);
        } catch {
          // Only the kind of each step is lost (an index is then a string key).
        }
        const issues = report.diagnostics.filter((d) => d.severity === 'error').map((d) => issue(d, sent));
        return { issues, warnings };
      },
    },
    /** The whole report for a value, warnings included (what `validate` gives). */
    report: (value) => check(value).report,
  };
}
