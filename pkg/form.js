// What a form needs on top of `validate`: the diagnostics grouped by field, and the validator
// as a Standard Schema (https://standardschema.dev), which react-hook-form, TanStack Form,
// tRPC, Hono and others take as they take a zod or valibot schema. Plain JS, no wasm: the
// schema calls the `validate` of the module it is bound to (api.js).

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
  const fields = {};
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

/**
 * `createGroupSchema(options)` over a bound `validate`. The value is checked as the JS value
 * it is (a string is a string, not JSON text to parse); errors are the issues, warnings and
 * infos ride along in `warnings` on either result. A value JSON cannot carry (`undefined`, a
 * function, a BigInt, a cycle) is one form-level issue rather than an exception, as the spec
 * asks of `validate`.
 */
export function standardSchema(validate, options) {
  // Bad options throw here, when the schema is made, not on the first keystroke.
  validate('{}', options);
  return {
    '~standard': {
      version: 1,
      vendor: 'timlint',
      validate(value) {
        let text;
        try {
          text = JSON.stringify(value);
        } catch (e) {
          text = undefined;
          if (!(e instanceof TypeError)) throw e;
        }
        const report = validate(text ?? '', options);
        const warnings = report.diagnostics.filter((d) => d.severity !== 'error');
        if (report.valid) return { value, warnings };
        const issues = report.diagnostics.filter((d) => d.severity === 'error').map((d) => issue(d, value));
        return { issues, warnings };
      },
    },
    /** The whole report for a value, warnings included (what `validate` gives). */
    report(value) {
      return validate(JSON.stringify(value) ?? '', options);
    },
  };
}
