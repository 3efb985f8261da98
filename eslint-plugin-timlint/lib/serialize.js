// The evaluated tree as the JSON text timlint validates. Dynamic elements are left out and
// dynamic keys sent as null (absent to timlint; rule.js drops what is said of them), and
// the span of every value in the text is kept, so that a fix the core gives as offsets into
// that text can be traced back to the AST node.

/**
 * @returns {{ text: string, spans: Map<object, [number, number]>, members: object[] }}
 *   spans: each value's; members: each object member's `{ key, prop, keySpan, end }` (the
 *   key's span, and where its value ends); all in UTF-16 units of `text`
 */
export function serialize(tree) {
  const parts = [];
  let length = 0;
  const spans = new Map();
  const members = [];
  const member = (key, prop, value) => {
    const start = length;
    put(JSON.stringify(key));
    const keySpan = [start, length];
    put(':');
    if (value) walk(value);
    else put('null');
    members.push({ key, prop, keySpan, end: length });
  };
  const put = (s) => {
    parts.push(s);
    length += s.length;
  };
  const walk = (t) => {
    const start = length;
    if (t.kind === 'value') {
      put(JSON.stringify(t.value));
    } else if (t.kind === 'array') {
      put('[');
      t.items.forEach((item, i) => {
        if (i > 0) put(',');
        walk(item);
      });
      put(']');
    } else {
      put('{');
      let first = true;
      for (const [key, entry] of t.props) {
        if (!first) put(',');
        first = false;
        member(key, entry.prop, entry.value);
      }
      // A key whose value is unknown is sent as null, which timlint reads as absent: its name
      // is still checked (unknown-field), its value never is.
      for (const [key, prop] of t.dynamicKeys) {
        if (!first) put(',');
        first = false;
        member(key, prop, null);
      }
      put('}');
    }
    spans.set(t, [start, length]);
  };
  walk(tree);
  return { text: parts.join(''), spans, members };
}
