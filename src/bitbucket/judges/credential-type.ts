/** Only a user's API token can manage permissions; Bitbucket names the kind in x-credential-type. */
import { finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import {
  type BitbucketEvidence,
  type BitbucketOptions,
  credentialType as reportedType,
} from '../evidence.js';

/** Credential types shown by name; anything else a server sends is not repeated. */
const KNOWN_CREDENTIAL_TYPES = new Set([
  'api_token',
  'app_password',
  'access_token',
  'repository_access_token',
  'project_access_token',
  'workspace_access_token',
  'oauth2',
  'jwt',
  'session',
]);

export const credentialType: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: "The credential is a user's API token",
  reports: ['bitbucket.credential_type'],
  judge: (evidence) => {
    const reported = reportedType(evidence);
    if (!reported || reported.value === 'api_token') return [];
    const kind = KNOWN_CREDENTIAL_TYPES.has(reported.value) ? reported.value : 'another kind';
    return [
      finding(
        'bitbucket.credential_type',
        'error',
        `Bitbucket reports the credential as ${kind}, not a user's API token. Only a user's API token with scopes can manage permissions for Entitle.`,
        { subject: 'app_token', evidence: [reported.evidence] },
      ),
    ];
  },
};
