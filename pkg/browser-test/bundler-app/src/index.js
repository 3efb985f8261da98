// A page that imports timlint from its npm package, as a user's app does: it validates one
// payload on load and shows the verdict (the bundler tests read it back in Chromium).
import { validate, limits, byteLength } from 'timlint';
import 'timlint/locales/zh-CN'; // the report below is in Chinese

const name = 'x'.repeat(limits().name + 1);
const report = validate({ Type: 'Publich', Name: name }, { lang: 'zh-CN' });
const out = document.getElementById('out');
out.textContent = report.diagnostics.map((d) => `${d.rule} ${d.path}: ${d.message}`).join('\n');
document.body.dataset.bytes = String(byteLength(name));
document.body.dataset.rules = report.diagnostics.map((d) => d.rule).join(' ');
