/**
 * The remote half of the engine: builds the one HTTP client from the options and runs the Bitbucket
 * and Jira checks concurrently. Loaded only for full runs, so an offline run never loads undici.
 */
import { checkBitbucket } from './bitbucket/checks.js';
import type { RemoteChecks } from './engine.js';
import { type Finding, finding } from './findings.js';
import { createDefaultDispatcher, createHttpClient, type Dispatcher, type Exchange } from './http.js';
import type { Options } from './inputs.js';
import { checkJira } from './jira/checks.js';
import { USER_AGENT } from './version.js';

/** Per-attempt cap; the run's deadline (timeout-seconds) bounds everything together. */
const REQUEST_TIMEOUT_MS = 20_000;

export type RemoteOptions = Pick<
  Options,
  'timeoutSeconds' | 'maxRetries' | 'workspace' | 'probeWriteScopes' | 'jira'
>;

export interface RemoteDeps {
  log: (message: string) => void;
  onExchange?: (exchange: Exchange) => void;
  /** Tests inject their own; production uses the proxy-aware default. */
  dispatcher?: Dispatcher;
  /** Tests shorten the backoff between retries. */
  backoffBaseMs?: number;
}

export function createRemoteChecks(options: RemoteOptions, deps: RemoteDeps): RemoteChecks {
  return async (integration, context) => {
    const http = createHttpClient({
      dispatcher: deps.dispatcher ?? createDefaultDispatcher(),
      deadline: Date.now() + options.timeoutSeconds * 1000,
      requestTimeoutMs: Math.min(REQUEST_TIMEOUT_MS, options.timeoutSeconds * 1000),
      maxRetries: options.maxRetries,
      userAgent: USER_AGENT,
      log: deps.log,
      ...(deps.onExchange ? { onExchange: deps.onExchange } : {}),
      ...(deps.backoffBaseMs !== undefined ? { backoffBaseMs: deps.backoffBaseMs } : {}),
    });
    const bitbucket = checkBitbucket(
      integration,
      {
        ...(options.workspace ? { workspace: options.workspace } : {}),
        probeWriteScopes: options.probeWriteScopes,
      },
      { http },
    );
    const jira = jiraChecks(integration.jira_credentials, context.jiraRejected, options.jira, () =>
      checkJira(integration.jira_credentials as NonNullable<typeof integration.jira_credentials>, {
        http,
        memberAccountIds: bitbucket.memberAccountIds,
      }),
    );
    const [bitbucketFindings, jiraFindings] = await Promise.all([bitbucket.findings, jira]);
    return [...bitbucketFindings, ...jiraFindings];
  };
}

async function jiraChecks(
  credentials: unknown,
  rejected: boolean,
  mode: RemoteOptions['jira'],
  run: () => Promise<Finding[]>,
): Promise<Finding[]> {
  if (mode === 'skip') {
    return [
      finding('jira.skipped', 'notice', '`jira: skip`: no request was sent to Jira.', {
        fix: 'Set `jira: auto` to check jira_credentials.',
      }),
    ];
  }
  if (rejected) {
    return [
      finding(
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
    return mode === 'required'
      ? [
          finding(
            'jira.absent',
            'error',
            'The document has no jira_credentials, and `jira: required` asks for them.',
            { subject: 'jira_credentials' },
          ),
        ]
      : [
          finding(
            'jira.absent',
            'notice',
            'No jira_credentials: Entitle cannot read the email addresses Bitbucket hides, so matching users by email is off.',
            { subject: 'jira_credentials' },
          ),
        ];
  }
  return run();
}
