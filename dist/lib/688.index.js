export const id = 688;
export const ids = [688];
export const modules = {

/***/ 73307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateTrackingIssue: () => (/* binding */ updateTrackingIssue)
/* harmony export */ });
/* unused harmony exports TRACKING_MARKER, TRACKING_LABEL, WORKFLOW_TOKEN_LOGIN */
/* harmony import */ var _report_bounds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45961);

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
/** A fault worth one more try: no answer, a 5xx, a rate limit; never a refusal. */
const transient = (status) => status === undefined || status >= 500 || status === 429;
/**
 * The identity the token acts as, read, never guessed: `/user` names a user's token; an installation
 * token (the workflow's GITHUB_TOKEN, or an app's) may not read it (403) and acts as its bot. A
 * transient fault is tried once more, then given up: the tracking issue is skipped rather than risk a
 * duplicate beside the owner's issue.
 */
async function actingIdentity(api) {
    for (let attempt = 1;; attempt++) {
        try {
            return { kind: 'user', login: (await api.users.getAuthenticated()).data.login };
        }
        catch (error) {
            const status = error.status;
            if (status === 403)
                return { kind: 'bot' };
            if (attempt >= 2 || !transient(status))
                throw error;
        }
    }
}
/** An issue number as the API should send it; anything else is not trusted, nor printed. */
function issueNumber(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
        return value;
    throw Object.assign(new Error('not an issue'), { notAnIssue: true });
}
function ownedBy(issue, identity) {
    const login = issue.user?.login ?? '';
    return identity.kind === 'user'
        ? login === identity.login
        : issue.user?.type === 'Bot' || login === WORKFLOW_TOKEN_LOGIN || login.endsWith('[bot]');
}
async function findOwn(api, owner, repo, identity) {
    const { data } = await api.issues.listForRepo({
        owner,
        repo,
        state: 'open',
        labels: TRACKING_LABEL,
        ...(identity.kind === 'user' ? { creator: identity.login } : {}),
        per_page: 100,
    });
    // The action's only by author, label and marker: anyone can write the marker into an issue.
    const own = data.find((i) => !i.pull_request && ownedBy(i, identity) && (i.body ?? '').includes(TRACKING_MARKER));
    return own && { ...own, number: issueNumber(own.number) };
}
async function updateTrackingIssue(api, repository, report, summary, runUrl) {
    const { owner, repo } = repository;
    const open = await findOwn(api, owner, repo, await actingIdentity(api));
    const footer = runUrl ? `\n\nLast checked by [this run](${runUrl}).\n` : '\n';
    if (report.status === 'unhealthy' || expiryWarning(report)) {
        const room = _report_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .ISSUE_MAX_CHARS */ .xD - TRACKING_MARKER.length - footer.length - 1;
        const body = `${TRACKING_MARKER}\n${(0,_report_bounds_js__WEBPACK_IMPORTED_MODULE_0__/* .cutToChars */ .RD)(summary, room)}${footer}`;
        if (open) {
            await api.issues.update({ owner, repo, issue_number: open.number, body });
            return { action: 'updated', number: open.number };
        }
        const title = report.status === 'unhealthy' ? TITLE : EXPIRY_TITLE;
        const { data } = await api.issues.create({ owner, repo, title, body, labels: [TRACKING_LABEL] });
        return { action: 'opened', number: issueNumber(data.number) };
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
