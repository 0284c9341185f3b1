/**
 * Every finding the action can report, with its default title and fix. The troubleshooting page is
 * generated from this table, so the documentation and the code cannot drift apart.
 */
import { allowlistFix, BITBUCKET_TOKEN_FIX, JIRA_AUTH_FIX, JIRA_TOKEN_FIX } from './entitle.js';
import type { Section } from './findings.js';

export interface CatalogueEntry {
  section: Section;
  title: string;
  /** When the finding is reported. */
  cause: string;
  /** What to do; a finding may give a more specific fix of its own. */
  fix: string;
}

const SECRET_HELP =
  'Update the repository secret that holds the integration JSON (Settings → Secrets and variables → Actions).';

export const catalogue = {
  'input.invalid': {
    section: 'input',
    title: 'Action input',
    cause: 'An input of the step has a value the action does not accept.',
    fix: 'Use one of the valid values listed in the message.',
  },
  'input.missing': {
    section: 'input',
    title: 'integration-json is empty',
    cause:
      'The `integration-json` input is empty: the secret is not set, is named differently, or is not passed to this workflow run.',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user.
    fix: 'Create the secret and pass it as `integration-json: ${{ secrets.ENTITLE_BITBUCKET_INTEGRATION }}`. Secrets are not passed to workflows triggered from forks or by Dependabot; set `if-missing: skip` to skip such runs.',
  },
  'structure.size': {
    section: 'structure',
    title: 'Input size',
    cause: 'The integration JSON is larger than 64 KiB; a real one is well under 1 KiB.',
    fix: `Put only the integration JSON in the secret. ${SECRET_HELP}`,
  },
  'structure.control_character': {
    section: 'structure',
    title: 'Control character',
    cause:
      'The input contains a control character (other than tab, CR or LF), usually from a bad copy and paste.',
    fix: `Retype or re-copy the JSON as plain text. ${SECRET_HELP}`,
  },
  'structure.depth': {
    section: 'structure',
    title: 'Nesting depth',
    cause: 'The JSON nests objects or arrays more deeply than any integration document can.',
    fix: `Use the documented shape: email, app_token and an optional jira_credentials object. ${SECRET_HELP}`,
  },
  'structure.json': {
    section: 'structure',
    title: 'JSON syntax',
    cause: 'The input is not valid JSON.',
    fix: `Correct the JSON at the position given. ${SECRET_HELP}`,
  },
  'structure.not_object': {
    section: 'structure',
    title: 'Document shape',
    cause: 'The JSON is valid but is not an object.',
    fix: 'The secret must hold one JSON object: {"email": "...", "app_token": "...", "jira_credentials": {...}}.',
  },
  'structure.field_missing': {
    section: 'structure',
    title: 'Required field',
    cause: 'A required field is absent.',
    fix: `Add the field. ${SECRET_HELP}`,
  },
  'structure.field_empty': {
    section: 'structure',
    title: 'Empty field',
    cause: 'A required field is an empty string.',
    fix: `Fill in the value. ${SECRET_HELP}`,
  },
  'structure.field_type': {
    section: 'structure',
    title: 'Field type',
    cause: 'A field has the wrong JSON type (for example a number where a string belongs).',
    fix: `Give the field a value of the type named in the message. ${SECRET_HELP}`,
  },
  'structure.unknown_key': {
    section: 'structure',
    title: 'Unknown key',
    cause: 'The document has a key that Entitle does not read; often a misspelt field.',
    fix: 'Rename or remove the key.',
  },
  'structure.duplicate_key': {
    section: 'structure',
    title: 'Duplicate key',
    cause: 'A key appears twice in one object; readers disagree on which value wins.',
    fix: 'Keep one occurrence of the key.',
  },
  'structure.placeholder': {
    section: 'structure',
    title: 'Placeholder value',
    cause:
      'A value is still a placeholder from the documentation, such as <EMAIL> or <APP_TOKEN>, or the text "[email protected]" that a web page leaves when it hides an address.',
    fix: `Replace the placeholder with the real value. ${SECRET_HELP}`,
  },
  'structure.legacy_app_password': {
    section: 'structure',
    title: 'Legacy credentials',
    cause:
      'The document uses the old `user` + `app_password` shape from before Bitbucket app passwords were removed.',
    fix: 'Create an Atlassian API token with scopes for Bitbucket and use {"email": "<your Atlassian account email>", "app_token": "<the token>"}.',
  },
  'structure.email': {
    section: 'structure',
    title: 'Email',
    cause: 'An email field is not a plausible address or has surrounding whitespace.',
    fix: `Use the email address of the Atlassian account, with no spaces around it. ${SECRET_HELP}`,
  },
  'structure.token.characters': {
    section: 'structure',
    title: 'Token characters',
    cause:
      'A token (app_token or jira_credentials.key) holds an escaped control character (such as \\u0000) or a broken Unicode sequence: no API token does, and such a value cannot be masked reliably in the log.',
    fix: `Copy the token again from where it was created, as plain text. ${SECRET_HELP}`,
  },
  'structure.token.length': {
    section: 'structure',
    title: 'Token length',
    cause:
      'A token (app_token or jira_credentials.key) is shorter than 20 characters: Atlassian API tokens run to about 190. It is a placeholder, a truncated copy or something else.',
    fix: `Copy the whole token again (it is one long line). ${SECRET_HELP}`,
  },
  'structure.app_token.whitespace': {
    section: 'structure',
    title: 'app_token whitespace',
    cause: 'The token contains spaces or line breaks, usually from copying it across lines.',
    fix: `Copy the token again as one line, with nothing around it. ${SECRET_HELP}`,
  },
  'structure.app_token.prefix': {
    section: 'structure',
    title: 'app_token format',
    cause: 'Atlassian API tokens start with ATATT3; this one does not look like one.',
    fix: BITBUCKET_TOKEN_FIX,
  },
  'structure.app_token.app_password': {
    section: 'structure',
    title: 'app_token is an app password',
    cause:
      'The value starts with ATBB: a Bitbucket app password. App passwords were removed on 2026-07-28 and no longer authenticate.',
    fix: BITBUCKET_TOKEN_FIX,
  },
  'structure.app_token.access_token': {
    section: 'structure',
    title: 'app_token is an access token',
    cause:
      'The value starts with ATCTT3: a repository, project or workspace access token. Those act as a bot, not as a user, and cannot manage permissions for Entitle.',
    fix: BITBUCKET_TOKEN_FIX,
  },
  'structure.jira.url': {
    section: 'structure',
    title: 'jira_credentials.url',
    cause:
      'The Jira URL must be the https origin of the Jira Cloud site, https://<site>.atlassian.net: Atlassian accepts API tokens only there.',
    fix: 'Set jira_credentials.url to https://<your-site>.atlassian.net.',
  },
  'structure.jira.key_reuses_app_token': {
    section: 'structure',
    title: 'jira_credentials.key',
    cause:
      'jira_credentials.key is the Bitbucket app_token. That token is scoped to Bitbucket; Jira needs a classic API token.',
    fix: JIRA_TOKEN_FIX,
  },
  'structure.jira.user_differs': {
    section: 'structure',
    title: 'jira_credentials.user',
    cause: 'The Jira user differs from the Bitbucket email. That works when intended, but is often a slip.',
    fix: 'Make sure jira_credentials.user is the email of the account that created jira_credentials.key.',
  },
  'structure.valid': {
    section: 'structure',
    title: 'Document structure',
    cause: 'Summary of the structure checks.',
    fix: 'See the other structure findings.',
  },
  'network.proxy': {
    section: 'network',
    title: 'Proxy settings',
    cause:
      'A proxy variable (HTTPS_PROXY, HTTP_PROXY or NO_PROXY, in either case) is set but cannot be used, so no request was sent. The value is never shown: a proxy URL can hold a password.',
    fix: 'Set the variable to the proxy as a URL, http://host:port (with user:password@ before the host if the proxy needs it), or unset it; NO_PROXY takes host names, .domain suffixes and host:port, separated by commas.',
  },
  'network.dns': {
    section: 'network',
    title: 'Host name lookup',
    cause:
      'The runner could not look up the host (ENOTFOUND, EAI_AGAIN): no DNS, a DNS that does not know the name, or a network where only a proxy resolves names. The checks that needed the host were not checked.',
    fix: "Check the runner's DNS. Behind a proxy, set HTTPS_PROXY so the proxy resolves names, and keep the host out of NO_PROXY.",
  },
  'network.unreachable': {
    section: 'network',
    title: 'Connection',
    cause:
      'The host refused or dropped the connection (ECONNREFUSED, ECONNRESET, EHOSTUNREACH, …): a firewall, an egress allowlist, or a proxy that must be used. The checks that needed the host were not checked.',
    fix: 'Let the runner reach the host on port 443 (firewall, egress allowlist); on self-hosted runners that must use a proxy, set HTTPS_PROXY and NO_PROXY.',
  },
  'network.proxy_failed': {
    section: 'network',
    title: 'Proxy',
    cause:
      'The proxy in HTTPS_PROXY refused or failed the tunnel (CONNECT) to the host: wrong host or port, missing proxy credentials, or a proxy that does not allow the host. The checks that needed the host were not checked.',
    fix: 'Check HTTPS_PROXY (host, port, and user:password@ if the proxy needs them) and that the proxy allows CONNECT to the host on port 443.',
  },
  'network.tls': {
    section: 'network',
    title: 'TLS certificate',
    cause:
      'The TLS certificate presented for the host is not trusted, as happens behind a TLS-inspecting proxy whose CA the runner does not know. Certificate errors are not retried. The checks that needed the host were not checked.',
    fix: "Set NODE_EXTRA_CA_CERTS to the TLS-inspecting proxy's CA certificate (a PEM file) on the step or the runner.",
  },
  'network.timeout': {
    section: 'network',
    title: 'No answer in time',
    cause:
      'The host (or the proxy on the way) did not answer within the time limit of a request or of the run (`timeout-seconds`). The checks that needed the host were not checked.',
    fix: 'Check that the runner reaches the host (firewall, proxy, NO_PROXY); raise `timeout-seconds` if the network is slow.',
  },
  'remote.unfinished': {
    section: 'network',
    title: 'Time budget',
    cause:
      "The remote checks had not finished shortly after the run's time budget (`timeout-seconds`): the run was ended with what was known, and the credentials were not proven.",
    fix: 'Check that the runner reaches api.bitbucket.org and your Jira site (proxy variables, firewall), raise `timeout-seconds` if the network is slow, and run again.',
  },
  'remote.skipped': {
    section: 'bitbucket',
    title: 'Remote checks',
    cause:
      'Bitbucket was not contacted: `mode: offline` (inconclusive: the credentials are unproven, so the status is never healthy), or the document has structure errors, or the credentials did not authenticate.',
    fix: 'Fix the structure errors, or use `mode: full` to check the credentials against Bitbucket and Jira.',
  },
  'bitbucket.scope': {
    section: 'bitbucket',
    title: 'Scope',
    cause:
      'The verdict for one of the seven scopes Entitle needs: granted (pass), proven missing (error), or not provable either way (inconclusive).',
    fix: `Scopes cannot be added to an existing token. ${BITBUCKET_TOKEN_FIX}`,
  },
  'bitbucket.auth': {
    section: 'bitbucket',
    title: 'Authentication',
    cause:
      'Whether Bitbucket accepts the email and app_token. A 401 says which: a wrong email or token, or a token that is expired, revoked, or a classic token without scopes.',
    fix: 'Follow the fix in the message: it depends on how Bitbucket rejected the credentials.',
  },
  'bitbucket.credential_type': {
    section: 'bitbucket',
    title: 'Credential type',
    cause: "Bitbucket's x-credential-type header names something other than a user's API token.",
    fix: BITBUCKET_TOKEN_FIX,
  },
  'bitbucket.workspace': {
    section: 'bitbucket',
    title: 'Workspace administration',
    cause:
      'Entitle manages permissions, so the account must administer the workspace. Reported when it administers none, or not the one named in `workspace`.',
    fix: "Make the token's account an administrator of the workspace Entitle manages, or use a token of an account that is.",
  },
  'bitbucket.repository': {
    section: 'bitbucket',
    title: 'Administered repository',
    cause: 'The repository-level probes need one repository the account administers in the workspace.',
    fix: 'Give the account admin access to at least one repository, or name a `workspace` where it has some.',
  },
  'bitbucket.scope_disagreement': {
    section: 'bitbucket',
    title: 'Scope evidence disagrees',
    cause:
      "Bitbucket's list of granted scopes and a probe's answer disagree about a scope. The verdict follows the list (or the refusal), never the more favourable reading.",
    fix: 'Follow the scope verdict; if a new token with every scope still shows this, report it.',
  },
  'bitbucket.extra_scopes': {
    section: 'bitbucket',
    title: 'Extra scopes',
    cause: 'The token holds scopes beyond the seven Entitle needs.',
    fix: 'For least privilege, create a token with only the seven scopes Entitle needs.',
  },
  'bitbucket.ip_allowlist': {
    section: 'bitbucket',
    title: 'IP allowlist',
    cause:
      "Bitbucket refused a workspace or repository request, and its message names the workspace's IP allowlist: the runner's address is not on it. Entitle's own addresses must be on it for Entitle to work.",
    fix: allowlistFix('the workspace'),
  },
  'bitbucket.two_step': {
    section: 'bitbucket',
    title: 'Two-step verification',
    cause:
      'Bitbucket refused a request because the workspace requires two-step verification and the token’s account does not have it on ("To access this repository, enable two-step verification."). Entitle’s requests are refused the same way.',
    fix: 'Turn on two-step verification for the Atlassian account that owns the token (id.atlassian.com → Security), then run again.',
  },
  'bitbucket.auth_method': {
    section: 'bitbucket',
    title: 'Authentication method',
    cause:
      'Bitbucket refused a request for the way the credential authenticates, not for its scopes. Atlassian’s specification still says the permission write and delete accept only app passwords; if Bitbucket enforces that for API tokens, Entitle’s permission changes are refused too.',
    fix: 'Check Bitbucket’s message in the details. Use a user’s API token with scopes (not an access token or app password); if Bitbucket refuses API tokens on this operation, report it to Entitle with the details.',
  },
  'bitbucket.no_access': {
    section: 'bitbucket',
    title: 'Workspace access',
    cause:
      'Bitbucket refused a request because the token has no access to the workspace: API tokens can be limited to some workspaces, or the account is not a member.',
    fix: 'Set `workspace` to the workspace Entitle manages, and create the token for that workspace (or for all), from an account that administers it.',
  },
  'bitbucket.not_admin': {
    section: 'bitbucket',
    title: 'Administrator role',
    cause:
      'Bitbucket refused a request because the account is not an administrator where it was sent. Entitle manages permissions, so the token’s account must administer the workspace and its repositories.',
    fix: "Make the token's account an administrator of the workspace (Workspace settings → User groups), or use a token of an account that is.",
  },
  'bitbucket.refused': {
    section: 'bitbucket',
    title: 'Request refused',
    cause:
      'Bitbucket refused a request for a reason other than scopes that the action does not recognise; its message is shown (scrubbed, one line). The checks that depend on it are inconclusive.',
    fix: 'Read Bitbucket’s message in the finding; resolve what it names and run again. If it names nothing you can change, report it with the details.',
  },
  'bitbucket.write_probe_succeeded': {
    section: 'bitbucket',
    title: 'Write probe succeeded',
    cause:
      'The permission PUT or DELETE, built so that it cannot succeed (a random user id and an invalid permission), was answered with success: something in Bitbucket’s place accepted it, or the service changed. A permission may have changed.',
    fix: "Check the repository's user permissions (Repository settings → Repository permissions) for anything you do not recognise, and report this with the details: a write probe must never succeed.",
  },
  'bitbucket.impostor': {
    section: 'bitbucket',
    title: 'Answer not from Bitbucket',
    cause:
      'A request was answered with success but not with Bitbucket’s JSON (for example an HTML sign-in page): a captive portal, an intercepting proxy or a sign-in gateway answered in Bitbucket’s place. Such an answer proves nothing.',
    fix: 'Check what stands between the runner and api.bitbucket.org (proxy, firewall, network sign-in); the runner must reach Bitbucket itself. Then run again.',
  },
  'bitbucket.write_probes_skipped': {
    section: 'bitbucket',
    title: 'Write probes',
    cause: '`probe-write-scopes: false`: the impossible PUT and DELETE were not sent.',
    fix: 'Set `probe-write-scopes: true` (the default) to prove write:permission and delete:permission by request.',
  },
  'jira.absent': {
    section: 'jira',
    title: 'Jira credentials',
    cause:
      'The document has no jira_credentials. Entitle then cannot read the email addresses Bitbucket hides, so it cannot match Bitbucket users to identities by email. With `jira: required` this is an error.',
    fix: 'Add jira_credentials ({"url": "https://<site>.atlassian.net", "key": "<classic API token>", "user": "<email>"}) if Entitle should match users by email.',
  },
  'jira.skipped': {
    section: 'jira',
    title: 'Jira checks',
    cause:
      'The Jira checks were not run: `mode: offline` (inconclusive: the Jira credentials are unproven), `jira: skip`, or jira_credentials has structure errors.',
    fix: 'Fix the jira_credentials structure errors, or set `jira: auto`.',
  },
  'jira.site': {
    section: 'jira',
    title: 'Jira site',
    cause:
      'Whether jira_credentials.url is a live Jira Cloud site (checked without credentials): missing, renamed (a redirect, never followed), not an Atlassian site, or a site without Jira (its REST API answers 404 marked atl-missing-tcs: Jira was removed or never added).',
    fix: 'Set jira_credentials.url to the address you open Jira with, https://<site>.atlassian.net.',
  },
  'jira.auth': {
    section: 'jira',
    title: 'Jira authentication',
    cause:
      'Whether the site accepts jira_credentials.user and key. Passes only on a 200 with an account and no failing X-Seraph-LoginReason: Jira answers some requests with 200 for rejected credentials.',
    fix: JIRA_AUTH_FIX,
  },
  'jira.captcha': {
    section: 'jira',
    title: 'Jira CAPTCHA',
    cause:
      'Too many failed logins: Jira demands a CAPTCHA and refuses API requests for the account until someone signs in through the browser.',
    fix: 'Sign in once through the browser at the login URL given and solve the CAPTCHA, then run again.',
  },
  'jira.scoped_token': {
    section: 'jira',
    title: 'Jira token kind',
    cause:
      'jira_credentials.key is an API token with scopes: the site refuses it, and the api.atlassian.com gateway accepts it or refuses it with "scope does not match". To tell, the check repeats /myself through the gateway after a 401.',
    fix: JIRA_TOKEN_FIX,
  },
  'jira.account': {
    section: 'jira',
    title: 'Jira account',
    cause: 'The account behind the Jira credentials is not an active, regular Atlassian user account.',
    fix: 'Use the credentials of an active Atlassian user account.',
  },
  'jira.browse_users': {
    section: 'jira',
    title: 'Browse users and groups',
    cause:
      'Whether the account has the global permission Browse users and groups (USER_PICKER). Reading users by account id, as Entitle does, needs only access to Jira, so its absence is a notice: the email check carries the verdict.',
    fix: 'Nothing to do unless the email check fails; if it does, in Jira settings → System → Global permissions, grant Browse users and groups to a group the account is in.',
  },
  'jira.email_visibility': {
    section: 'jira',
    title: 'Email visibility',
    cause:
      "Whether Jira returns the email addresses of a sample of the Bitbucket workspace's members (the token owner excluded: its own email is always visible to itself).",
    fix: "Emails are hidden by users' profile visibility; an organization admin can change it for managed accounts.",
  },
  'jira.token_expiry': {
    section: 'jira',
    title: 'Token expiry',
    cause: 'API tokens expire at most a year after creation, and the API does not tell when.',
    fix: 'Note when the token was created and replace it before a year has passed.',
  },
  'tracking.issue': {
    section: 'input',
    title: 'Tracking issue',
    cause:
      'With `tracking-issue: true`, the issue could not be opened, updated or closed: usually a token without `issues: write`. It never changes the credentials’ verdict.',
    fix: 'Give the job `permissions: issues: write`, and keep `github-token` at its default.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingId = keyof typeof catalogue;
