// Compiled (not run) by types.test.mjs: the hand-written declarations describe the package.
import {
  addTimlintKeywords, byteLength, limits, truncateToBytes, validate, xMaxUtf8Bytes,
  type Diagnostic, type Limits, type Options, type Report, type RestConversion,
} from 'timlint';
import { jsonSchema } from 'timlint/schema';
import { toRest, validate as validateToo } from 'timlint/rest';
import { xMaxUtf8Bytes as keyword } from 'timlint/keywords';

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
const schema: object = jsonSchema('web', { lang: 'en' });
const same: boolean = keyword.keyword === xMaxUtf8Bytes.keyword;
addTimlintKeywords({ addKeyword: (def) => def.keyword });
export { code, path, left, cut, name, schema, same, report, again };

// @ts-expect-error: toRest is in timlint/rest, not in timlint
import { toRest as notInTheValidator } from 'timlint';
export { notInTheValidator };

// @ts-expect-error: not a dialect
validate('{}', { dialect: 'graphql' });
// @ts-expect-error: an unknown option
validate('{}', { colour: true });
// @ts-expect-error: not a limit
limits({ limits: { nickname: 3 } });
// @ts-expect-error: max is a number
truncateToBytes('x', '3');
