// Messages in the form's words, for both demos: every template of the package quotes its
// `{field}` param as code (`Name`, `memberList`), the key on the wire. A form shows its own
// labels instead: the templates without those backquotes, and the param replaced by the
// label, quoted as each language quotes words. Plain JS over the package's exports.

/** `templates` ({ id: [English, 中文] }) as renderMessage's own wording, per language. */
export function labelTemplates(templates) {
  return Object.fromEntries(['en', 'zh-CN'].map((lang, i) => [lang, Object.fromEntries(
    Object.entries(templates)
      .filter(([, t]) => t[i].includes('`{field}`'))
      .map(([id, t]) => [id, t[i].replaceAll('`{field}`', '{field}')]),
  )]));
}

/**
 * A diagnostic (or a Standard Schema issue: it has the same messageId and params) whose
 * `field` param is `label`, or, without a label, the key quoted as code as before.
 */
export function withLabel(d, label, lang) {
  const field = d.params?.field;
  if (typeof field !== 'string') return d;
  const shown = label === undefined ? `\`${field}\`` : lang === 'en' ? label : `“${label}”`;
  return { ...d, params: { ...d.params, field: shown } };
}
