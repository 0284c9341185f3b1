/**
 * Measures the bundled action (dist/index.js), run as the runner runs it, against the Bitbucket and
 * Jira simulators with a fixed added latency per request, and writes bench/results.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { cliEntry, distEntry, runAction } from '../test/support/action.js';
import { defaultBitbucketState } from '../test/support/bitbucket-sim.js';
import { CacheFake } from '../test/support/cache-fake.js';
import { startCloud, type Tunnel } from '../test/support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../test/support/documents.js';
import { defaultJiraSites } from '../test/support/jira-sim.js';

const latency = Number(process.env.BENCH_LATENCY_MS ?? 100);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
/** Written at exit by the measured process: its peak memory and its performance marks (ms from start). */
const traceHook = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>{if(!process.env.BENCH_TRACE_FILE)return;const marks={};for(const m of performance.getEntriesByType('mark'))(marks[m.name]??=[]).push(m.startTime);writeFileSync(process.env.BENCH_TRACE_FILE,JSON.stringify({rssKb:process.resourceUsage().maxRSS,marks,exit:performance.now()}))})",
)}`;

interface Trace {
  ms: number;
  rssKb: number;
  marks: Record<string, number[]>;
  exit: number;
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Runs node asynchronously (the simulators answer from this same process), with its trace. */
async function timeNode(args: string[], env: Record<string, string>): Promise<Trace> {
  const traceFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-trace-')), 'trace.json');
  const start = process.hrtime.bigint();
  await new Promise((resolve) =>
    spawn(process.execPath, ['--import', traceHook, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env, BENCH_TRACE_FILE: traceFile },
      stdio: 'ignore',
    }).on('close', resolve),
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  try {
    return { ms, ...(JSON.parse(readFileSync(traceFile, 'utf8')) as Omit<Trace, 'ms'>) };
  } catch {
    return { ms, rssKb: 0, marks: {}, exit: 0 };
  }
}

/** The median of each phase over several traced runs, in ms from process start. */
function phases(traces: Trace[]): Record<string, number> {
  const at = (pick: (t: Trace) => number | undefined) =>
    median(traces.map(pick).filter((x): x is number => x !== undefined));
  return {
    'main bundle loaded': at((t) => t.marks['ebc:main-loaded']?.[0]),
    'HTTP stack loaded': at((t) => t.marks['ebc:http-loaded']?.[0]),
    'first request sent': at((t) => t.marks['ebc:request']?.[0]),
    'last answer': at((t) => t.marks['ebc:answer']?.at(-1)),
    exit: at((t) => t.exit),
    'wall time (spawn to close)': at((t) => t.ms),
  };
}

it('measures', async () => {
  const cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
  const rows: string[] = [];
  const full = async (inputs: Record<string, string>, added = latency) => {
    const times: number[] = [];
    let perHost: Record<string, number> = {};
    let status = '';
    let tunnels: Tunnel[] = [];
    for (let i = 0; i < runs; i++) {
      const before = cloud.tunnelLog.length;
      cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
      cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
      cloud.bitbucket.latencyMs = added;
      cloud.jira.latencyMs = added;
      const start = process.hrtime.bigint();
      const run = await runAction({ inputs: { 'integration-json': validJson, ...inputs }, env: cloud.env() });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      status = run.outputs.status ?? '';
      perHost = { 'api.bitbucket.org': cloud.bitbucket.requests.length };
      for (const r of cloud.jira.requests) perHost[r.host] = (perHost[r.host] ?? 0) + 1;
      tunnels = cloud.tunnelLog.slice(before);
    }
    return { ms: median(times), perHost, status, tunnels };
  };

  /**
   * Distance mode: the services are `latency` ms of round trip away, behind the proxy's tunnel (the
   * simulators answer at once), so every connection pays the proxy's connect and its TLS handshake
   * as it would.
   */
  const far = async (inputs: Record<string, string>) => {
    cloud.distanceMs = latency;
    const result = await full(inputs, 0);
    cloud.distanceMs = 0;
    return result;
  };
  /**
   * Gated runs with `reuse-proof-hours`: one full check saved to the Actions cache (a fake of the
   * service, behind the proxy), then runs on that fresh proof.
   */
  const gatedRuns = async () => {
    const cache = new CacheFake();
    cloud.hosts.set('results.actions.test', cache.results);
    cloud.hosts.set('blob.actions.test', cache.blobs);
    const runner = mkdtempSync(path.join(os.tmpdir(), 'bench-runner-'));
    const env = { ...cloud.env(), ...cache.env(), RUNNER_TEMP: runner, GITHUB_WORKSPACE: runner };
    const inputs = { 'integration-json': validJson, 'reuse-proof-hours': '24' };
    await runAction({ inputs, env: { ...env, GITHUB_RUN_ID: '1' } });
    const times: number[] = [];
    let perHost: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
      cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
      cloud.bitbucket.latencyMs = latency;
      cloud.jira.latencyMs = latency;
      const start = process.hrtime.bigint();
      await runAction({ inputs, env: { ...env, GITHUB_RUN_ID: String(i + 2) } });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      perHost = { 'api.bitbucket.org': cloud.bitbucket.requests.length };
      for (const r of cloud.jira.requests) perHost[r.host] = (perHost[r.host] ?? 0) + 1;
    }
    return { ms: median(times), perHost };
  };
  // The runs with no added delay first: start-up, module loading, TLS and the proxy, on loopback.
  const plainBase = await full({}, 0);
  const namedBase = await full({ workspace: 'acme' }, 0);
  const plain = await full({});
  const recorded = await full({
    transcript: path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-')), 't.json'),
  });
  const named = await full({ workspace: 'acme' });
  const gated = await gatedRuns();
  const plainFar = await far({});
  const namedFar = await far({ workspace: 'acme' });
  const offline = { 'INPUT_INTEGRATION-JSON': validJson, INPUT_MODE: 'offline' };
  const fullEnv = { 'INPUT_INTEGRATION-JSON': validJson, ...cloud.env() };
  const cold: Trace[] = [];
  const bare: number[] = [];
  const fullTraces: Trace[] = [];
  for (let i = 0; i < runs * 2; i++) {
    bare.push((await timeNode(['-e', '0'], {})).ms);
    cold.push(await timeNode([distEntry], offline));
    cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
    cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
    fullTraces.push(await timeNode([distEntry], fullEnv));
  }
  const cliTwice: number[] = [];
  for (let i = 0; i < runs; i++) {
    await timeNode([cliEntry, '--mode', 'offline'], { ENTITLE_BITBUCKET_INTEGRATION: validJson });
    cliTwice.push(
      (await timeNode([cliEntry, '--mode', 'offline'], { ENTITLE_BITBUCKET_INTEGRATION: validJson })).ms,
    );
  }
  await cloud.close();
  const coldMs = median(cold.map((t) => t.ms));
  const fullMs = median(fullTraces.map((t) => t.ms));
  const decomposition = phases(fullTraces);
  const total = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0);
  const hosts = (h: Record<string, number>) =>
    Object.entries(h)
      .map(([host, n]) => `${host}: ${n}`)
      .join(', ');
  const roundTrips = (ms: number, base: number) => (ms - base) / latency;
  const distBytes = dirSize(path.resolve(import.meta.dirname, '../dist'));
  const entryBytes = statSync(path.resolve(import.meta.dirname, '../dist/lib/index.js')).size;
  /** Connections per host, and when each was asked for, in ms after the run's first. */
  const opened = (tunnels: Tunnel[]) => {
    const first = Math.min(...tunnels.map((t) => t.at));
    const byHost = new Map<string, number[]>();
    for (const t of tunnels) byHost.set(t.host, [...(byHost.get(t.host) ?? []), t.at - first]);
    return [...byHost]
      .map(
        ([host, at]) =>
          `${host.replace(/:443$/, '')}: ${at.length} (at ${at.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
      )
      .join('; ');
  };
  rows.push(
    '| Measure | Result | Target |',
    '| --- | --- | --- |',
    `| Distance mode: full run, Bitbucket + Jira, ${latency} ms away (median of ${runs}) | ${plainFar.ms.toFixed(0)} ms; (difference from loopback) / round trip = ${roundTrips(plainFar.ms, plainBase.ms).toFixed(2)} round trips, handshakes included; ${total(plainFar.perHost)} requests; status ${plainFar.status} | ≤ 5.3 round trips |`,
    `| Distance mode: full run with \`workspace\` (median of ${runs}) | ${namedFar.ms.toFixed(0)} ms; ${roundTrips(namedFar.ms, namedBase.ms).toFixed(2)} round trips, handshakes included; ${total(namedFar.perHost)} requests; status ${namedFar.status} | ≤ 4.3 round trips |`,
    `| Distance mode: connections per host, and when each was asked for | ${opened(plainFar.tunnels)} | every one in the first wave |`,
    `| Distance mode: the same with \`workspace\` | ${opened(namedFar.tunnels)} | every one in the first wave |`,
    '',
    'Loopback: each simulated request waits the latency before the simulator answers.',
    '',
    '| Measure | Result | Target |',
    '| --- | --- | --- |',
    `| Full run, Bitbucket + Jira (median of ${runs}) | ${plain.ms.toFixed(0)} ms; ${plainBase.ms.toFixed(0)} ms with no added latency; (difference) / latency = ${roundTrips(plain.ms, plainBase.ms).toFixed(2)} round trips; status ${plain.status} | ≤ 3 round trips |`,
    `| Full run with \`workspace\` (median of ${runs}) | ${named.ms.toFixed(0)} ms; ${namedBase.ms.toFixed(0)} ms with no added latency; (difference) / latency = ${roundTrips(named.ms, namedBase.ms).toFixed(2)} round trips; status ${named.status} | ≤ 2 round trips |`,
    `| Requests per full run | ${total(plain.perHost)} (${hosts(plain.perHost)}) | ≤ 14 |`,
    `| Full run recording a transcript (median of ${runs}) | ${recorded.ms.toFixed(0)} ms (without: ${plain.ms.toFixed(0)} ms); ${total(recorded.perHost)} requests; (difference) / latency = ${roundTrips(recorded.ms, plainBase.ms).toFixed(2)} round trips | no request and no round trip added |`,
    `| Requests per gated run on a fresh proof (\`reuse-proof-hours: 24\`; median of ${runs}, ${latency} ms per request) | ${total(gated.perHost)} (${hosts(gated.perHost)}); ${gated.ms.toFixed(0)} ms, the cache's restore included | 1 Bitbucket request (+1 Jira) |`,
    `| Requests per run with \`workspace\` | ${total(named.perHost)} (${hosts(named.perHost)}) | ≤ 14 |`,
    `| Cold start: offline run on a valid document (median of ${runs * 2}) | ${coldMs.toFixed(0)} ms = ${(coldMs / median(bare)).toFixed(2)} × \`node -e 0\` (${median(bare).toFixed(0)} ms) | ≤ 2.5 × |`,
    `| Full run with no added latency ÷ offline run (medians of ${runs * 2}, through the CONNECT proxy with TLS) | ${fullMs.toFixed(0)} ms ÷ ${coldMs.toFixed(0)} ms = ${(fullMs / coldMs).toFixed(2)} | ≤ 2.3 |`,
    `| CLI, second offline run in a row (compile cache warm; median of ${runs}) | ${median(cliTwice).toFixed(0)} ms | — |`,
    `| Peak memory (max RSS), offline run | ${(median(cold.map((t) => t.rssKb)) / 1024).toFixed(1)} MiB | — |`,
    `| Peak memory (max RSS), full run | ${(median(fullTraces.map((t) => t.rssKb)) / 1024).toFixed(1)} MiB | — |`,
    `| Size of dist/ | ${(distBytes / 1024).toFixed(0)} KiB (dist/lib/index.js, loaded by every run, ${(entryBytes / 1024).toFixed(0)} KiB) | — |`,
  );
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const text = [
    '# Benchmark results',
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --latency ${latency} --runs ${runs}\`.`,
    `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}.`,
    '',
    `Two ways of putting the services ${latency} ms away. Distance mode, first: the local CONNECT proxy answers CONNECT after one round trip and holds every tunnelled chunk half a round trip each way, so each connection pays the proxy's connect and its TLS handshake, as real services tens of milliseconds away make it pay. Loopback mode, after it: each simulated request waits ${latency} ms before the simulator answers, and connections cost nothing. Either way a full run's wall time less that of the same run with no added delay (process start-up, loading the HTTP stack, the proxy tunnel and TLS on loopback), divided by the round trip, is the number of round trips on its critical path. Requests are counted by the simulators. Runs go through the proxy with a test CA, as on a self-hosted runner.`,
    '',
    ...rows,
    '',
    `Where a full run with no added latency spends its time (median of ${runs * 2} runs, ms from process start):`,
    '',
    '| Phase | ms |',
    '| --- | --- |',
    ...Object.entries(decomposition).map(([phase, ms]) => `| ${phase} | ${ms.toFixed(0)} |`),
    '',
    'The test suite checks the request count and the round-trip depth without a clock (test/e2e/round-trips.test.ts).',
    '',
    // The levers, measured once each and written up by hand; kept beside the figures they explain.
    readFileSync(path.resolve(import.meta.dirname, 'levers.md'), 'utf8'),
  ].join('\n');
  writeFileSync(path.resolve(import.meta.dirname, 'results.md'), text);
  console.log(text);
});
