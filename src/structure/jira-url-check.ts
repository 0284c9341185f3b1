/**
 * jira_credentials.url must be a Jira Cloud site's own address, https://<site>.atlassian.net:
 * Atlassian accepts API tokens only there, and over https only.
 */
import { defineFindings, type Finding } from '../findings.js';
import type { Location } from './parse.js';

/** The one ending of a Jira Cloud site's host: `<site>.atlassian.net`. */
export const SITE_SUFFIX = '.atlassian.net';

export const { words: JIRA_URL_WORDS, finding } = defineFindings({
  'structure.jira.url': {
    section: 'structure',
    title: 'jira_credentials.url',
    cause:
      'The Jira URL must be the https origin of the Jira Cloud site, https://<site>.atlassian.net: Atlassian accepts API tokens only there.',
    fix: 'Set jira_credentials.url to https://<your-site>.atlassian.net.',
  },
});

export function checkJiraUrl(value: string, location: Location): Finding {
  const field = 'jira_credentials.url';
  const bad = (message: string, fix?: string) =>
    finding('structure.jira.url', 'error', message, { subject: field, location, ...(fix ? { fix } : {}) });
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return bad('`jira_credentials.url` is not a URL.');
  }
  if (value.trim() !== value) return bad('`jira_credentials.url` has whitespace before or after it.');
  if (url.protocol === 'http:') {
    return bad(
      '`jira_credentials.url` uses http:, which would send the credentials unencrypted.',
      'Use https://.',
    );
  }
  if (url.protocol !== 'https:') return bad('`jira_credentials.url` must be an https:// address.');
  if (url.username !== '' || url.password !== '') {
    return bad(
      '`jira_credentials.url` has a user name or password in it.',
      'Keep only https://<site>.atlassian.net.',
    );
  }
  const host = url.hostname.toLowerCase();
  if (host === 'api.atlassian.com') {
    return bad(
      '`jira_credentials.url` is an api.atlassian.com gateway address. Entitle calls the site itself with a classic API token.',
      'Use the site address, https://<site>.atlassian.net (the one you open Jira with).',
    );
  }
  if (!host.endsWith(SITE_SUFFIX) || host.split('.').length !== 3 || url.port !== '') {
    return bad(
      '`jira_credentials.url` is not a Jira Cloud site address. Atlassian accepts API tokens only on the site’s own <site>.atlassian.net address, not on custom domains or other hosts.',
    );
  }
  const origin = `https://${host}`;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return finding(
      'structure.jira.url',
      'warning',
      `\`jira_credentials.url\` has a path after the site address; Entitle needs only the origin, ${origin}.`,
      { subject: field, location, fix: `Set jira_credentials.url to ${origin}.` },
    );
  }
  return finding(
    'structure.jira.url',
    'pass',
    `\`jira_credentials.url\` is a Jira Cloud site address (${origin}).`,
    {
      subject: field,
    },
  );
}
