// Types of `timlint/rest`: everything `timlint` has, plus toRest (a module of its own, loaded
// only by those who import it).
import type { Input, Options, RestConversion } from './index.js';

export * from './index.js';
/** Validates a REST, SDK or Web SDK payload and, when it has no error, converts it to the REST body. */
export function toRest(input: Input, options?: Options & { api?: 'create-group' | 'create_group' | 'createGroup' }): RestConversion;
/** Another call's payload (`api`: `modify-group`, `addGroupMember`, …) as that call's REST body. */
export function toRest(input: Input, options: Options): RestConversion<Record<string, unknown>>;
