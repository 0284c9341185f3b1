/**
 * A fake of the GitHub Actions cache service as @actions/cache speaks to it on GitHub-hosted runners
 * (cache service v2): the results service's Twirp JSON API (`GetCacheEntryDownloadURL`,
 * `CreateCacheEntry`, `FinalizeCacheEntryUpload`) and the signed blob URLs it hands out, which the
 * library uploads to with the Azure storage SDK (one PUT for a small file) and downloads from with a
 * plain GET. Served behind the cloud's proxy with the test CA, as `results.actions.test` and
 * `blob.actions.test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HostHandler } from './cloud.js';

export const RESULTS_URL = 'https://results.actions.test/';
const BLOB = 'https://blob.actions.test';
const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export interface CacheEntry {
  key: string;
  version: string;
  archive: Buffer | undefined;
  createdAt: number;
}

export class CacheFake {
  readonly entries: CacheEntry[] = [];
  readonly requests: string[] = [];
  /** `down`: every Twirp call answers 503; `stall`: no call is ever answered. */
  mode: 'up' | 'down' | 'stall' = 'up';

  reset(): void {
    this.entries.length = 0;
    this.requests.length = 0;
    this.mode = 'up';
  }

  /** The environment a runner gives a step, for the library to find this service. */
  env(): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: RESULTS_URL,
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-for-tests',
      ACTIONS_CACHE_SERVICE_V2: 'True',
    };
  }

  readonly results: HostHandler = {
    handle: async (req, res, body) => {
      this.requests.push(`${req.method} results${req.url}`);
      if (this.mode === 'stall') return;
      if (this.mode === 'down') return json(res, 503, { code: 'unavailable', msg: 'unavailable' });
      const method = (req.url ?? '').startsWith(SERVICE) ? (req.url ?? '').slice(SERVICE.length) : '';
      const call = JSON.parse(body || '{}') as Record<string, unknown>;
      if (method === 'GetCacheEntryDownloadURL') return json(res, 200, this.lookup(call));
      if (method === 'CreateCacheEntry') return json(res, 200, this.create(call));
      if (method === 'FinalizeCacheEntryUpload') return json(res, 200, { ok: true, entry_id: '1' });
      return json(res, 404, { code: 'bad_route', msg: 'no such method' });
    },
  };

  readonly blobs: HostHandler = {
    handle: async (req, res, _body, raw) => {
      this.requests.push(`${req.method} blob${(req.url ?? '').split('?')[0]}`);
      const index = Number(/^\/cache\/(\d+)/.exec(req.url ?? '')?.[1]);
      const entry = this.entries[index];
      if (!entry) return void res.writeHead(404).end();
      if (req.method === 'PUT') {
        entry.archive = raw;
        res.writeHead(201, {
          etag: '"0x1"',
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': `${index}`,
          'x-ms-version': '2024-11-04',
          'x-ms-request-server-encrypted': 'true',
        });
        return void res.end();
      }
      if (!entry.archive) return void res.writeHead(404).end();
      res.writeHead(200, {
        'content-length': String(entry.archive.length),
        'content-type': 'application/octet-stream',
      });
      res.end(entry.archive);
    },
  };

  private lookup(call: Record<string, unknown>) {
    const version = String(call.version);
    const ready = this.entries.filter((e) => e.archive && e.version === version);
    const exact = ready.filter((e) => e.key === call.key);
    const prefixes = (call.restore_keys as string[] | undefined) ?? [];
    const byPrefix = ready.filter((e) => prefixes.some((p) => e.key.startsWith(p)));
    const newest = [...exact, ...byPrefix.sort((a, b) => b.createdAt - a.createdAt)][0];
    if (!newest) return { ok: false, signed_download_url: '', matched_key: '' };
    const index = this.entries.indexOf(newest);
    return { ok: true, signed_download_url: `${BLOB}/cache/${index}?sig=read`, matched_key: newest.key };
  }

  private create(call: Record<string, unknown>) {
    if (this.entries.some((e) => e.key === call.key && e.version === call.version))
      return { ok: false, signed_upload_url: '', message: 'cache entry already exists' };
    this.entries.push({
      key: String(call.key),
      version: String(call.version),
      archive: undefined,
      createdAt: Date.now(),
    });
    return { ok: true, signed_upload_url: `${BLOB}/cache/${this.entries.length - 1}?sig=write` };
  }

  /** The proof inside the newest entry, as the library archived it. */
  proofText(): string {
    return withArchive(this.newest(), (file) => readFileSync(file, 'utf8'));
  }

  /**
   * A new, newer entry whose proof is the newest one's changed by `edit`: what a person with push
   * access could save under the same key prefix.
   */
  tamper(edit: (proof: string) => string): void {
    const entry = this.newest();
    const archive = withArchive(entry, (file, repack) => {
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
      return repack();
    });
    this.entries.push({ key: `${entry.key}9`, version: entry.version, archive, createdAt: Date.now() + 1 });
  }

  private newest(): CacheEntry {
    const entry = [...this.entries].filter((e) => e.archive).sort((a, b) => b.createdAt - a.createdAt)[0];
    if (!entry) throw new Error('no cache entry');
    return entry;
  }
}

/** Unpacks an entry's archive (zstd or gzip, as the library chose), hands over the proof file. */
function withArchive<T>(entry: CacheEntry, use: (file: string, repack: () => Buffer) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'ebc-cache-'));
  try {
    const archive = entry.archive as Buffer;
    const zstd = archive[0] === 0x28 && archive[1] === 0xb5;
    const packed = path.join(dir, 'cache.tar');
    writeFileSync(packed, archive);
    const root = path.join(dir, 'root');
    execFileSync('mkdir', ['-p', root]);
    execFileSync('tar', [zstd ? '--zstd' : '-z', '-xf', packed, '-C', root]);
    const found = execFileSync('find', [root, '-name', 'proof.json'], { encoding: 'utf8' }).trim();
    const repack = () => {
      const out = path.join(dir, 'out.tar');
      execFileSync('tar', ['--posix', zstd ? '--zstd' : '-z', '-cf', out, '-C', root, '.']);
      return readFileSync(out);
    };
    return use(found, repack);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
