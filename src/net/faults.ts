/**
 * Why an outcome proves nothing, read once for every request: no answer at all (DNS, a refused or
 * reset connection, the proxy, TLS, or no answer in time: a network cause), or an answer that says
 * nothing of the credentials (429, 5xx, a body too large, the run's request cap). One finding per host
 * names a network cause and its fix; every check that needed the host is then "not checked", pointing
 * at that finding, with no advice of its own.
 */
import { type Finding, type FindingInit, input, type Severity } from '../findings.js';
import { VERSION } from '../version.js';
import { DNS_CODES, isTlsCode, NOT_RECORDED, PROXY_CODES } from './network-codes.js';
import { finding } from './network-words.js';
import type { HttpOutcome } from './outcome.js';

export type NetworkCause =
  | 'network.dns'
  | 'network.unreachable'
  | 'network.proxy_failed'
  | 'network.tls'
  | 'network.timeout'
  | 'network.not_recorded';

export const NETWORK_CAUSES: readonly NetworkCause[] = [
  'network.dns',
  'network.unreachable',
  'network.proxy_failed',
  'network.tls',
  'network.timeout',
  'network.not_recorded',
];

export type Fault =
  | {
      readonly kind: 'no-answer';
      readonly cause: NetworkCause;
      readonly message: string;
      readonly proxy?: string;
    }
  | { readonly kind: 'proves-nothing'; readonly message: string; readonly fix: string };

/** What every request's facts start with: where it went, how it is shown, and what became of it. */
export interface Reply {
  readonly host: string;
  /** The request as shown in evidence, e.g. `GET /2.0/user`; never carries a credential. */
  readonly request: string;
  /** The answer's status; undefined when there was none. */
  readonly status: number | undefined;
  /** Why the outcome proves nothing, when it does not. */
  readonly fault: Fault | undefined;
  /** The outcome as one word: `403`, `network (ECONNREFUSED)`, `timeout`. */
  readonly label: string;
}

/** The TLS fix, said one way wherever a certificate is not trusted. */
export const tlsFix = (host: string) =>
  `The TLS certificate presented for ${host} is not trusted. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA certificate file (PEM).`;

function networkCause(outcome: HttpOutcome): NetworkCause | undefined {
  if (outcome.kind === 'timeout' || outcome.kind === 'deadline') return 'network.timeout';
  if (outcome.kind !== 'network') return undefined;
  if (outcome.code === NOT_RECORDED) return 'network.not_recorded';
  if (DNS_CODES.has(outcome.code)) return 'network.dns';
  if (PROXY_CODES.has(outcome.code)) return 'network.proxy_failed';
  if (isTlsCode(outcome.code)) return 'network.tls';
  return 'network.unreachable';
}

const STATUS_NAMES: Record<number, string> = {
  429: 'too many requests',
  500: 'internal server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

function noAnswerMessage(outcome: HttpOutcome, host: string, tries: string): string {
  if (outcome.kind === 'network' && outcome.code === NOT_RECORDED)
    return `The transcript holds no answer from ${host} to a request this version sends (${outcome.description}).`;
  const via = 'proxy' in outcome && outcome.proxy ? ` through the proxy ${outcome.proxy}` : '';
  if (outcome.kind === 'timeout')
    return `No answer from ${host}${via} within ${Math.round(outcome.timeoutMs / 1000)} s${tries}.`;
  if (outcome.kind === 'network')
    return `Could not reach ${host}${via}: ${outcome.description} (${outcome.code})${tries}.`;
  return `No answer from ${host}${via} before the run's deadline${tries}.`;
}

function responseFault(outcome: HttpOutcome & { kind: 'response' }, host: string, tries: string) {
  const { status } = outcome;
  if (status === 429) {
    return {
      message: `${host} refused the request (HTTP 429)${tries}: the account's hourly request budget, shared by Entitle and any other automation using this account, is spent. Atlassian counts requests over a rolling hour, and sends no Retry-After.`,
      fix: `Run again after the rolling hour has freed requests (up to an hour); schedule this check no more often than needed, since it spends the account's budget that Entitle shares (with ${input('reuse-proof-hours')}, a gated run sends one Bitbucket request).`,
    };
  }
  if (status >= 500) {
    return {
      message: `${host} answered HTTP ${status}${STATUS_NAMES[status] ? ` (${STATUS_NAMES[status]})` : ''}${tries}.`,
      fix: 'The service had a fault; run again later, and check https://status.atlassian.com.',
    };
  }
  if (outcome.body.kind === 'too-large') {
    return {
      message: `${host} sent a response larger than 1 MiB, which was not read.`,
      fix: 'Run again; if it persists, report it with the request named in the details.',
    };
  }
  return undefined;
}

/** Why an outcome proves nothing; undefined for an answer that says something about the credentials. */
export function faultOf(outcome: HttpOutcome, host: string): Fault | undefined {
  const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : '';
  const cause = networkCause(outcome);
  if (cause) {
    const proxy = 'proxy' in outcome ? outcome.proxy : undefined;
    return {
      kind: 'no-answer',
      cause,
      message: noAnswerMessage(outcome, host, tries),
      ...(proxy ? { proxy } : {}),
    };
  }
  if (outcome.kind === 'budget') {
    return {
      kind: 'proves-nothing',
      message: `The run's cap of ${outcome.limit} requests was reached before the request to ${host} could be sent.`,
      fix: 'Run again; if it recurs, report it: a healthy run sends far fewer requests.',
    };
  }
  if (outcome.kind !== 'response') return undefined;
  const fault = responseFault(outcome, host, tries);
  return fault && { kind: 'proves-nothing', ...fault };
}

function fixFor(cause: NetworkCause, host: string, proxy: string | undefined): string {
  switch (cause) {
    case 'network.dns':
      return `The runner could not look up ${host}. Check its DNS; behind a proxy, set HTTPS_PROXY so the proxy resolves names, and keep ${host} out of NO_PROXY.`;
    case 'network.proxy_failed':
      return `The proxy ${proxy ?? ''} refused or failed the tunnel to ${host}. Check HTTPS_PROXY (host, port, credentials) and that the proxy allows CONNECT to ${host}:443.`;
    case 'network.tls':
      return tlsFix(host);
    case 'network.timeout':
      return `Check that the runner reaches ${host}${proxy ? ` through ${proxy}` : ''} (firewall, proxy, NO_PROXY); raise ${input('timeout-seconds')} if the network is slow.`;
    case 'network.not_recorded':
      return `Record the transcript again with this version (${VERSION}): the requests it did not hold were not checked; everything it holds was judged as recorded.`;
    case 'network.unreachable':
      return `Check that the runner can reach ${host}: a firewall or allowlist may block it; on self-hosted runners set HTTPS_PROXY (and NO_PROXY) if traffic must go through a proxy.`;
  }
}

/** The network cause of the first request that got no answer, if any did. */
export function firstNetworkCause(sent: readonly Reply[]): NetworkCause | undefined {
  return sent.map((r) => (r.fault?.kind === 'no-answer' ? r.fault.cause : undefined)).find((c) => c);
}

/** One finding per host that gave no answer, naming the cause and the fix; [] when every host answered. */
export function reachability(sent: readonly Reply[]): Finding[] {
  const unanswered = sent.filter((r) => r.fault?.kind === 'no-answer');
  const hosts = [...new Set(unanswered.map((r) => r.host))];
  return hosts.map((host) => {
    const failed = unanswered.filter((r) => r.host === host);
    const fault = (failed[0] as Reply).fault as Extract<Fault, { kind: 'no-answer' }>;
    return finding(fault.cause, 'inconclusive', fault.message, {
      subject: host,
      fix: fixFor(fault.cause, host, fault.proxy),
      evidence: failed.map((r) => `${r.request} → ${r.label}`),
    });
  });
}

export type MakeFinding<Id extends string> = (
  id: Id,
  severity: Severity,
  message: string,
  init?: FindingInit,
) => Finding;

/**
 * The finding for a check whose request proves nothing: "not checked" when the host gave no answer
 * (the network finding explains it), else inconclusive with the reason (a 5xx, a 429, a cap).
 * Undefined when the request was answered in a way that says something.
 */
export function cannotJudge<Id extends string>(
  make: MakeFinding<Id>,
  id: Id,
  reply: Reply,
  init: FindingInit & { fallback?: string },
): Finding | undefined {
  const { fallback, ...rest } = init;
  const { fault } = reply;
  if (fault?.kind === 'no-answer') {
    const why =
      fault.cause === 'network.not_recorded'
        ? `the transcript holds no answer to ${reply.request}`
        : `no answer from ${reply.host}`;
    return make(id, 'inconclusive', `Not checked: ${why}.`, {
      ...rest,
      dependsOn: fault.cause,
    });
  }
  if (fault) return make(id, 'inconclusive', fault.message, { ...rest, fix: fault.fix });
  return fallback === undefined ? undefined : make(id, 'inconclusive', fallback, rest);
}
