/**
 * Reading each kind of input: a choice (with a suggestion of the valid value nearest a typo), a whole
 * number in its range, a workspace ID, a calendar day, the organization pair. A problem never quotes
 * the value given: a mistyped workflow could have taken it from a secret.
 */
import { distance } from 'fastest-levenshtein';
import { isSlug } from '../bitbucket/identifiers.js';
import { input } from '../findings.js';
import {
  defaults,
  type Getter,
  type InputName,
  type InputProblem,
  limits,
  type Options,
} from '../inputs/input-specs.js';

/** One reader per kind of input; each records its problem and returns a usable value. */
export function readers(get: Getter, problems: InputProblem[]) {
  return {
    choice: choiceReader(get, problems),
    integer: integerReader(get, problems),
    workspace: () => readWorkspace(get, problems),
    date: (name: 'token-expires-on' | 'jira-key-expires-on') => readDate(get, problems, name),
    organization: () => readOrganization(get, problems),
  };
}

/** Values that check less than the default: never offered as what a typo meant. */
const CHECKS_LESS: Partial<Record<InputName, readonly string[]>> = {
  mode: ['offline'],
  jira: ['skip'],
  'fail-on': ['never'],
  'if-missing': ['skip'],
  'probe-write-scopes': ['false'],
};

function choiceReader(get: Getter, problems: InputProblem[]) {
  return <T extends string>(name: InputName, choices: readonly T[]): T => {
    const raw = get(name).trim();
    const value = (raw === '' ? defaults[name] : raw.toLowerCase()) as T;
    if (choices.includes(value)) return value;
    // The suggestion is a valid value, never the value given: that could be a misplaced secret. One
    // that checks less than the default only for a plain slip (`ofline`), never for a word two
    // letters off (`online` is not `offline`).
    const meant = choices.find(
      (c) => distance(c, raw.toLowerCase()) <= ((CHECKS_LESS[name] ?? []).includes(c) ? 1 : 2),
    );
    problems.push({
      input: name,
      message: `${input(name)} has a value that is not valid.`,
      fix: `${meant ? `Did you mean ${input(name, meant)}? ` : ''}Valid values: ${choices.join(', ')}.`,
    });
    return defaults[name] as T;
  };
}

function integerReader(get: Getter, problems: InputProblem[]) {
  return (name: keyof typeof limits): number => {
    const raw = get(name).trim();
    const text = raw === '' ? defaults[name] : raw;
    const { min, max } = limits[name];
    const value = Number(text);
    if (/^\d+$/.test(text) && value >= min && value <= max) return value;
    problems.push({
      input: name,
      message: `${input(name)} is not a whole number from ${min} to ${max}.`,
      fix: `Set ${input(name)} to a whole number from ${min} to ${max}.`,
    });
    return Number(defaults[name]);
  };
}

function readWorkspace(get: Getter, problems: InputProblem[]): string | undefined {
  {
    const raw = get('workspace').trim();
    if (raw === '') return undefined;
    if (isSlug(raw)) return raw;
    problems.push({
      input: 'workspace',
      message: `${input('workspace')} is not a workspace ID.`,
      fix: `Set ${input('workspace')} to the slug in bitbucket.org/<workspace>/ (letters, digits, -, _ and .), or leave it empty.`,
    });
    return undefined;
  }
}

function readDate(
  get: Getter,
  problems: InputProblem[],
  name: 'token-expires-on' | 'jira-key-expires-on',
): string | undefined {
  {
    const raw = get(name).trim();
    if (raw === '') return undefined;
    if (isCalendarDay(raw)) return raw;
    problems.push({
      input: name,
      message: `${input(name)} is not a calendar day written YYYY-MM-DD.`,
      fix: `Set ${input(name)} to the expiry date shown when the token was made, such as 2027-03-01, or leave it empty.`,
    });
    return undefined;
  }
}

function readOrganization(get: Getter, problems: InputProblem[]): Options['organization'] {
  {
    const orgId = get('atlassian-org-id').trim();
    const adminKey = get('atlassian-admin-key').trim();
    if (orgId === '' && adminKey === '') return undefined;
    const missing = orgId === '' ? 'atlassian-org-id' : adminKey === '' ? 'atlassian-admin-key' : undefined;
    if (missing) {
      problems.push({
        input: missing,
        message: `${input(missing)} is empty, and the other of ${input('atlassian-org-id')} and ${input('atlassian-admin-key')} is set.`,
        fix: 'Set both to read token expiries from the organization, or neither.',
      });
      return undefined;
    }
    if (/^[A-Za-z0-9-]{1,64}$/.test(orgId)) return { orgId, adminKey };
    problems.push({
      input: 'atlassian-org-id',
      message: `${input('atlassian-org-id')} is not an organization ID.`,
      fix: `Set ${input('atlassian-org-id')} to the ID shown with the admin API key (admin.atlassian.com → Settings → API keys).`,
    });
    return undefined;
  }
}

/** `2027-02-28`, but not `2027-02-31` nor `31/02/2027`: a day that exists, written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
