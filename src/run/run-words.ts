/** The findings the run itself reports: the inputs, and a remote phase that did not finish in time. */
import { BITBUCKET_HOST } from '../bitbucket/plan.js';
import { defineFindings, input } from '../findings.js';

export const { words: RUN_WORDS, finding } = defineFindings({
  'input.invalid': {
    section: 'input',
    title: 'Action input',
    cause: 'An input of the step has a value the action does not accept.',
    fix: 'Use one of the valid values listed in the message.',
  },
  'input.missing': {
    section: 'input',
    title: 'integration-json is empty',
    cause: `The ${input('integration-json')} input is empty: the secret is not set, is named differently, or is not passed to this workflow run.`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user.
    fix: 'Create the secret and pass it as `integration-json: ${{ secrets.ENTITLE_BITBUCKET_INTEGRATION }}`. Secrets are not passed to workflows triggered from forks or by Dependabot; set `if-missing: skip` to skip such runs.',
  },
  'remote.unfinished': {
    section: 'network',
    title: 'Time budget',
    cause: `The remote checks had not finished shortly after the run's time budget (${input('timeout-seconds')}): the run was ended with what was known, and the credentials were not proven.`,
    fix: `Check that the runner reaches ${BITBUCKET_HOST} and your Jira site (proxy variables, firewall), raise ${input('timeout-seconds')} if the network is slow, and run again.`,
  },
});
