export const id = 307;
export const ids = [307];
export const modules = {

/***/ 3307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateTrackingIssue: () => (/* binding */ updateTrackingIssue)
/* harmony export */ });
/* unused harmony exports TRACKING_MARKER, TRACKING_LABEL, WORKFLOW_TOKEN_LOGIN */
const TRACKING_MARKER = '<!-- entitle-bitbucket-check:tracking-issue -->';
const TRACKING_LABEL = 'entitle-bitbucket-check';
/** Who issues opened with the workflow's GITHUB_TOKEN are by. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
const TITLE = 'Entitle Bitbucket integration is unhealthy';
const EXPIRY_TITLE = 'Entitle Bitbucket credentials expire soon';
const EXPIRY_FINDINGS = new Set(['bitbucket.token_expiry', 'jira.token_expiry', 'organization.token_expiry']);
/** A recorded expiry inside the warning window (or past): worth an issue weeks before it fails. */
function expiryWarning(report) {
    return report.findings.some((f) => EXPIRY_FINDINGS.has(f.id) && f.severity === 'warning');
}
/**
 * The login the token acts as. The workflow's GITHUB_TOKEN may not read `/user` (it answers 403), and
 * what it opens is by github-actions[bot]; any other token names its account.
 */
async function actingLogin(api) {
    try {
        return (await api.users.getAuthenticated()).data.login;
    }
    catch {
        return WORKFLOW_TOKEN_LOGIN;
    }
}
async function findOwn(api, owner, repo, login) {
    const { data } = await api.issues.listForRepo({
        owner,
        repo,
        state: 'open',
        labels: TRACKING_LABEL,
        creator: login,
        per_page: 100,
    });
    return data.find((i) => !i.pull_request && i.user?.login === login && (i.body ?? '').includes(TRACKING_MARKER));
}
async function updateTrackingIssue(api, repository, report, summary, runUrl) {
    const { owner, repo } = repository;
    const open = await findOwn(api, owner, repo, await actingLogin(api));
    const footer = runUrl ? `\n\nLast checked by [this run](${runUrl}).\n` : '\n';
    if (report.status === 'unhealthy' || expiryWarning(report)) {
        const body = `${TRACKING_MARKER}\n${summary}${footer}`;
        if (open) {
            await api.issues.update({ owner, repo, issue_number: open.number, body });
            return { action: 'updated', number: open.number };
        }
        const title = report.status === 'unhealthy' ? TITLE : EXPIRY_TITLE;
        const { data } = await api.issues.create({ owner, repo, title, body, labels: [TRACKING_LABEL] });
        return { action: 'opened', number: data.number };
    }
    if (report.status === 'healthy' && open) {
        await api.issues.createComment({
            owner,
            repo,
            issue_number: open.number,
            body: `The Entitle Bitbucket integration is healthy again.${footer}`,
        });
        await api.issues.update({
            owner,
            repo,
            issue_number: open.number,
            state: 'closed',
            state_reason: 'completed',
        });
        return { action: 'closed', number: open.number };
    }
    return {
        action: 'none',
        reason: open
            ? `status ${report.status}: the open issue #${open.number} is left as it is`
            : `status ${report.status}`,
    };
}


/***/ })

};
