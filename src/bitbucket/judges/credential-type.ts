/** Only a user's API token can manage permissions; Bitbucket names the kind in x-credential-type. */
import { APP_PASSWORDS_REMOVED, BITBUCKET_TOKEN_FIX } from '../../entitle.js';
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import {
  type BitbucketEvidence,
  type BitbucketOptions,
  credentialType as reportedType,
} from '../bitbucket-evidence.js';
import type { CredentialTypeName } from '../identifiers.js';

const { words, finding } = defineFindings({
  'bitbucket.credential_type': {
    section: 'bitbucket',
    title: 'Credential type',
    cause: "Bitbucket's x-credential-type header names something other than a user's API token.",
    fix: BITBUCKET_TOKEN_FIX,
  },
});

/** Credential types Bitbucket names, in words; anything else a server sends is not repeated. */
const CREDENTIAL_TYPES: Record<Exclude<CredentialTypeName, 'api_token'>, string> = {
  app_password: `an app password (Bitbucket removed app passwords on ${APP_PASSWORDS_REMOVED})`,
  // The app-password era's name for the same thing (seen live in x-credential-type).
  apikey: `an app password (Bitbucket removed app passwords on ${APP_PASSWORDS_REMOVED})`,
  repo_access_token: 'a repository access token',
  project_access_token: 'a project access token',
  workspace_access_token: 'a workspace access token',
  access_token: 'an access token',
  oauth2: 'an OAuth consumer’s token',
  jwt: 'a Connect app (JWT)',
  session: 'a browser session',
};

export const credentialType: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: "The credential is a user's API token",
  words,
  reports: ['bitbucket.credential_type'],
  judge: (evidence) => {
    const reported = reportedType(evidence);
    if (!reported || reported.value === 'api_token') return [];
    const kind = Object.hasOwn(CREDENTIAL_TYPES, reported.value)
      ? CREDENTIAL_TYPES[reported.value as keyof typeof CREDENTIAL_TYPES]
      : 'another kind';
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
