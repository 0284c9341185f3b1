/**
 * The step's inputs: the one list of them (the source for action.yml's and the README's tables, the
 * CLI's flags and its help), their limits, and the options they give. Data and types only, importing
 * nothing, so that a finding can name an input by its typed name: reading them is run/options.ts's,
 * with the readers of run/input-readers.ts.
 */
/** The lowest severity that fails the step; `never` for none. */
export const failOnLevels = ['error', 'inconclusive', 'warning', 'never'] as const;
export type FailOn = (typeof failOnLevels)[number];

export const ifMissingChoices = ['fail', 'skip'] as const;
export const modeChoices = ['full', 'offline'] as const;
export const booleanChoices = ['true', 'false'] as const;
export const jiraChoices = ['auto', 'required', 'skip'] as const;

export const limits = {
  'timeout-seconds': { min: 1, max: 600 },
  'max-retries': { min: 0, max: 10 },
  'expiry-warning-days': { min: 1, max: 366 },
  'reuse-proof-hours': { min: 0, max: 168 },
} as const;

/** How the CLI takes an input: a flag of the same name, or why it has none. */
export type CliForm = { flag: true; value: string; help: string } | { flag: false; why: string };

export interface InputSpec {
  name: string;
  /** As in action.yml; '' for none. */
  default: string;
  required?: true;
  cli: CliForm;
}

export const inputSpecs = [
  {
    name: 'integration-json',
    default: '',
    required: true,
    cli: {
      flag: false,
      why: 'the CLI reads the JSON from --file, standard input or ENTITLE_BITBUCKET_INTEGRATION',
    },
  },
  {
    name: 'fail-on',
    default: 'error',
    cli: {
      flag: true,
      value: 'LEVEL',
      help: `${failOnLevels.join(' | ')}: the lowest severity that exits 1`,
    },
  },
  {
    name: 'if-missing',
    default: 'fail',
    cli: { flag: true, value: 'WHAT', help: `${ifMissingChoices.join(' | ')}: what no JSON at all does` },
  },
  { name: 'mode', default: 'full', cli: { flag: true, value: 'MODE', help: modeChoices.join(' | ') } },
  {
    name: 'summary',
    default: 'true',
    cli: { flag: false, why: 'a job summary exists only in GitHub Actions' },
  },
  {
    name: 'timeout-seconds',
    default: '60',
    cli: { flag: true, value: 'N', help: 'time budget for the whole run, in seconds (1 to 600)' },
  },
  {
    name: 'max-retries',
    default: '2',
    cli: {
      flag: true,
      value: 'N',
      help: 'further attempts after a network error, 429, 502, 503 or 504 (0 to 10)',
    },
  },
  {
    name: 'workspace',
    default: '',
    cli: {
      flag: true,
      value: 'ID',
      help: 'the Bitbucket workspace to probe (default: the first administered one)',
    },
  },
  {
    name: 'probe-write-scopes',
    default: 'true',
    cli: { flag: true, value: 'BOOL', help: 'true | false: send the impossible PUT and DELETE' },
  },
  { name: 'jira', default: 'auto', cli: { flag: true, value: 'MODE', help: jiraChoices.join(' | ') } },
  {
    name: 'token-expires-on',
    default: '',
    cli: { flag: true, value: 'DATE', help: "app_token's expiry, YYYY-MM-DD, as chosen when it was made" },
  },
  {
    name: 'jira-key-expires-on',
    default: '',
    cli: { flag: true, value: 'DATE', help: "jira_credentials.key's expiry, YYYY-MM-DD" },
  },
  {
    name: 'expiry-warning-days',
    default: '30',
    cli: { flag: true, value: 'N', help: 'warn this many days before a recorded expiry (1 to 366)' },
  },
  {
    name: 'atlassian-org-id',
    default: '',
    cli: {
      flag: true,
      value: 'ID',
      help: "an Atlassian organization ID: read the account's token expiries from it, with the admin key in ATLASSIAN_ADMIN_KEY",
    },
  },
  {
    name: 'atlassian-admin-key',
    default: '',
    cli: {
      flag: false,
      why: 'an organization admin key is a secret, and a command line is visible to other processes: the CLI reads it from the ATLASSIAN_ADMIN_KEY variable',
    },
  },
  {
    name: 'transcript',
    default: '',
    cli: {
      flag: false,
      why: 'the CLI records a transcript with --record FILE and replays one with --replay FILE',
    },
  },
  {
    name: 'reuse-proof-hours',
    default: '0',
    cli: { flag: false, why: 'a proof is kept in the GitHub Actions cache, which only a workflow reaches' },
  },
  {
    name: 'tracking-issue',
    default: 'false',
    cli: { flag: false, why: 'the tracking issue belongs to a repository that a workflow runs in' },
  },
  {
    name: 'github-token',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as in action.yml.
    default: '${{ github.token }}',
    cli: { flag: false, why: 'it serves only the tracking issue' },
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof inputSpecs)[number]['name'];

export const defaults = Object.fromEntries(inputSpecs.map((s) => [s.name, s.default])) as Record<
  InputName,
  string
>;

export interface Options {
  integrationJson: string;
  failOn: FailOn;
  ifMissing: (typeof ifMissingChoices)[number];
  mode: (typeof modeChoices)[number];
  summary: boolean;
  /** Budget for the whole run, in seconds. */
  timeoutSeconds: number;
  maxRetries: number;
  /** Bitbucket workspace ID (slug) to probe; empty means the first administered one. */
  workspace: string | undefined;
  probeWriteScopes: boolean;
  jira: (typeof jiraChoices)[number];
  /** The day app_token expires (YYYY-MM-DD), as its owner recorded it; undefined when not recorded. */
  tokenExpiresOn: string | undefined;
  /** The day jira_credentials.key expires (YYYY-MM-DD); undefined when not recorded. */
  jiraKeyExpiresOn: string | undefined;
  /** How many days before a recorded expiry the run warns. */
  expiryWarningDays: number;
  /**
   * An organization whose API Access REST API the run may read the account's token expiries from,
   * with an organization admin API key (a secret, masked like the credentials).
   */
  organization: { orgId: string; adminKey: string } | undefined;
  /** Hours a healthy full check may be reused for by runs with the same credentials; 0: never. */
  reuseProofHours: number;
  trackingIssue: boolean;
  githubToken: string;
  /** Where to write a transcript of the run; undefined for none. */
  transcript: string | undefined;
}

export interface InputProblem {
  input: InputName;
  /** What is wrong; never the value, which a mistyped workflow could have taken from a secret. */
  message: string;
  fix: string;
}

export type InputResult =
  | { ok: true; options: Options }
  | { ok: false; problems: InputProblem[]; partial: Options };

export type Getter = (name: InputName) => string;
