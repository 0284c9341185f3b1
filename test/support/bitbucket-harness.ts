/** Runs the Bitbucket checks in-process against the simulator, through the test proxy and CA. */
import { checkBitbucket } from '../../src/bitbucket/check-bitbucket.js';
import type { Finding } from '../../src/findings.js';
import { createHttpClient, type HttpClientOptions } from '../../src/net/client.js';
import type { Integration } from '../../src/structure/document-model.js';
import type { Cloud } from './cloud.js';

export interface BitbucketCheckRun {
  findings: Finding[];
  members: string[];
  logs: string[];
}

export async function runBitbucketChecks(
  cloud: Cloud,
  integration: Integration,
  options: { workspace?: string; probeWriteScopes?: boolean } = {},
  http: Partial<HttpClientOptions> = {},
): Promise<BitbucketCheckRun> {
  const logs: string[] = [];
  const client = createHttpClient({
    dispatcher: cloud.dispatcher(),
    deadline: Date.now() + 20_000,
    requestTimeoutMs: 5_000,
    maxRetries: 2,
    backoffBaseMs: 10,
    userAgent: 'entitle-bitbucket-check/test',
    log: (m) => logs.push(m),
    ...http,
  });
  const run = checkBitbucket(
    integration,
    {
      probeWriteScopes: options.probeWriteScopes ?? true,
      ...(options.workspace ? { workspace: options.workspace } : {}),
    },
    { http: client },
  );
  const [findings, members] = await Promise.all([run.findings, run.memberAccountIds]);
  return { findings, members, logs };
}
