// Simplified Chinese for the package's messages: `import 'timlint/locales/zh-CN'` once, and
// `lang: 'zh-CN'` renders in it (the Node entries import it themselves).
export {};
