#!/usr/bin/env node
// `npx timlint`: the Rust CLI itself (crates/timlint-cli), built for WASI (dist/cli/timlint.wasm,
// scripts/build-wasm) and run by Node's node:wasi, for projects that have Node but no Rust.
// Every command, flag, value and message is the CLI's own code, so the two print the same
// bytes and exit with the same codes (pkg/test/bin.test.mjs runs both on every flag and value).
// This file only hands the process over: arguments, environment, the file system, stdio.
import { closeSync, constants as fsConstants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, resolve } from 'node:path';

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
/** A host error (`e.code`, EPERM) as WASI's number. */
const wasiErrno = (e) => {
  const n = WASI_ERRNO.indexOf(String(e.code).slice(1));
  return n > 0 ? n : WASI_ERRNO.indexOf('IO');
};
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
    return wasiErrno(e);
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
// `--fix FILE`'s hand-off (write_fixed in crates/timlint-cli/src/streams.rs). WASI can neither
// see nor set a file's owner, mode and link count, so the CLI writes the fixed text to a new
// file beside the file (`.NAME.timlint-N-M.tmp`, 0600 while written: the umask below) and
// renames it over the file; in that rename, and for such a file only, this host does what the
// native CLI does before its own rename: it refuses a file with other hard links (EMLINK, which
// the CLI words as the native one), gives the new file the owner (first: a change of owner
// clears set-user-ID bits) and the mode of the file it replaces, and syncs it. Any failure is
// the rename's error: the CLI then removes its file and leaves the original as it was.
process.umask(0o077);
const TEMP = /\/\.[^/]+\.timlint-\d+-\d+\.tmp$/;
const PREOPEN = 3; // the one preopened directory, `/`
imports.path_rename = (fd, fromPtr, fromLen, toFd, toPtr, toLen) => {
  const path = (ptr, len) => resolve('/', Buffer.from(memory.buffer, ptr, len).toString('utf8'));
  const [from, to] = [path(fromPtr, fromLen), path(toPtr, toLen)];
  if (!TEMP.test(from)) return wasi.wasiImport.path_rename(fd, fromPtr, fromLen, toFd, toPtr, toLen);
  if (fd !== PREOPEN || toFd !== PREOPEN || dirname(from) !== dirname(to)) return WASI_ERRNO.indexOf('NOTSUP');
  try {
    const file = lstatSync(to);
    if (!file.isFile()) return WASI_ERRNO.indexOf('NOTSUP');
    if (file.nlink > 1) return WASI_ERRNO.indexOf('MLINK');
    // Through a descriptor, not the name: a link put in its place is not followed.
    const temp = openSync(from, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW);
    try {
      const now = fstatSync(temp);
      if (!now.isFile()) return WASI_ERRNO.indexOf('NOTSUP');
      if (now.uid !== file.uid || now.gid !== file.gid) fchownSync(temp, file.uid, file.gid);
      fchmodSync(temp, file.mode & 0o7777);
      fsyncSync(temp);
    } finally {
      closeSync(temp);
    }
  } catch (e) {
    return wasiErrno(e);
  }
  return wasi.wasiImport.path_rename(fd, fromPtr, fromLen, toFd, toPtr, toLen);
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
