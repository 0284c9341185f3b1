/**
 * Checks of each field's value: placeholders, plausible emails, tokens that could be Atlassian API
 * tokens (and of which kind), and a Jira Cloud site address. No finding quotes the value.
 */
import { APP_PASSWORDS_REMOVED, BITBUCKET_TOKEN_FIX, JIRA_TOKEN_FIX, SECRET_HELP } from '../entitle.js';
import { defineFindings, type Finding } from '../findings.js';
import { valueAt } from '../json-path.js';
import type { Judge } from '../judge.js';
import type { DocumentEvidence, Locator } from './document-model.js';
import { checkJiraUrl } from './jira-url-check.js';
import type { Location } from './parse.js';
import { PLACEHOLDER } from './secrets.js';

const { words, finding } = defineFindings({
  'structure.placeholder': {
    section: 'structure',
    title: 'Placeholder value',
    cause:
      'A value is still a placeholder from the documentation, such as <EMAIL>, <APP_TOKEN>, your.email@company.com or https://your-domain.atlassian.net, or the text "[email protected]" that a web page leaves when it hides an address.',
    fix: `Replace the placeholder with the real value. ${SECRET_HELP}`,
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
    cause: `The value starts with ATBB: a Bitbucket app password. App passwords were removed on ${APP_PASSWORDS_REMOVED} and no longer authenticate.`,
    fix: BITBUCKET_TOKEN_FIX,
  },
  'structure.app_token.access_token': {
    section: 'structure',
    title: 'app_token is an access token',
    cause:
      'The value starts with ATCTT3: a repository, project or workspace access token. Those act as a bot, not as a user, and cannot manage permissions for Entitle.',
    fix: BITBUCKET_TOKEN_FIX,
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
});

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

function fieldChecks(document: Record<string, unknown>, where: Locator): Finding[] {
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

/** Each field's value: a real value, not a placeholder, of the form its field takes. */
export const fieldValues: Judge<DocumentEvidence> = {
  name: 'Each field holds a value of its form',
  words,
  reports: [...Object.keys(words), 'structure.jira.url'],
  judge: ({ value, where }) => fieldChecks(value, where),
};
