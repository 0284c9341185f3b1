/** The action's version, sent in the User-Agent. A test keeps it equal to package.json's. */
export const VERSION = '1.1.1';
export const USER_AGENT = `entitle-bitbucket-check/${VERSION} (GitHub Action; checks Entitle's Bitbucket credentials)`;
