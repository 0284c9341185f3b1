/**
 * Checks of each field's value: placeholders, plausible emails, tokens that could be Atlassian API
 * tokens (and of which kind), and a Jira Cloud site address. No finding quotes the value.
 */
import { APP_PASSWORDS_REMOVED } from '../entitle.js';
import type { Finding } from '../findings.js';
import { valueAt } from '../json-path.js';
import { checkJiraUrl } from './jira-url-check.js';
import type { Locator } from './document-model.js';
import type { Location } from './parse.js';
import { finding } from './structure-words.js';

const PLACEHOLDER = /<[A-Z0-9_ -]+>|\[email(?:\s|&#160;|\u00a0)protected\]/i;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
const WHITESPACE = /\s/;

function placeholder(field: string, location: Location): Finding {
  return finding(
    'structure.placeholder',
    'error',
    `\`${field}\` still holds a placeholder from the documentation instead of a real value.`,
    { subject: field, location },
  );
}

function checkEmail(field: string, value: string, location: Location): Finding {
  if (value.trim() !== value) {
    return finding('structure.email', 'error', `\`${field}\` has whitespace before or after the address.`, {
      subject: field,
      location,
      fix: `Remove the spaces or line breaks around \`${field}\`.`,
    });
  }
  if (!EMAIL.test(value)) {
    return finding('structure.email', 'error', `\`${field}\` is not a plausible email address.`, {
      subject: field,
      location,
    });
  }
  return finding('structure.email', 'pass', `\`${field}\` is a plausible email address.`, { subject: field });
}

function whitespaceIn(field: string, value: string, location: Location): Finding | undefined {
  if (!WHITESPACE.test(value)) return undefined;
  const where = value.trim() !== value ? 'before or after it' : 'inside it';
  return finding(
    'structure.app_token.whitespace',
    'error',
    `\`${field}\` contains whitespace or a line break ${where}; tokens never do.`,
    { subject: field, location },
  );
}

/** Control characters but the line breaks and tab, which the whitespace check names. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Atlassian tokens run to about 190 characters; anything this short is not one, and cannot be masked safely. */
export const MIN_TOKEN_LENGTH = 20;

/**
 * A value that cannot be a token at all: an escaped control character or a lone surrogate (which no
 * token has, and which a masker may not match), or too short to be one (masking it would blank out
 * ordinary words all over the log).
 */
function impossibleToken(field: string, value: string, location: Location): Finding | undefined {
  if (UNPRINTABLE.test(value) || LONE_SURROGATE.test(value)) {
    return finding(
      'structure.token.characters',
      'error',
      `\`${field}\` contains a control character or a broken Unicode sequence, which no API token has.`,
      { subject: field, location },
    );
  }
  if (value.trim().length < MIN_TOKEN_LENGTH) {
    return finding(
      'structure.token.length',
      'error',
      `\`${field}\` is shorter than ${MIN_TOKEN_LENGTH} characters; Atlassian API tokens are much longer.`,
      { subject: field, location },
    );
  }
  return undefined;
}

function checkAppToken(value: string, location: Location): Finding[] {
  const field = 'app_token';
  const impossible = impossibleToken(field, value, location);
  if (impossible) return [impossible];
  const findings: Finding[] = [];
  const space = whitespaceIn(field, value, location);
  if (space) findings.push(space);
  const token = value.trim();
  if (token.startsWith('ATBB')) {
    findings.push(
      finding(
        'structure.app_token.app_password',
        'error',
        `\`app_token\` is a Bitbucket app password (it starts with ATBB). App passwords were removed on ${APP_PASSWORDS_REMOVED}.`,
        { subject: field, location },
      ),
    );
  } else if (token.startsWith('ATCTT')) {
    findings.push(
      finding(
        'structure.app_token.access_token',
        'error',
        '`app_token` is a repository, project or workspace access token (it starts with ATCTT3), not a user API token.',
        { subject: field, location },
      ),
    );
  } else if (token.startsWith('ATATT')) {
    findings.push(
      finding(
        'structure.app_token.prefix',
        'pass',
        '`app_token` has the format of an Atlassian API token (ATATT3…).',
        {
          subject: field,
        },
      ),
    );
  } else {
    findings.push(
      finding(
        'structure.app_token.prefix',
        'warning',
        '`app_token` does not start with ATATT3, as Atlassian API tokens do; it may be some other kind of credential.',
        { subject: field, location },
      ),
    );
  }
  return findings;
}

/** jira_credentials.key: a token at all, and not the Bitbucket one. */
function checkJiraKey(value: string, location: Location, appToken: string | undefined): Finding[] {
  const impossible = impossibleToken('jira_credentials.key', value, location);
  if (impossible) return [impossible];
  const space = whitespaceIn('jira_credentials.key', value, location);
  const out: Finding[] = space ? [space] : [];
  if (value.trim() === appToken?.trim()) {
    const message = '`jira_credentials.key` is the same token as `app_token`.';
    out.push(
      finding('structure.jira.key_reuses_app_token', 'error', message, {
        subject: 'jira_credentials.key',
        location,
      }),
    );
  }
  return out;
}

/** jira_credentials.user: a plausible email, and a notice when it is not the Bitbucket email. */
function checkJiraUser(value: string, location: Location, email: string | undefined): Finding[] {
  const out = [checkEmail('jira_credentials.user', value, location)];
  if (
    email !== undefined &&
    !PLACEHOLDER.test(email) &&
    email.trim().toLowerCase() !== value.trim().toLowerCase()
  ) {
    const message = '`jira_credentials.user` is a different address from `email`.';
    out.push(
      finding('structure.jira.user_differs', 'notice', message, {
        subject: 'jira_credentials.user',
        location,
      }),
    );
  }
  return out;
}

export function fieldChecks(document: Record<string, unknown>, where: Locator): Finding[] {
  const findings: Finding[] = [];
  const stringAt = (path: string[]) => {
    const v = valueAt(document, path);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const check = (path: string[], run: (value: string, location: Location) => Finding | Finding[]) => {
    const value = stringAt(path);
    if (value === undefined) return;
    const location = where.at(path);
    if (PLACEHOLDER.test(value)) {
      findings.push(placeholder(path.join('.'), location));
      return;
    }
    const result = run(value, location);
    findings.push(...(Array.isArray(result) ? result : [result]));
  };
  check(['email'], (v, l) => checkEmail('email', v, l));
  check(['app_token'], checkAppToken);
  check(['jira_credentials', 'url'], checkJiraUrl);
  check(['jira_credentials', 'key'], (v, l) => checkJiraKey(v, l, stringAt(['app_token'])));
  check(['jira_credentials', 'user'], (v, l) => checkJiraUser(v, l, stringAt(['email'])));
  return findings;
}
