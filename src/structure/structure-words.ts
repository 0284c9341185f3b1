/** The findings of the structure checks: what each means and its default fix. */
import { APP_PASSWORDS_REMOVED, BITBUCKET_TOKEN_FIX, JIRA_TOKEN_FIX, SECRET_HELP } from '../entitle.js';
import { defineFindings } from '../findings.js';

export const { words: STRUCTURE_WORDS, finding } = defineFindings({
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
});
