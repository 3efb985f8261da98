#!/usr/bin/env node
// `npx timlint`: the Rust CLI itself (crates/timlint-cli), built for WASI (dist/cli/timlint.wasm,
// scripts/build-wasm) and run by Node's node:wasi, for projects that have Node but no Rust.
// Every command, flag, value and message is the CLI's own code, so the two print the same
// bytes and exit with the same codes (pkg/test/bin.test.mjs runs both on every flag and value).
// This file only hands the process over: arguments, environment, the file system, stdio.
import { readFileSync, writeSync } from 'node:fs';
import { constants } from 'node:os';

// node:wasi warns on stderr that it is experimental when loaded; stderr is the CLI's.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
  if (type === 'ExperimentalWarning' && /WASI/.test(String(warning))) return;
  emitWarning.call(process, warning, ...rest);
};
const { WASI } = await import('node:wasi');
process.emitWarning = emitWarning;

// WASI numbers errors its own way (ENOENT is 44): the CLI's `(os error N)` is shown with the
// host's number, as the native CLI shows it (the text is the same C library's wording).
const WASI_ERRNO = `SUCCESS 2BIG ACCES ADDRINUSE ADDRNOTAVAIL AFNOSUPPORT AGAIN ALREADY BADF BADMSG BUSY
  CANCELED CHILD CONNABORTED CONNREFUSED CONNRESET DEADLK DESTADDRREQ DOM DQUOT EXIST FAULT FBIG
  HOSTUNREACH IDRM ILSEQ INPROGRESS INTR INVAL IO ISCONN ISDIR LOOP MFILE MLINK MSGSIZE MULTIHOP
  NAMETOOLONG NETDOWN NETRESET NETUNREACH NFILE NOBUFS NODEV NOENT NOEXEC NOLCK NOLINK NOMEM NOMSG
  NOPROTOOPT NOSPC NOSYS NOTCONN NOTDIR NOTEMPTY NOTRECOVERABLE NOTSOCK NOTSUP NOTTY NXIO OVERFLOW
  OWNERDEAD PERM PIPE PROTO PROTONOSUPPORT PROTOTYPE RANGE ROFS SPIPE SRCH STALE TIMEDOUT TXTBSY XDEV
  NOTCAPABLE`.split(/\s+/);
const hostErrno = (text) =>
  text.replace(/ \(os error (\d+)\)/g, (same, n) => {
    const host = constants.errno[`E${WASI_ERRNO[n]}`];
    return host === undefined ? same : ` (os error ${host})`;
  });

const wasi = new WASI({
  version: 'preview1',
  args: ['timlint', ...process.argv.slice(2)],
  // PWD: where the CLI starts (main.rs), as a WASI process starts in `/`.
  env: { ...process.env, PWD: process.cwd() },
  // The whole file system, as the native CLI sees it.
  preopens: { '/': '/' },
  returnOnExit: true,
});
let memory;
const imports = { ...wasi.wasiImport };
imports.fd_write = (fd, iovs, count, written) => {
  if (fd !== 2) return wasi.wasiImport.fd_write(fd, iovs, count, written);
  const view = new DataView(memory.buffer);
  const parts = [];
  for (let i = 0; i < count; i++) {
    parts.push(Buffer.from(memory.buffer, view.getUint32(iovs + 8 * i, true), view.getUint32(iovs + 8 * i + 4, true)));
  }
  const bytes = Buffer.concat(parts);
  const text = bytes.toString('utf8');
  const shown = text.includes('(os error ') ? Buffer.from(hostErrno(text)) : bytes;
  try {
    for (let at = 0; at < shown.length; ) at += writeSync(2, shown, at);
  } catch (e) {
    // The host's error as WASI's (EPIPE, EAGAIN: the CLI sees what the native one would).
    const errno = WASI_ERRNO.indexOf(String(e.code).slice(1));
    return errno > 0 ? errno : WASI_ERRNO.indexOf('IO');
  }
  view.setUint32(written, bytes.length, true);
  return 0;
};
// Reading a directory: the native CLI's read fails with EISDIR, node:wasi's with ENOTCAPABLE
// (the descriptor has no right to read; the C library makes it EBADF): answer EISDIR. The
// read's own buffer, which it left unfilled, holds the descriptor's status (24 bytes; the
// first is its type).
const [ENOTCAPABLE, EISDIR, DIRECTORY] = [WASI_ERRNO.indexOf('NOTCAPABLE'), WASI_ERRNO.indexOf('ISDIR'), 3];
imports.fd_read = (fd, iovs, count, read) => {
  const errno = wasi.wasiImport.fd_read(fd, iovs, count, read);
  if (errno !== ENOTCAPABLE || count < 1) return errno;
  const view = new DataView(memory.buffer);
  const [buffer, length] = [view.getUint32(iovs, true), view.getUint32(iovs + 4, true)];
  const isDir = length >= 24 && wasi.wasiImport.fd_fdstat_get(fd, buffer) === 0 && view.getUint8(buffer) === DIRECTORY;
  return isDir ? EISDIR : errno;
};
// The C library has no threads here: Rust's std asks for one only in `--ndjson`, which
// checks in turn under WASI (check.rs), so these only answer that there are none.
const ENOTSUP = WASI_ERRNO.indexOf('NOTSUP');
const env = {
  pthread_attr_init: () => 0,
  pthread_attr_destroy: () => 0,
  pthread_attr_setstacksize: () => 0,
  pthread_create: () => ENOTSUP,
  pthread_detach: () => ENOTSUP,
  pthread_join: () => ENOTSUP,
};

const module = new WebAssembly.Module(readFileSync(new URL('../dist/cli/timlint.wasm', import.meta.url)));
const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: imports, env });
memory = instance.exports.memory;
try {
  process.exitCode = wasi.start(instance);
} catch (e) {
  // A trap: a panic (its message already on stderr) or memory exhausted; 101 as a Rust panic.
  if (!(e instanceof WebAssembly.RuntimeError)) throw e;
  writeSync(2, `timlint: ${e.message}\n`);
  process.exitCode = 101;
}
