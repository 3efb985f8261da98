// The second demo: the create-group form in React, with react-hook-form validating through
// timlint's Standard Schema (`createGroupSchema`) and the resolver that takes any Standard
// Schema (@hookform/resolvers/standard-schema), as a zod or valibot schema would be used.
// The payload is the Web SDK's `createGroup` options (dialect 'web'). Built by
// pkg/tools/build-react-demo.mjs (esbuild) into www/react/build/.
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useFieldArray, useForm } from 'react-hook-form';
import { byteLength, createGroupSchema, limits, renderMessage, templates } from 'timlint';
import 'timlint/locales/zh-CN'; // the page offers Chinese too
import { labelTemplates, withLabel } from '../../labels.js';

const UI = {
  en: {
    title: 'Create a group (React)',
    lede: 'react-hook-form with timlint as a Standard Schema: the Web SDK’s createGroup options, checked as you type.',
    type: 'Type', name: 'Name', introduction: 'Introduction', notification: 'Notification',
    avatar: 'Avatar URL', memberList: 'Members', userID: 'userID', role: 'role',
    joinOption: 'Who may ask to join', inviteOption: 'Invitations', unset: '(not set)',
    member: (n) => `Member ${n}`, add: 'Add a member', remove: (n) => `Remove member ${n}`,
    roleDefault: '(member)', submit: 'Create group',
    left: (n) => (n === 1 ? '1 byte left' : `${n} bytes left`),
    over: (n) => (n === 1 ? '1 byte too many' : `${n} bytes too many`),
    sent: 'Valid: the createGroup options to send', classic: 'The plain-JS demo',
  },
  'zh-CN': {
    title: '创建群组（React）',
    lede: 'react-hook-form 以 timlint 为 Standard Schema：Web SDK 的 createGroup 参数，边输入边校验。',
    type: '群类型', name: '群名称', introduction: '群简介', notification: '群公告',
    avatar: '群头像 URL', memberList: '初始成员', userID: 'userID', role: '身份',
    joinOption: '申请加群方式', inviteOption: '邀请加群方式', unset: '（不设置）',
    member: (n) => `成员 ${n}`, add: '添加成员', remove: (n) => `删除成员 ${n}`,
    roleDefault: '（普通成员）', submit: '创建群组',
    left: (n) => `还可输入 ${n} 字节`, over: (n) => `超出 ${n} 字节`,
    sent: '校验通过：将要发送的 createGroup 参数', classic: '纯 JS 版演示',
  },
};

const OWN = labelTemplates(templates);
const caps = limits({ dialect: 'web' });
const BYTE_LIMITED = { name: caps.name, introduction: caps.introduction, notification: caps.notification, avatar: caps.faceUrl };

/**
 * timlint's schema with each issue's message in the form's words: the resolver keeps only
 * `message` of an issue, so it is re-rendered here from the issue's messageId and params
 * (the same data a diagnostic has), with the field's label.
 */
function labelledSchema(lang) {
  const schema = createGroupSchema({ dialect: 'web', lang });
  const relabel = (result) =>
    result.issues === undefined
      ? result
      : {
          ...result,
          issues: result.issues.map((i) => ({
            ...i,
            message: renderMessage(withLabel(i, UI[lang][i.params?.field], lang), lang, OWN[lang]).message,
          })),
        };
  return {
    '~standard': {
      ...schema['~standard'],
      validate: (value) => {
        const result = schema['~standard'].validate(value);
        return result instanceof Promise ? result.then(relabel) : relabel(result);
      },
    },
  };
}

/** Empty text and unset selects leave the key out of the payload, as the SDK call would. */
const optional = { setValueAs: (v) => (v === '' ? undefined : v) };

/** The error of `path` ('memberList.1.userID'), from react-hook-form's nested errors. */
const errorAt = (errors, path) => path.split('.').reduce((e, k) => e?.[k], errors);

function Message({ id, error }) {
  return (
    <ul className="diags" id={id}>
      {error?.message && <li className="error">{error.message}</li>}
    </ul>
  );
}

function Bytes({ id, value, cap, t }) {
  const left = cap - byteLength(value ?? '');
  return (
    <span className={left < 0 ? 'bytes over' : 'bytes'} id={id}>
      {left >= 0 ? t.left(left) : t.over(-left)}
    </span>
  );
}

function App() {
  const [lang, setLang] = useState('en');
  const [sent, setSent] = useState(null);
  const t = UI[lang];
  const resolver = useMemo(() => standardSchemaResolver(labelledSchema(lang)), [lang]);
  const { register, control, handleSubmit, watch, trigger, formState } = useForm({
    resolver,
    mode: 'onChange',
    defaultValues: { type: 'Public', name: 'TestGroup', memberList: [{ userID: 'bob' }] },
  });
  const { errors, isSubmitted } = formState;
  const members = useFieldArray({ control, name: 'memberList' });

  useEffect(() => {
    document.body.dataset.ready = 'true';
  }, []);
  // The messages shown are in the schema's language: re-check once it changes.
  useEffect(() => {
    document.documentElement.lang = lang;
    if (isSubmitted || Object.keys(errors).length > 0) trigger();
  }, [lang]); // eslint-disable-line react-hooks/exhaustive-deps

  /** A control's props: registration, ARIA state, and its message list's id. */
  const field = (path, options) => {
    const err = errorAt(errors, path);
    const bytes = path in BYTE_LIMITED ? ` bytes-${path}` : '';
    return {
      id: path,
      ...register(path, options),
      'aria-invalid': err ? 'true' : undefined,
      'aria-describedby': `err-${path}${bytes}`,
    };
  };
  const block = (path, control, { bytes = false } = {}) => (
    <div className={errorAt(errors, path) ? 'field has-error' : 'field'} data-field={path}>
      <label htmlFor={path}>{t[path]}</label>
      {control}
      {bytes && <Bytes id={`bytes-${path}`} value={watch(path)} cap={BYTE_LIMITED[path]} t={t} />}
      <Message id={`err-${path}`} error={errorAt(errors, path)} />
    </div>
  );

  /** An optional select of `values`, "(not set)" first, with its message. */
  const choice = (path, values) => (
    <div className={errorAt(errors, path) ? 'has-error' : undefined}>
      <label htmlFor={path}>{t[path]}</label>
      <select {...field(path, optional)}>
        <option value="">{t.unset}</option>
        {values.map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
      <Message id={`err-${path}`} error={errorAt(errors, path)} />
    </div>
  );

  return (
    <>
      <header>
        <div className="top">
          <h1>{t.title}</h1>
          <div className="lang" role="group" aria-label="Language">
            <button type="button" id="lang-en" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>English</button>
            <button type="button" id="lang-zh" aria-pressed={lang === 'zh-CN'} onClick={() => setLang('zh-CN')}>中文</button>
          </div>
        </div>
        <p className="lede">{t.lede} <a href="../">{t.classic}</a></p>
      </header>
      <main>
        <form id="form" noValidate onSubmit={handleSubmit((value) => setSent(value), () => setSent(null))}>
          {block('type', (
            <select {...field('type')}>
              {['Public', 'Private', 'ChatRoom', 'AVChatRoom', 'Community'].map((v) => <option key={v} value={v}>{v}</option>)}
            </select>
          ))}
          {block('name', <input type="text" {...field('name')} />, { bytes: true })}
          {block('introduction', <textarea rows={2} {...field('introduction', optional)} />, { bytes: true })}
          {block('notification', <textarea rows={2} {...field('notification', optional)} />, { bytes: true })}
          {block('avatar', <input type="url" placeholder="https://…" {...field('avatar', optional)} />, { bytes: true })}
          <fieldset className="members" data-field="memberList">
            <legend>{t.memberList}</legend>
            {members.fields.map((m, i) => (
              <div className="member" key={m.id} data-index={i}>
                <div className={errorAt(errors, `memberList.${i}.userID`) ? 'has-error' : undefined}>
                  <label htmlFor={`memberList.${i}.userID`}>{`${t.member(i + 1)} · ${t.userID}`}</label>
                  <input type="text" {...field(`memberList.${i}.userID`)} />
                  <Message id={`err-memberList.${i}.userID`} error={errorAt(errors, `memberList.${i}.userID`)} />
                </div>
                <div className={errorAt(errors, `memberList.${i}.role`) ? 'has-error' : undefined}>
                  <label htmlFor={`memberList.${i}.role`}>{t.role}</label>
                  <select {...field(`memberList.${i}.role`, optional)}>
                    <option value="">{t.roleDefault}</option>
                    <option value="Admin">Admin</option>
                    <option value="Member">Member</option>
                  </select>
                  <Message id={`err-memberList.${i}.role`} error={errorAt(errors, `memberList.${i}.role`)} />
                </div>
                <button type="button" className="remove" aria-label={t.remove(i + 1)} onClick={() => members.remove(i)}>×</button>
              </div>
            ))}
            <button type="button" id="add-member" onClick={() => members.append({ userID: '' })}>{t.add}</button>
            <Message id="err-memberList" error={errors.memberList?.message ? errors.memberList : errors.memberList?.root} />
          </fieldset>
          <div className="field row">
            {choice('joinOption', ['FreeAccess', 'NeedPermission', 'DisableApply'])}
            {choice('inviteOption', ['FreeAccess', 'NeedPermission', 'DisableInvite'])}
          </div>
          <Message id="err-root" error={errors.root ?? errors['']} />
          <button type="submit" id="submit">{t.submit}</button>
        </form>
        <section className="out" aria-live="polite">
          {sent && (
            <>
              <h2 id="sent-label">{t.sent}</h2>
              <pre id="sent" role="region" tabIndex={0} aria-labelledby="sent-label">{JSON.stringify(sent, null, 2)}</pre>
            </>
          )}
        </section>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
