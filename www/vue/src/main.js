// The third demo: an "edit group" form in Vue (TUIKit for Web is Vue), validated by
// vee-validate through timlint's Standard Schema for the modify-group call
// (`groupSchema('modify-group', { dialect: 'web' })`): the Web SDK's `updateGroupProfile`
// options. Render functions, no template compiler. Built by pkg/tools/build-vue-demo.mjs
// (esbuild) into www/vue/build/.
import { useForm } from 'vee-validate';
import { computed, createApp, h, onMounted, ref, watch } from 'vue';
import { byteLength, groupSchema, limits, renderMessage, templates } from 'timlint';
import 'timlint/locales/zh-CN'; // the page offers Chinese too
import { labelTemplates, withLabel } from '../../labels.js';

const UI = {
  en: {
    title: 'Edit a group (Vue)',
    lede: 'vee-validate with timlint as a Standard Schema: the Web SDK’s updateGroupProfile options, checked as you type.',
    groupID: 'Group ID', name: 'Name', introduction: 'Introduction', notification: 'Notification',
    avatar: 'Avatar URL', joinOption: 'Who may ask to join', muteAllMembers: 'Mute all members',
    unset: '(unchanged)', submit: 'Save changes',
    left: (n) => (n === 1 ? '1 byte left' : `${n} bytes left`),
    over: (n) => (n === 1 ? '1 byte too many' : `${n} bytes too many`),
    sent: 'Valid: the updateGroupProfile options to send', classic: 'The plain-JS demo', react: 'The React demo',
  },
  'zh-CN': {
    title: '修改群资料（Vue）',
    lede: 'vee-validate 以 timlint 为 Standard Schema：Web SDK 的 updateGroupProfile 参数，边输入边校验。',
    groupID: '群 ID', name: '群名称', introduction: '群简介', notification: '群公告',
    avatar: '群头像 URL', joinOption: '申请加群方式', muteAllMembers: '全员禁言',
    unset: '（不修改）', submit: '保存修改',
    left: (n) => `还可输入 ${n} 字节`, over: (n) => `超出 ${n} 字节`,
    sent: '校验通过：将要发送的 updateGroupProfile 参数', classic: '纯 JS 版演示', react: 'React 版演示',
  },
};

const OWN = labelTemplates(templates);
const caps = limits({ dialect: 'web' });
const BYTE_LIMITED = { name: caps.name, introduction: caps.introduction, notification: caps.notification, avatar: caps.faceUrl };
/** The controls, in the form's order (the first with an error takes the focus on submit). */
const ORDER = ['groupID', 'name', 'introduction', 'notification', 'avatar', 'joinOption', 'muteAllMembers'];

/** The form's values as the call's options: an empty text or an unset choice is no change. */
const payloadOf = (values) =>
  Object.fromEntries(ORDER.filter((k) => values[k] !== '' && values[k] !== undefined).map((k) => [k, values[k]]));

/**
 * A Standard Schema as vee-validate 4's typed schema (`parse` giving errors by dotted path),
 * the adapter its 5.0 has built in; each issue's message is re-rendered in the form's words
 * from its messageId and params, with the field's label.
 */
function typedSchema(lang) {
  const schema = groupSchema('modify-group', { dialect: 'web', lang });
  return {
    __type: 'VVTypedSchema',
    async parse(values) {
      const result = await schema['~standard'].validate(payloadOf(values));
      if (!result.issues) return { value: result.value, errors: [] };
      const byPath = new Map();
      for (const issue of result.issues) {
        const path = (issue.path ?? []).join('.');
        const { message } = renderMessage(withLabel(issue, UI[lang][issue.params?.field], lang), lang, OWN[lang]);
        byPath.set(path, [...(byPath.get(path) ?? []), message]);
      }
      return { errors: [...byPath].map(([path, errors]) => ({ path, errors })) };
    },
  };
}

const App = {
  setup() {
    const lang = ref('en');
    const sent = ref(null);
    const t = computed(() => UI[lang.value]);
    const { defineField, errors, handleSubmit, validate, submitCount } = useForm({
      validationSchema: computed(() => typedSchema(lang.value)),
      initialValues: {
        groupID: '@TGS#1NVTZEAE4', name: 'TestGroup', introduction: '', notification: '', avatar: '',
        joinOption: '', muteAllMembers: false,
      },
    });
    const fields = Object.fromEntries(ORDER.map((k) => [k, defineField(k)]));

    onMounted(() => {
      document.body.dataset.ready = 'true';
    });
    // The messages shown are in the schema's language: check again once it changes.
    watch(lang, (l) => {
      document.documentElement.lang = l;
      if (submitCount.value > 0 || Object.keys(errors.value).length > 0) validate();
    });

    const submit = handleSubmit(
      (values) => {
        sent.value = payloadOf(values);
      },
      ({ errors: bad }) => {
        sent.value = null;
        document.getElementById(ORDER.find((k) => bad[k]) ?? 'submit')?.focus();
      },
    );

    /** A field's message list. */
    const message = (path) =>
      h('ul', { class: 'diags', id: path === '' ? 'err-root' : `err-${path}` }, errors.value[path] ? [h('li', { class: 'error' }, errors.value[path])] : []);

    /** A control bound to its field, with its ARIA state. */
    const control = (path, tag, props = {}) => {
      const [model, attrs] = fields[path];
      const bytes = path in BYTE_LIMITED ? ` bytes-${path}` : '';
      const checkbox = props.type === 'checkbox';
      return h(tag, {
        ...attrs.value,
        ...props,
        id: path,
        ...(checkbox
          ? { checked: model.value, onChange: (e) => { model.value = e.target.checked; } }
          : { value: model.value, onInput: (e) => { model.value = e.target.value; } }),
        'aria-invalid': errors.value[path] ? 'true' : undefined,
        'aria-describedby': `err-${path}${bytes}`,
      });
    };

    const counter = (path) => {
      const left = BYTE_LIMITED[path] - byteLength(fields[path][0].value ?? '');
      return h('span', { class: left < 0 ? 'bytes over' : 'bytes', id: `bytes-${path}` }, left >= 0 ? t.value.left(left) : t.value.over(-left));
    };

    /** A labelled field block: label, control, byte counter, messages. */
    const block = (path, tag, props, { bytes = false, extra = '' } = {}) =>
      h('div', { class: ['field', extra, errors.value[path] ? 'has-error' : ''], 'data-field': path }, [
        ...(props.type === 'checkbox' ? [control(path, tag, props), h('label', { for: path }, t.value[path])] : [h('label', { for: path }, t.value[path]), control(path, tag, props)]),
        bytes ? counter(path) : null,
        message(path),
      ]);

    return () =>
      h('div', [
        h('header', [
          h('div', { class: 'top' }, [
            h('h1', t.value.title),
            h('div', { class: 'lang', role: 'group', 'aria-label': 'Language' }, [
              h('button', { type: 'button', id: 'lang-en', 'aria-pressed': String(lang.value === 'en'), onClick: () => { lang.value = 'en'; } }, 'English'),
              h('button', { type: 'button', id: 'lang-zh', 'aria-pressed': String(lang.value === 'zh-CN'), onClick: () => { lang.value = 'zh-CN'; } }, '中文'),
            ]),
          ]),
          h('p', { class: 'lede' }, [`${t.value.lede} `, h('a', { href: '../' }, t.value.classic), ' · ', h('a', { href: '../react/' }, t.value.react)]),
        ]),
        h('main', [
          h('form', { id: 'form', novalidate: true, onSubmit: submit }, [
            block('groupID', 'input', { type: 'text', autocomplete: 'off' }),
            block('name', 'input', { type: 'text' }, { bytes: true }),
            block('introduction', 'textarea', { rows: 2 }, { bytes: true }),
            block('notification', 'textarea', { rows: 2 }, { bytes: true }),
            block('avatar', 'input', { type: 'url', placeholder: 'https://…' }, { bytes: true }),
            h('div', { class: ['field', errors.value.joinOption ? 'has-error' : ''], 'data-field': 'joinOption' }, [
              h('label', { for: 'joinOption' }, t.value.joinOption),
              h('select', {
                ...fields.joinOption[1].value,
                id: 'joinOption',
                value: fields.joinOption[0].value,
                onChange: (e) => { fields.joinOption[0].value = e.target.value; },
                'aria-invalid': errors.value.joinOption ? 'true' : undefined,
                'aria-describedby': 'err-joinOption',
              }, [
                h('option', { value: '' }, t.value.unset),
                ...['FreeAccess', 'NeedPermission', 'DisableApply'].map((v) => h('option', { value: v }, v)),
              ]),
              message('joinOption'),
            ]),
            block('muteAllMembers', 'input', { type: 'checkbox' }, { extra: 'check' }),
            message(''),
            h('button', { type: 'submit', id: 'submit' }, t.value.submit),
          ]),
          h('section', { class: 'out', 'aria-live': 'polite' }, sent.value ? [
            h('h2', { id: 'sent-label' }, t.value.sent),
            h('pre', { id: 'sent', role: 'region', tabindex: 0, 'aria-labelledby': 'sent-label' }, JSON.stringify(sent.value, null, 2)),
          ] : []),
        ]),
      ]);
  },
};

createApp(App).mount('#app');
