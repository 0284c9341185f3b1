/**
 * One cause per network fault. When a host cannot be reached (DNS, a refused or reset connection, the
 * proxy, TLS, or no answer in time), one finding names the host, the cause and its fix; every check
 * that needed the host is then "not checked", pointing at that finding, with no advice of its own.
 * Loaded with the remote checks only (it reads the HTTP client's outcomes).
 */
import type { FindingId } from './catalogue.js';
import { type Probed, unanswered } from './evidence.js';
import { type Finding, type FindingInit, finding } from './findings.js';
import { type HttpOutcome, inconclusiveReason } from './http.js';

export type NetworkCause = Extract<
  FindingId,
  'network.dns' | 'network.unreachable' | 'network.proxy_failed' | 'network.tls' | 'network.timeout'
>;

export const NETWORK_FINDINGS: readonly NetworkCause[] = [
  'network.dns',
  'network.unreachable',
  'network.proxy_failed',
  'network.tls',
  'network.timeout',
];

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const PROXY = new Set(['UND_ERR_PRX_CONN', 'UND_ERR_PRX_TLS']);
const TLS = /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS|HOSTNAME_MISMATCH|ERR_SSL_|EPROTO$)/;

/** Why an outcome got no answer, as one of the network findings; undefined for an answer. */
export function networkCause(outcome: HttpOutcome): NetworkCause | undefined {
  if (outcome.kind === 'timeout' || outcome.kind === 'deadline') return 'network.timeout';
  if (outcome.kind !== 'network') return undefined;
  if (DNS.has(outcome.code)) return 'network.dns';
  if (PROXY.has(outcome.code)) return 'network.proxy_failed';
  if (TLS.test(outcome.code)) return 'network.tls';
  return 'network.unreachable';
}

function fixFor(cause: NetworkCause, host: string, proxy: string | undefined): string {
  switch (cause) {
    case 'network.dns':
      return `The runner could not look up ${host}. Check its DNS; behind a proxy, set HTTPS_PROXY so the proxy resolves names, and keep ${host} out of NO_PROXY.`;
    case 'network.proxy_failed':
      return `The proxy ${proxy ?? ''} refused or failed the tunnel to ${host}. Check HTTPS_PROXY (host, port, credentials) and that the proxy allows CONNECT to ${host}:443.`;
    case 'network.tls':
      return `The TLS certificate presented for ${host} is not trusted. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA certificate file (PEM).`;
    case 'network.timeout':
      return `Check that the runner reaches ${host}${proxy ? ` through ${proxy}` : ''} (firewall, proxy, NO_PROXY); raise \`timeout-seconds\` if the network is slow.`;
    case 'network.unreachable':
      return `Check that the runner can reach ${host}: a firewall or allowlist may block it; on self-hosted runners set HTTPS_PROXY (and NO_PROXY) if traffic must go through a proxy.`;
  }
}

/** One finding per host that gave no answer, naming the cause and the fix; [] when every host answered. */
export function reachability(sent: readonly Probed[]): Finding[] {
  const hosts = [...new Set(sent.filter((p) => unanswered(p.outcome)).map((p) => p.host))];
  return hosts.map((host) => {
    const failed = sent.filter((p) => p.host === host && unanswered(p.outcome));
    const first = failed[0] as Probed;
    const cause = networkCause(first.outcome) as NetworkCause;
    const proxy = 'proxy' in first.outcome ? first.outcome.proxy : undefined;
    return finding(
      cause,
      'inconclusive',
      inconclusiveReason(first.outcome, host)?.message ?? `No answer from ${host}.`,
      {
        subject: host,
        fix: fixFor(cause, host, proxy),
        evidence: failed.map(
          (p) =>
            `${p.request} → ${p.outcome.kind === 'network' ? `network (${p.outcome.code})` : p.outcome.kind}`,
        ),
      },
    );
  });
}

/**
 * The finding for a check whose request proves nothing: "not checked" when the host gave no answer
 * (the network finding explains it), else inconclusive with the reason (a 5xx, a 429, a cap).
 * Undefined when the outcome is an answer that says something.
 */
export function cannotJudge(
  id: FindingId,
  probe: Probed,
  init: FindingInit & { fallback?: string },
): Finding | undefined {
  const { fallback, ...rest } = init;
  const cause = networkCause(probe.outcome);
  if (cause) {
    return finding(id, 'inconclusive', `Not checked: no answer from ${probe.host}.`, {
      ...rest,
      dependsOn: cause,
    });
  }
  const reason = inconclusiveReason(probe.outcome, probe.host);
  if (reason) return finding(id, 'inconclusive', reason.message, { ...rest, fix: reason.fix });
  return fallback === undefined ? undefined : finding(id, 'inconclusive', fallback, rest);
}
