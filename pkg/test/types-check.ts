// Compiled (not run) by types.test.mjs: the hand-written declarations describe the package.
import type { StandardSchemaV1 } from '@standard-schema/spec';
import {
  addTimlintKeywords, byteLength, createGroupSchema, errorsByField, limits, renderMessage, templates,
  truncateToBytes, validate, xMaxUtf8Bytes,
  type Diagnostic, type Limits, type MessageId, type Messages, type Options, type Report, type RestBody,
  type RestConversion, type RuleId, type SdkCreateGroupParams, type WebCreateGroupOptions,
} from 'timlint';
import { jsonSchema, type JSONSchema } from 'timlint/schema';
import { toRest, validate as validateToo } from 'timlint/rest';
import { xMaxUtf8Bytes as keyword } from 'timlint/keywords';
import { defaults, presetLimits, vocabularies, type Plan } from 'timlint/options';

const options: Options = {
  dialect: 'auto', preset: 'extended', limits: { name: 40, faceUrl: 200 }, plan: 'pro',
  groupKeys: ['k'], memberKeys: null, lang: 'zh-CN', maxInputBytes: 1 << 20, maxDepth: 64, maxDiagnostics: 10,
};
const report: Report = validate({ Type: 'Public', Name: 'x' }, options);
const first: Diagnostic | undefined = report.diagnostics[0];
const code: number | null | undefined = first?.tencentCode;
const path: string | undefined = first?.path;
const caps: Limits = limits();
const left: number = caps.name - byteLength('群');
const cut: string = truncateToBytes('群群', 3);
const rest: RestConversion = toRest('{}', { dialect: 'sdk' });
const again: Report = validateToo('{}');
const name: string | undefined = rest.body?.Name;
const schema: JSONSchema = jsonSchema('web', { lang: 'en' });
const nameCap: number | undefined = schema.properties?.name?.maxLength;
const same: boolean = keyword.keyword === xMaxUtf8Bytes.keyword;
addTimlintKeywords({ addKeyword: (def) => def.keyword });
const trial: Plan = '体验版';
const plans: readonly Plan[] = vocabularies.plan.values;
const cap: number = defaults.maxInputBytes + presetLimits.extended.name;
export { code, path, left, cut, name, schema, same, report, again, nameCap, trial, plans, cap };

// Standard Schema, as the form libraries type it: the output is the dialect's payload.
const web: StandardSchemaV1<WebCreateGroupOptions> = createGroupSchema({ dialect: 'web', lang: 'zh-CN' });
const sdk: StandardSchemaV1<SdkCreateGroupParams> = createGroupSchema({ dialect: 'sdk' });
const restSchema: StandardSchemaV1<RestBody> = createGroupSchema();
const result = createGroupSchema({ dialect: 'web' })['~standard'].validate({ type: 'Public', name: 'x' });
if (result.issues) {
  const firstPath: ReadonlyArray<string | number> | undefined = result.issues[0]?.path;
  const rule: RuleId | undefined = result.issues[0]?.rule;
  export_(firstPath, rule);
} else {
  const groupType: WebCreateGroupOptions['type'] = result.value.type;
  export_(groupType);
}
const warnings: Diagnostic[] = result.warnings;
const whole: Report = createGroupSchema({ dialect: 'web' }).report({});
function export_(...values: unknown[]) { return values; }
export { web, sdk, restSchema, warnings, whole };

// Errors by field.
const { fields, form } = errorsByField(report);
const nameErrors: Diagnostic[] | undefined = fields['name'];
const formErrors: Diagnostic[] = form;
export { nameErrors, formErrors };

// IDs are literal types; messageId narrows params.
for (const d of report.diagnostics) {
  const id: MessageId = d.messageId;
  if (d.messageId === 'too-many-bytes') {
    const max: string | number | string[] = d.params.max;
    export_(max, id);
  }
}
// @ts-expect-error: not a rule ID
const notARule: RuleId = 'too-many-byte';
export { notARule };
const wording: Messages = {
  'too-many-bytes': 'Group name: {bytes} of {max} bytes',
  'missing-required': ({ params, lang }) => `${params.field} (${lang})`,
};
// @ts-expect-error: not a message ID
const badWording: Messages = { 'too-many-byte': 'x' };
validate('{}', { messages: wording });
renderMessage(report.diagnostics[0]!, 'zh-CN', wording);
const english: string = templates['too-many-bytes'][0];
export { badWording, english };

// toRest's result is narrowed by ok.
if (rest.ok) {
  const body: RestBody = rest.body;
  export_(body);
} else {
  const nothing: null = rest.body;
  export_(nothing);
}

// Another call's body is JSON, not create_group's typed body.
const added = toRest('{}', { api: 'addGroupMember' });
if (added.ok) {
  const body: Record<string, unknown> = added.body;
  // @ts-expect-error: not create_group's RestBody
  const typed: RestBody = added.body;
  export_([body, typed]);
}

// @ts-expect-error: toRest is in timlint/rest, not in timlint
import { toRest as notInTheValidator } from 'timlint';
export { notInTheValidator };

// @ts-expect-error: not a dialect
validate('{}', { dialect: 'graphql' });
// @ts-expect-error: not a plan's name
validate('{}', { plan: '体验版本' });
// @ts-expect-error: an unknown option
validate('{}', { colour: true });
// @ts-expect-error: not a limit
limits({ limits: { nickname: 3 } });
// @ts-expect-error: max is a number
truncateToBytes('x', '3');
