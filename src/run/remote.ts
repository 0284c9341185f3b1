/**
 * The remote half of the engine: builds the one HTTP client from the options and runs the Bitbucket
 * and Jira checks concurrently. Loaded only for full runs, so an offline run never loads undici.
 */
import { checkBitbucket } from '../bitbucket/check-bitbucket.js';
import { BITBUCKET_API, widestLevel } from '../bitbucket/plan.js';
import { type Finding, input } from '../findings.js';
import { checkJira } from '../jira/check-jira.js';
import { JIRA_FIRST_ROUND } from '../jira/gather-jira.js';
import { finding as jiraFinding } from '../jira/jira-words.js';
import { runJudges } from '../judge.js';
import { createHttpClient, type HttpClientOptions } from '../net/client.js';
import { finding as networkFinding } from '../net/network-words.js';
import { type Exchange, type HttpClient, REQUEST_TIMEOUT_MS } from '../net/outcome.js';
import { type Env, proxyFor, proxyProblems } from '../net/proxy.js';
import { type ConnectionPlan, createDefaultDispatcher, type Dispatcher } from '../net/transport.js';
import { gatherOrgTokens } from '../organization/org-tokens.js';
import { type OrgTokensOptions, orgTokens } from '../organization/org-tokens-judge.js';
import type { Proof } from '../proof/proof-format.js';
import { gatherQuick, quickConfirms, quickFindings } from '../proof/quick-check.js';
import type { Integration } from '../structure/document-model.js';
import { USER_AGENT } from '../version.js';
import type { Expiries } from './expiry.js';
import type { Options } from './options.js';

performance.mark('ebc:http-loaded');

/** Checks against live services; given the validated document, returns their findings. */
export type RemoteChecks = (
  integration: Integration,
  context: { jiraRejected: boolean },
) => Promise<Finding[]>;

/** TCP and TLS, and a proxy's answer to CONNECT: each takes well under a second when all is well. */
const CONNECT_TIMEOUT_MS = 10_000;
export type RemoteOptions = Pick<
  Options,
  'timeoutSeconds' | 'maxRetries' | 'workspace' | 'probeWriteScopes' | 'jira'
> & {
  /** The recorded expiries, against the run's day. */
  expiries?: Expiries;
  /** The organization to read the account's token expiries from, and the run's day to read them against. */
  organization?: Options['organization'] & OrgTokensOptions;
  /** Epoch ms by which every request has ended; `timeoutSeconds` from when the checks start by default. */
  deadlineAt?: number;
};

/**
 * The organization's API is an extra, never the verdict: its own client, with a cap and retries of
 * its own, so a storm of faults there cannot spend the checks' requests (MAX_REQUESTS) or retries.
 */
const ORG_MAX_RETRIES = 2;
const ORG_MAX_REQUESTS = 6;

export interface RemoteDeps {
  log: (message: string) => void;
  onExchange?: (exchange: Exchange) => void;
  /** Tests inject their own; production uses the proxy-aware default. */
  dispatcher?: Dispatcher;
  /** Tests shorten the backoff between retries. */
  backoffBaseMs?: number;
  /** Where the proxy variables are read; the process's environment by default. */
  env?: Env;
  /** Records every request for a transcript. */
  onOutcome?: HttpClientOptions['onOutcome'];
  /** A client of its own, instead of one over the network: a transcript's replay. */
  http?: HttpClient;
}

type Clients = (limits: { maxRetries: number; maxRequests?: number }) => HttpClient;

/**
 * The network for one run: the proxy settings checked, one dispatcher, clients with the run's
 * deadline; every connection closed when the body is done.
 */
async function withClients<T>(
  options: RemoteOptions,
  deps: RemoteDeps,
  integration: Integration,
  onProxyProblems: (findings: Finding[]) => T,
  body: (client: Clients) => Promise<T>,
): Promise<T> {
  const env = deps.env ?? process.env;
  const problems = deps.http ? [] : proxyProblems(env);
  if (problems.length > 0) return onProxyProblems(problems.map((p) => proxyFinding(p.variable, p.problem)));
  const dispatcher = deps.http
    ? undefined
    : (deps.dispatcher ??
      createDefaultDispatcher(phaseLimits(options), connectionPlan(options, integration)));
  const deadlineAt = options.deadlineAt ?? Date.now() + options.timeoutSeconds * 1000;
  const client: Clients = (limits) =>
    deps.http ?? networkClient({ ...limits, deadlineAt }, deps, env, dispatcher as Dispatcher);
  try {
    return await body(client);
  } finally {
    // A request stopped at its time limit may still hold a socket; nothing more is sent.
    if (dispatcher && !deps.dispatcher) dispatcher.destroy().catch(() => {});
  }
}

/** The organization's own client: a cap and retries apart from the checks'. */
const orgClient = (client: Clients, options: RemoteOptions) =>
  client({ maxRetries: Math.min(options.maxRetries, ORG_MAX_RETRIES), maxRequests: ORG_MAX_REQUESTS });

export function createRemoteChecks(options: RemoteOptions, deps: RemoteDeps): RemoteChecks {
  return (integration, context) =>
    withClients(
      options,
      deps,
      integration,
      (findings) => findings,
      async (client) => {
        const http = client({ maxRetries: options.maxRetries });
        const bitbucket = checkBitbucket(integration, bitbucketOptions(options), { http });
        const jira = jiraChecks(integration.jira_credentials, context.jiraRejected, options.jira, () =>
          checkJira(
            integration.jira_credentials as NonNullable<typeof integration.jira_credentials>,
            { http, memberAccountIds: bitbucket.memberAccountIds },
            options.expiries?.jiraKey ? { keyExpiry: options.expiries.jiraKey } : {},
          ),
        );
        const organization = organizationChecks(
          orgClient(client, options),
          options.organization,
          integration.email,
        );
        const [bitbucketFindings, jiraFindings, organizationFindings] = await Promise.all([
          bitbucket.findings,
          jira,
          organization,
        ]);
        return [...bitbucketFindings, ...organizationFindings, ...jiraFindings];
      },
    );
}

/**
 * A run on a fresh proof: the one Bitbucket request (and one Jira request), with the organization's
 * expiries beside them. Undefined when the answers do not confirm the proof: a full check follows.
 */
export function createQuickCheck(options: RemoteOptions, deps: RemoteDeps) {
  return (integration: Integration, proof: Proof, link: string | undefined) =>
    withClients<Finding[] | undefined>(
      options,
      deps,
      integration,
      () => undefined,
      async (client) => {
        const [evidence, organization] = await Promise.all([
          gatherQuick(integration, proof, client({ maxRetries: options.maxRetries })),
          organizationChecks(orgClient(client, options), options.organization, integration.email),
        ]);
        if (!quickConfirms(evidence, proof)) return undefined;
        return [...quickFindings(evidence, proof, link), ...organization];
      },
    );
}

/** The optional expiry source, beside the other checks; it only adds expiry findings. */
async function organizationChecks(
  http: HttpClient,
  organization: RemoteOptions['organization'],
  email: string,
): Promise<Finding[]> {
  if (!organization) return [];
  const evidence = await gatherOrgTokens(http, organization, email);
  return runJudges([orgTokens], evidence, organization);
}

/**
 * The connections each host's widest wave needs, from the plans: Bitbucket's widest level, and the
 * Jira site's first round. Opened together with the host's first request; any other host (the Jira
 * gateway, sent only after a rejection; the organization's API) opens its connections as it asks.
 */
function connectionPlan(options: RemoteOptions, integration: Integration): ConnectionPlan {
  const widths = new Map([[new URL(BITBUCKET_API).origin, widestLevel(options)]]);
  const jira = integration.jira_credentials;
  if (jira && options.jira !== 'skip' && URL.canParse(jira.url)) {
    widths.set(new URL(jira.url).origin, JIRA_FIRST_ROUND);
  }
  return (origin) => widths.get(origin);
}

function phaseLimits(options: RemoteOptions) {
  const budgetMs = options.timeoutSeconds * 1000;
  const requestMs = Math.min(REQUEST_TIMEOUT_MS, budgetMs);
  return { connectMs: Math.min(CONNECT_TIMEOUT_MS, budgetMs), headersMs: requestMs, bodyMs: requestMs };
}

function networkClient(
  limits: { deadlineAt: number; maxRetries: number; maxRequests?: number },
  deps: RemoteDeps,
  env: Env,
  dispatcher: Dispatcher,
): HttpClient {
  return createHttpClient({
    dispatcher,
    deadline: limits.deadlineAt,
    requestTimeoutMs: Math.min(REQUEST_TIMEOUT_MS, Math.max(0, limits.deadlineAt - Date.now())),
    maxRetries: limits.maxRetries,
    ...(limits.maxRequests !== undefined ? { maxRequests: limits.maxRequests } : {}),
    userAgent: USER_AGENT,
    log: deps.log,
    proxyFor: (url) => proxyFor(env, url),
    ...(deps.onExchange ? { onExchange: deps.onExchange } : {}),
    ...(deps.onOutcome ? { onOutcome: deps.onOutcome } : {}),
    ...(deps.backoffBaseMs !== undefined ? { backoffBaseMs: deps.backoffBaseMs } : {}),
  });
}

function bitbucketOptions(options: RemoteOptions) {
  return {
    ...(options.workspace ? { workspace: options.workspace } : {}),
    probeWriteScopes: options.probeWriteScopes,
    ...(options.expiries?.token ? { tokenExpiry: options.expiries.token } : {}),
  };
}

function proxyFinding(variable: string, problem: string): Finding {
  return networkFinding(
    'network.proxy',
    'inconclusive',
    `The environment variable ${variable} ${problem}, so no request was sent to Bitbucket or Jira.`,
    { subject: variable },
  );
}

async function jiraChecks(
  credentials: unknown,
  rejected: boolean,
  mode: RemoteOptions['jira'],
  run: () => Promise<Finding[]>,
): Promise<Finding[]> {
  if (mode === 'skip') {
    return [
      jiraFinding('jira.skipped', 'notice', `${input('jira', 'skip')}: no request was sent to Jira.`, {
        fix: `Set ${input('jira', 'auto')} to check jira_credentials.`,
      }),
    ];
  }
  if (rejected) {
    return [
      jiraFinding(
        'jira.skipped',
        mode === 'required' ? 'error' : 'notice',
        'Jira was not contacted because jira_credentials has structure errors.',
        {
          fix: 'Fix the jira_credentials findings in the document section.',
        },
      ),
    ];
  }
  if (credentials == null) {
    // Without jira_credentials there is no Jira part to judge (the summary says it is not configured),
    // unless `jira: required` asks for them.
    return mode === 'required'
      ? [
          jiraFinding(
            'jira.absent',
            'error',
            `The document has no jira_credentials, and ${input('jira', 'required')} asks for them.`,
            { subject: 'jira_credentials' },
          ),
        ]
      : [];
  }
  return run();
}
