/**
 * Where the CLI reads the integration JSON, read with bounds: at most the size limit plus one byte
 * (so /dev/zero or a huge file ends at once), and no longer than the run's time budget (so a FIFO or
 * a pipe that never closes ends at the deadline). Standard input is read through `process.stdin`:
 * a blocking read of descriptor 0 would hold a thread of libuv's pool that the process waits for at
 * exit, so a writer that never closes would keep the CLI alive past its deadline (measured: exit
 * waited for the writer). Node restores the descriptor's flags at exit. A file is opened without
 * blocking, and an EAGAIN is waited out rather than reported.
 */
import { constants, fstat, open, read } from 'node:fs';
import { isatty } from 'node:tty';
import { promisify } from 'node:util';
import { MAX_INPUT_BYTES } from '../structure/parse.js';

const readChunk = promisify(read);
const openFile = promisify(open);
const fileStatus = promisify(fstat);

export type Source =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'env'; value: string }
  | { kind: 'none' };

export type InputText =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large'; message: string; text: string }
  | { ok: false; reason: 'empty' | 'unreadable' | 'timeout'; message: string };

/** --file PATH ("-": standard input); else standard input when it is not a terminal and the variable is unset; else the variable. */
export function chooseSource(file: string | undefined, env: Record<string, string | undefined>): Source {
  if (file === '-') return { kind: 'stdin' };
  if (file !== undefined) return { kind: 'file', path: file };
  const variable = env.ENTITLE_BITBUCKET_INTEGRATION;
  if (!variable && !isatty(0)) return { kind: 'stdin' };
  return variable ? { kind: 'env', value: variable } : { kind: 'none' };
}

export function describeSource(source: Source): string {
  switch (source.kind) {
    case 'file':
      return `the file ${source.path}`;
    case 'stdin':
      return 'standard input';
    case 'env':
      return 'ENTITLE_BITBUCKET_INTEGRATION';
    case 'none':
      return 'nowhere';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads up to `limit` bytes from a descriptor; EAGAIN (a non-blocking descriptor) is waited out. A
 * FIFO opened without blocking reads as ended until a writer comes, so for one the end counts only
 * after some data.
 */
async function readUpTo(fd: number, limit: number, fifo = false): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.alloc(Math.min(64 * 1024, limit - total));
    let bytesRead: number;
    try {
      ({ bytesRead } = await readChunk(fd, buffer, 0, buffer.length, null));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      await sleep(20);
      continue;
    }
    if (bytesRead === 0 && fifo && total === 0) {
      await sleep(20);
      continue;
    }
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total >= limit) return Buffer.concat(chunks, total);
  }
}

/** Standard input up to `limit` bytes, as a stream: nothing holds the process once it is done. */
function readStdin(limit: number): Promise<Buffer> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const done = () => {
      stdin.off('data', onData).off('end', done).off('error', reject);
      stdin.pause();
      resolve(Buffer.concat(chunks, total));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.length;
      if (total >= limit) done();
    };
    stdin.on('data', onData).once('end', done).once('error', reject);
  });
}

async function readSource(source: Source, limit: number): Promise<Buffer> {
  if (source.kind === 'env') return Buffer.from(source.value, 'utf8').subarray(0, limit);
  if (source.kind === 'none') return Buffer.alloc(0);
  if (source.kind === 'stdin') return readStdin(limit);
  // Without blocking: opening a FIFO with no writer would otherwise block a thread that the process
  // then waits for at exit. The descriptor is not closed: the process ends right after the run.
  const fd = await openFile(source.path, constants.O_RDONLY | constants.O_NONBLOCK);
  return readUpTo(fd, limit, (await fileStatus(fd)).isFIFO());
}

/** Reads a source within the time budget and at most `limit` bytes (the integration JSON's by default). */
export async function readIntegrationText(
  source: Source,
  timeoutMs: number,
  limit = MAX_INPUT_BYTES,
): Promise<InputText> {
  const where = describeSource(source);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const bytes = await Promise.race([readSource(source, limit + 1), deadline]);
    if (bytes === 'timeout') {
      return {
        ok: false,
        reason: 'timeout',
        message: `${where} did not end within ${Math.round(timeoutMs / 1000)} s.`,
      };
    }
    if (bytes.length > limit) {
      return {
        ok: false,
        reason: 'too-large',
        message:
          limit === MAX_INPUT_BYTES
            ? `${where} holds more than ${MAX_INPUT_BYTES} bytes (64 KiB); an integration JSON is well under 1 KiB.`
            : `${where} holds more than ${limit} bytes.`,
        // The run reports it as it does for the action: the first bytes over the limit are enough.
        text: bytes.toString('utf8'),
      };
    }
    if (source.kind === 'file' && bytes.length === 0)
      return { ok: false, reason: 'empty', message: `${where} is empty.` };
    return { ok: true, text: bytes.toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : 'it could not be read';
    return {
      ok: false,
      reason: 'unreadable',
      message: `Cannot read ${where}: ${why}${code ? ` (${code})` : ''}.`,
    };
  } finally {
    clearTimeout(timer);
  }
}
