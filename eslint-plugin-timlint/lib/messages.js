// timlint's message IDs as the rule's ESLint messageIds (issue #27): one `meta.messages` entry
// per message template of the package (timlint's `templates`, generated from the Rust rules),
// converted when the plugin loads. timlint writes a placeholder `{name}` or `{name:format}`;
// ESLint `{{name}}`: the template becomes `{{name}}` / `{{name:format}}`, and a report's `data`
// holds each placeholder as timlint's own renderer shows it, so ESLint's text is timlint's.
// Each message keeps the plugin's frame: the rule ID, `{{severity}}` (" (warning)", " (info)"
// or nothing) and `{{help}}` ("; " and the help, or nothing).
import { renderMessage, templates } from 'timlint';
import { RULE_READS } from './dependencies.js';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const ruleOf = (id) => id.split('.')[0];

/** The ESLint message of each timlint message ID that belongs to a rule (not `common.*`, `convert.*`). */
export const MESSAGES = Object.freeze(
  Object.fromEntries(
    Object.entries(templates)
      .filter(([id]) => Object.hasOwn(RULE_READS, ruleOf(id)))
      .map(([id, [en]]) => [id, `${ruleOf(id)}{{severity}}: ${en.replace(PLACEHOLDER, '{{$1}}')}{{help}}`]),
  ),
);

/** English: what ESLint's messages are written in. */
const isEnglish = (lang) => typeof lang !== 'string' || !lang.toLowerCase().startsWith('zh');

/**
 * A diagnostic's `messageId` and `data` for `context.report`, or null when ESLint's message
 * cannot say it: in Chinese (`lang`), in your own wording for this ID (`messages`), or a
 * message ID this version of the plugin does not know. `help`: append the help.
 */
export function messageOf(d, { lang, messages }, help) {
  if (!Object.hasOwn(MESSAGES, d.messageId) || ruleOf(d.messageId) !== d.rule) return null;
  if (!isEnglish(lang) || messages?.[d.messageId] !== undefined) return null;
  const data = {
    severity: d.severity === 'error' ? '' : ` (${d.severity})`,
    help: help && d.help ? `; ${d.help}` : '',
  };
  for (const [, p] of templates[d.messageId][0].matchAll(PLACEHOLDER)) {
    // One placeholder rendered alone, by timlint's renderer, from the diagnostic's params.
    const one = { messageId: 'p', helpId: null, params: d.params, suggestion: d.suggestion };
    data[p] = renderMessage(one, 'en', { p: `{${p}}` }).message;
  }
  return { messageId: d.messageId, data };
}
