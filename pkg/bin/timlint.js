#!/usr/bin/env node
// `npx timlint check FILE...`: the Rust CLI's `timlint check` over the package's wasm, for
// projects that have Node but no Rust. The verdicts and their printing (text, JSON, SARIF,
// GitHub annotations) are the CLI's own code compiled into the `cli` module (dist/cli/), so
// the output is the same byte for byte (pkg/test/bin.test.mjs compares the two on the corpus);
// this file reads the arguments and the files, and picks the exit code as the CLI does:
// 0 no error, 1 an error (or more warnings than --max-warnings), 2 a usage or I/O error,
// 141 when the reader of stdout went away.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { dirname, join, relative, resolve } from 'node:path';

import { checkRun, initSync } from '../dist/cli/timlint_wasm.js';

const USAGE = `Usage: timlint check [OPTIONS] [PATH...]

Checks Tencent Cloud IM create-group payload files (a directory: every *.json and *.jsonc
under it; none or \`-\`: stdin), as the Rust CLI \`timlint check\` does, each with the
options of the nearest timlint.json up from it. The Rust CLI's --fix, --diff, --ndjson,
--exclude and the include / exclude globs of timlint.json are not here (cargo install).

Options:
  --format text|json|sarif|github   output format (default text)
  --dialect rest|sdk|web|auto       default rest
  --lang en|zh-CN                   messages and help in English or Simplified Chinese
  --no-snippets                     text output without the source line and caret
  --max-warnings N                  exit 1 past N warnings in all
  --preset default|extended         byte limits of the REST page or newer SDK pages
  --plan trial|standard|pro|pro-plus|ultimate|enterprise
  --max-members N  --max-sdk-members N
  --max-name-bytes N  --max-introduction-bytes N  --max-notification-bytes N  --max-face-url-bytes N
  --group-keys a,b  --member-keys a,b   custom-data keys enabled in the console
  --max-input-bytes N  --max-diagnostics N
  --rule ID=off|info|warning|error  a rule at another level, or off (repeatable; over the options file's \`rules\`)
  --config FILE                     the options as JSON (the npm package's options shape); flags override it
  --no-config                       no options file: neither --config nor the nearest timlint.json
  --verbose                         say on stderr which options file each input uses
  --color auto|always|never         colour in text output (auto: on a terminal, unless NO_COLOR is set)
  -h, --help                        this text
  -V, --version                     the version
`;

/** A failure that ends the run with exit 2 and `timlint: MESSAGE` on stderr. */
class Fatal extends Error {}

/** Text from outside as shown on a terminal: controls and bidi overrides escaped. */
function terminalSafe(text) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is escaped
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function warn(message) {
  try {
    writeSync(2, `timlint: ${terminalSafe(message)}\n`);
  } catch {
    // Nowhere left to say it.
  }
}

/** Writes all of `text` to stdout; a closed pipe ends the process with 141, as the CLI does. */
function print(text) {
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(1, bytes, at);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EPIPE') process.exit(141);
      throw new Fatal(`cannot write output: ${e.message}`);
    }
  }
}

const FLAGS_WITH_VALUE = new Map([
  ['--format', 'format'],
  ['--dialect', 'dialect'],
  ['--lang', 'lang'],
  ['--max-warnings', 'maxWarnings'],
  ['--preset', 'preset'],
  ['--plan', 'plan'],
  ['--max-members', 'members'],
  ['--max-sdk-members', 'sdkMembers'],
  ['--max-name-bytes', 'name'],
  ['--max-introduction-bytes', 'introduction'],
  ['--max-notification-bytes', 'notification'],
  ['--max-face-url-bytes', 'faceUrl'],
  ['--group-keys', 'groupKeys'],
  ['--member-keys', 'memberKeys'],
  ['--max-input-bytes', 'maxInputBytes'],
  ['--max-diagnostics', 'maxDiagnostics'],
  ['--config', 'config'],
  ['--rule', 'rule'],
  ['--color', 'color'],
]);
const SWITCHES = new Map([
  ['--no-snippets', 'noSnippets'],
  ['--no-config', 'noConfig'],
  ['--verbose', 'verbose'],
]);
/** The Rust CLI's flags this command does not have. */
const RUST_ONLY = ['--fix', '--diff', '--unsafe-fixes', '--ndjson', '--exclude', '--stdin-filename'];
const CHOICES = {
  format: ['text', 'json', 'sarif', 'github'],
  dialect: ['rest', 'sdk', 'web', 'auto'],
  lang: ['en', 'zh-CN'],
  preset: ['default', 'extended'],
  plan: ['trial', 'standard', 'pro', 'pro-plus', 'ultimate', 'enterprise'],
  color: ['auto', 'always', 'never'],
};
const NUMBERS = new Set([
  'maxWarnings', 'members', 'sdkMembers', 'name', 'introduction', 'notification', 'faceUrl', 'maxInputBytes', 'maxDiagnostics',
]);

/** `check`'s arguments: `{ paths, flags }`, or a usage error. */
function parseArgs(argv) {
  const flags = { rule: [] };
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (SWITCHES.has(arg)) {
      flags[SWITCHES.get(arg)] = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (RUST_ONLY.includes(flag)) {
      throw new Fatal(`${flag} is the Rust CLI's (cargo install --path crates/timlint-cli); npx timlint check has the flags of --help`);
    }
    const key = FLAGS_WITH_VALUE.get(flag);
    if (key === undefined) {
      if (arg.startsWith('-') && arg !== '-') throw new Fatal(`unexpected argument '${arg}' (timlint check --help lists them)`);
      paths.push(arg);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Fatal(`${flag} needs a value`);
    if (CHOICES[key] && !CHOICES[key].includes(value)) {
      throw new Fatal(`invalid value '${value}' for ${flag} (one of ${CHOICES[key].join(', ')})`);
    }
    if (NUMBERS.has(key) && !/^[0-9]+$/.test(value)) throw new Fatal(`invalid value '${value}' for ${flag}: a number`);
    if (key === 'rule') flags.rule.push(value);
    else flags[key] = NUMBERS.has(key) ? Number(value) : value;
  }
  return { paths: paths.length > 0 ? paths : ['-'], flags };
}

/** The options file an input is checked with: --config, else the nearest timlint.json from
 * the input's directory up (stdin: from the current one), else none (as the Rust CLI). */
function configFor(flags, input) {
  if (flags.noConfig) return null;
  if (flags.config !== undefined) return flags.config;
  for (let dir = resolve(input === '-' ? '.' : dirname(input)); ; dir = dirname(dir)) {
    const file = join(dir, 'timlint.json');
    if (isFile(file)) return file;
    if (dirname(dir) === dir) return null;
  }
}

const LEVELS = ['off', 'info', 'warning', 'error'];

/** The options JSON for an options file (or none): the file's, without the CLI's include /
 * exclude globs, with the flags on top. */
function optionsJson(flags, config) {
  let options = {};
  if (config !== null) {
    const { bytes } = readInput(config, 1 << 20);
    if (bytes === undefined) throw new Fatal(`${config} is larger than an options file may be (1048576 bytes)`);
    try {
      options = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (e) {
      throw new Fatal(`bad options in ${config}: ${e.message}`);
    }
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new Fatal(`bad options in ${config}: the options must be a JSON object`);
    }
    delete options.include;
    delete options.exclude;
  }
  for (const key of ['dialect', 'lang', 'preset', 'plan', 'maxInputBytes', 'maxDiagnostics']) {
    if (flags[key] !== undefined) options[key] = flags[key];
  }
  for (const key of ['groupKeys', 'memberKeys']) {
    if (flags[key] !== undefined) options[key] = flags[key].split(',').filter((k) => k !== '');
  }
  for (const key of ['members', 'sdkMembers', 'name', 'introduction', 'notification', 'faceUrl']) {
    if (flags[key] !== undefined) options.limits = { ...options.limits, [key]: flags[key] };
  }
  for (const rule of flags.rule) {
    const [id, level, extra] = rule.split('=');
    if (level === undefined || extra !== undefined || !LEVELS.includes(level)) {
      throw new Fatal(`--rule ${rule}: expected ID=LEVEL, LEVEL one of off, info, warning, error`);
    }
    options.rules = { ...options.rules, [id]: level };
  }
  return JSON.stringify(options);
}

/** Colour: --color, else on a terminal unless NO_COLOR is set or TERM is dumb (as the Rust CLI). */
function useColor(choice = 'auto') {
  if (choice !== 'auto') return choice === 'always';
  const set = (name) => (process.env[name] ?? '') !== '';
  return isatty(1) && !set('NO_COLOR') && process.env.TERM !== 'dumb';
}

/** Reads a file (or stdin, `-`) no further than `cap` + 1 bytes: `{ bytes }` or `{ tooLarge: size }` (-1: unknown). */
function readInput(path, cap) {
  const fd = path === '-' ? 0 : openFile(path);
  try {
    if (path !== '-') {
      const st = fstatSync(fd);
      if (st.isFile() && st.size > cap) return { tooLarge: st.size };
      if (st.isDirectory()) throw new Fatal(`cannot read ${path}: Is a directory (os error 21)`);
    }
    const chunks = [];
    let total = 0;
    const buffer = Buffer.allocUnsafe(1 << 16);
    for (;;) {
      let n;
      try {
        n = readSync(fd, buffer, 0, Math.min(buffer.length, cap + 1 - total));
      } catch (e) {
        if (e.code === 'EAGAIN') continue;
        if (e.code === 'EOF') break;
        throw new Fatal(`cannot read ${path === '-' ? 'stdin' : path}: ${e.message}`);
      }
      if (n === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      total += n;
      if (total > cap) return { tooLarge: -1 };
    }
    return { bytes: Buffer.concat(chunks) };
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function openFile(path) {
  try {
    return openSync(path, 'r');
  } catch (e) {
    throw new Fatal(`cannot read ${path}: ${e.message}`);
  }
}

/** Path order as Rust's PathBuf sorts it: component by component. */
function byComponents(a, b) {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return Buffer.compare(Buffer.from(x[i]), Buffer.from(y[i]));
  }
  return x.length - y.length;
}

/** The payload files a path names: itself, or every *.json / *.jsonc under a directory
 * (hidden entries and node_modules left out), in path order; problems are reported apart. */
function expand(path, out, problems) {
  let isDir = false;
  try {
    isDir = path !== '-' && statSync(path).isDirectory();
  } catch {
    // Not there: reading it says so.
  }
  if (!isDir) {
    out.push(path);
    return;
  }
  const found = [];
  const dirs = [path];
  while (dirs.length > 0) {
    const dir = dirs.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`cannot read ${dir}: ${e.message}`);
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      // As Rust's Path::join: no normalising (`./a` stays `./a/x.json`, as the CLI names it).
      const child = dir.endsWith('/') ? dir + entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) dirs.push(child);
      else if (/\.jsonc?$/i.test(entry.name) && isFile(child)) found.push(child);
    }
  }
  if (found.length === 0 && problems.length === 0) problems.push(`${path} holds no payload file (*.json, *.jsonc)`);
  out.push(...found.sort(byComponents));
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** An options error from the module as the Rust CLI words it: a rule ID no rule has
 * (from --rule or the file), or a file the options reader refuses. */
function optionsError(e, config) {
  const message = String(e).replace(/^timlint: invalid options: /, '');
  if (message.startsWith('unknown rule')) return config === null ? message : `${message} (--rule or ${config})`;
  return config === null ? message : `bad options in ${config}: ${message}`;
}

function check(argv) {
  const { paths, flags } = parseArgs(argv);
  // One options text per options file, read once.
  const optionsOf = new Map();
  const options = (config) => {
    if (!optionsOf.has(config)) optionsOf.set(config, optionsJson(flags, config));
    return optionsOf.get(config);
  };
  let run;
  const here = configFor(flags, '-');
  try {
    run = checkRun(options(here), flags.format ?? 'text', !flags.noSnippets, useColor(flags.color));
  } catch (e) {
    if (e instanceof Fatal) throw e;
    throw new Fatal(optionsError(e, here));
  }
  let ioFailed = false;
  const inputs = [];
  for (const path of paths) {
    const problems = [];
    expand(path, inputs, problems);
    for (const p of problems) warn(p);
    ioFailed ||= problems.length > 0;
  }
  print(run.start());
  for (const path of inputs) {
    const config = configFor(flags, path);
    if (flags.verbose) {
      const shown = config === null ? 'no options file' : relative('.', resolve(config)) || config;
      warn(`${path}: options from ${shown.startsWith('..') ? resolve(config) : shown}`);
    }
    let verdict;
    try {
      const text = options(config);
      const input = readInput(path, run.maxInputBytes(text));
      verdict = input.bytes === undefined ? run.tooLarge(input.tooLarge, path, text) : run.check(input.bytes, path, text);
    } catch (e) {
      // A file not there or not UTF-8, bad options: said, and the other inputs still checked.
      if (e instanceof Fatal) warn(e.message);
      else if (typeof e === 'string') warn(/ is not UTF-8 \(/.test(e) ? e : optionsError(e, config));
      else throw e;
      ioFailed = true;
      continue;
    }
    print(verdict);
  }
  print(run.finish());
  let tooManyWarnings = false;
  if (flags.maxWarnings !== undefined && run.warnings > flags.maxWarnings) {
    warn(`${run.warnings} warnings, more than --max-warnings ${flags.maxWarnings} allows`);
    tooManyWarnings = true;
  }
  return ioFailed ? 2 : run.failing > 0 || tooManyWarnings ? 1 : 0;
}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === undefined || (command === 'check' && rest.some((a) => a === '-h' || a === '--help'))) {
    print(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-V' || command === '--version') {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    print(`timlint ${version}\n`);
    return 0;
  }
  if (command !== 'check') {
    throw new Fatal(`unknown command '${command}': this npm command has \`check\`; the Rust CLI (cargo install) has rules, explain, convert and schema too`);
  }
  initSync({ module: readFileSync(new URL('../dist/cli/timlint_wasm_bg.wasm', import.meta.url)) });
  return check(rest);
}

let code;
try {
  code = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof Fatal)) throw e;
  warn(e.message);
  code = 2;
}
process.exitCode = code;
