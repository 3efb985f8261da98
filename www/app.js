// The demo: a create-group form validated on every keystroke by the timlint package.
import { byteLength, limits, renderMessage, templates, toRest } from '../pkg/rest.js';
import '../pkg/locales/zh-CN.js'; // the page offers Chinese too
import { labelTemplates, withLabel } from './labels.js';

const UI = {
  en: {
    title: 'Create a Tencent Cloud IM group',
    lede: 'Checked on every keystroke by timlint (WebAssembly), offline, with the server’s own limits.',
    type: 'Type', name: 'Name', introduction: 'Introduction', notification: 'Notification',
    faceUrl: 'Avatar URL', members: 'Members',
    membersHint: 'One userID per line, optionally followed by a role (Admin).',
    apply: 'Who may ask to join', invite: 'Invitations', unset: '(not set)', body: 'REST body',
    account: 'userID', role: 'role',
    left: (n) => (n === 1 ? '1 byte left' : `${n} bytes left`),
    over: (n) => (n === 1 ? '1 byte too many' : `${n} bytes too many`),
    valid: 'ready to send', invalid: (n) => (n === 1 ? '1 error' : `${n} errors`),
    draft: '// not sent: fix the errors first. The payload checked:\n',
    line: (n) => `line ${n}: `, use: 'use', ready: (ms) => `timlint ready · last check ${ms} ms`,
    loading: 'Loading the validator…',
  },
  'zh-CN': {
    title: '创建腾讯云 IM 群组',
    lede: '每次输入都由 timlint（WebAssembly）离线校验，使用与服务端相同的限制。',
    type: '群类型', name: '群名称', introduction: '群简介', notification: '群公告',
    faceUrl: '群头像 URL', members: '初始成员',
    membersHint: '每行一个 userID，可在其后写角色（Admin）。',
    apply: '申请加群方式', invite: '邀请加群方式', unset: '（不设置）', body: 'REST 请求体',
    account: 'userID', role: '身份',
    left: (n) => `还可输入 ${n} 字节`, over: (n) => `超出 ${n} 字节`,
    valid: '可以发送', invalid: (n) => `${n} 个错误`,
    draft: '// 未发送：请先修正错误。被校验的请求体：\n',
    line: (n) => `第 ${n} 行：`, use: '采用', ready: (ms) => `timlint 已就绪 · 本次校验 ${ms} 毫秒`,
    loading: '正在加载校验器…',
  },
};

/** Form control → REST field, for bytes left and for placing diagnostics. */
const FIELDS = {
  type: 'Type', name: 'Name', introduction: 'Introduction', notification: 'Notification',
  faceUrl: 'FaceUrl', members: 'MemberList', apply: 'ApplyJoinOption', invite: 'InviteJoinOption',
};
const BYTE_LIMITED = { name: 'name', introduction: 'introduction', notification: 'notification', faceUrl: 'faceUrl' };
/** A diagnostic's `field` param (a REST key) → the UI string that names it on the form. */
const LABELS = {
  ...Object.fromEntries(Object.entries(FIELDS).map(([id, field]) => [field, id])),
  Member_Account: 'account', Role: 'role',
};

const OWN = labelTemplates(templates);
const labelled = (d) => withLabel(d, UI[lang][LABELS[d.params?.field]], lang);

const $ = (sel) => document.querySelector(sel);
const form = $('#form');
let lang = 'en';
const caps = limits();

/** The form as a REST payload; empty optional fields are left out, Name never is. */
function payload() {
  const v = (id) => form.elements[id].value;
  const body = { Type: v('type'), Name: v('name') };
  if (v('introduction')) body.Introduction = v('introduction');
  if (v('notification')) body.Notification = v('notification');
  if (v('faceUrl')) body.FaceUrl = v('faceUrl');
  if (v('apply')) body.ApplyJoinOption = v('apply');
  if (v('invite')) body.InviteJoinOption = v('invite');
  const lines = v('members').split('\n');
  const members = [];
  const memberLine = []; // MemberList index → textarea line
  lines.forEach((line, i) => {
    const [account, role] = line.trim().split(/[\s,]+/);
    if (!account) return;
    const m = { Member_Account: account };
    if (role) m.Role = role;
    members.push(m);
    memberLine.push(i + 1);
  });
  if (members.length) body.MemberList = members;
  return { body, memberLine };
}

/** `/Name` → 'name', `/MemberList/2/Role` → 'members' (+ index 2); anything else → 'other'. */
function placeOf(path) {
  const [, top, index] = path.split('/');
  for (const [id, field] of Object.entries(FIELDS)) {
    if (top === field) return { id, index: index === undefined ? undefined : Number(index) };
  }
  return { id: 'other' };
}

/** A diagnostic's list item, built once: its text is set by `fill` on every check. */
function item(key) {
  const li = document.createElement('li');
  li.dataset.key = key;
  const msg = document.createElement('span');
  msg.className = 'msg';
  const rule = document.createElement('span');
  rule.className = 'rule';
  li.append(msg, rule);
  return li;
}

/** Puts a diagnostic's current text (and its "use" button, when it has a suggestion) on `li`. */
function fill(li, d, id, where) {
  const t = UI[lang];
  li.className = d.severity;
  li.dataset.rule = d.rule;
  li.querySelector('.msg').textContent = `${where}${renderMessage(labelled(d), lang, OWN[lang]).message} `;
  li.querySelector('.rule').textContent = `[${d.rule}]`;
  let use = li.querySelector('button');
  if (d.suggestion !== null && (id in BYTE_LIMITED || id === 'type')) {
    if (!use) {
      use = document.createElement('button');
      use.type = 'button';
      use.addEventListener('click', () => {
        form.elements[id].value = use.dataset.value;
        render(); // the button goes with the error it fixes, and hands the focus to the field
      });
      li.append(use);
    }
    use.dataset.value = d.suggestion;
    use.textContent = `${t.use} “${d.suggestion}”`;
  } else if (use) {
    const hadFocus = use === document.activeElement;
    use.remove();
    if (hadFocus) form.elements[id].focus();
  }
}

/**
 * Makes `ul` show `entries` ([key, fill] in order) while keeping the items whose key stays:
 * an item is never rebuilt on a keystroke, so a focused "use" button keeps the focus (Tab
 * from a field lands on it just as `change` re-checks the form). An item that goes while
 * focused hands the focus to the field it was about.
 */
function reconcile(ul, entries, control) {
  const old = new Map([...ul.children].map((li) => [li.dataset.key, li]));
  entries.forEach(([key, fillItem], i) => {
    const li = old.get(key) ?? item(key);
    old.delete(key);
    fillItem(li);
    if (ul.children[i] !== li) ul.insertBefore(li, ul.children[i] ?? null);
  });
  for (const li of old.values()) {
    const hadFocus = li.contains(document.activeElement);
    li.remove();
    if (hadFocus) control?.focus();
  }
}

let announced = '';
function render() {
  const t = UI[lang];
  const started = performance.now();
  const { body, memberLine } = payload();
  const text = JSON.stringify(body, null, 2);
  const result = toRest(text, { lang });
  const report = result.report;

  for (const [id, cap] of Object.entries(BYTE_LIMITED)) {
    const left = caps[cap] - byteLength(form.elements[id].value);
    const el = $(`.bytes[data-for="${id}"]`);
    el.textContent = left >= 0 ? t.left(left) : t.over(-left);
    el.classList.toggle('over', left < 0);
  }

  const entries = Object.fromEntries([...document.querySelectorAll('.diags')].map((ul) => [ul.dataset.for, []]));
  const errorAt = new Set();
  for (const d of report.diagnostics) {
    const { id, index } = placeOf(d.path);
    const where = id === 'members' && index !== undefined ? t.line(memberLine[index]) : '';
    entries[id].push([`${d.messageId} ${d.path}`, (li) => fill(li, d, id, where)]);
    if (d.severity === 'error') errorAt.add(id);
  }
  for (const ul of document.querySelectorAll('.diags')) {
    const id = ul.dataset.for;
    const control = form.elements[id];
    reconcile(ul, entries[id], control);
    ul.closest('.field, .row > div')?.classList.toggle('has-error', errorAt.has(id));
    if (control) {
      if (errorAt.has(id)) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }

  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const verdict = $('#verdict');
  verdict.textContent = result.ok ? t.valid : t.invalid(errors);
  verdict.className = `verdict ${result.ok ? 'ok' : 'bad'}`;
  // Said once per change of the verdict, not on every keystroke.
  if (verdict.textContent !== announced) $('#announce').textContent = announced = verdict.textContent;
  const pre = $('#body');
  pre.textContent = result.ok ? JSON.stringify(result.body, null, 2) : t.draft + text;
  pre.classList.toggle('draft', !result.ok);
  $('#status').textContent = t.ready((performance.now() - started).toFixed(1));
  document.body.dataset.valid = String(result.ok);
}

function setLang(next) {
  lang = next;
  document.documentElement.lang = next;
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === next));
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const s = UI[next][el.dataset.i18n];
    if (typeof s === 'string') el.textContent = s;
  }
  render();
}

form.addEventListener('input', render);
// Also on leaving a changed field, the moment Tab moves the focus: reconcile keeps it.
form.addEventListener('change', render);
for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => setLang(b.dataset.lang));
setLang('en');
document.body.dataset.ready = 'true';
