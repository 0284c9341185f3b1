/** Remote checks against Bitbucket Cloud and Jira Cloud. */
import type { RemoteChecks } from './engine.js';
import { finding } from './findings.js';

export function createRemoteChecks(_env: NodeJS.ProcessEnv): RemoteChecks {
  return async () => [
    finding('remote.skipped', 'inconclusive', 'Remote checks are not available in this build.', {
      fix: 'Use `mode: offline`.',
    }),
  ];
}
