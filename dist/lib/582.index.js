export const id = 582;
export const ids = [582];
export const modules = {

/***/ 4582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateTrackingIssue: () => (/* binding */ updateTrackingIssue)
/* harmony export */ });
/* unused harmony export TRACKING_MARKER */
const TRACKING_MARKER = '<!-- entitle-bitbucket-check:tracking-issue -->';
const TITLE = 'Entitle Bitbucket integration is unhealthy';
const MAX_PAGES = 3;
async function findOpen(api, owner, repo) {
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await api.listForRepo({ owner, repo, state: 'open', per_page: 100, page });
        const found = data.find((i) => !i.pull_request && (i.body ?? '').includes(TRACKING_MARKER));
        if (found || data.length < 100)
            return found;
    }
    return undefined;
}
async function updateTrackingIssue(api, repository, report, summary, runUrl) {
    const { owner, repo } = repository;
    const open = await findOpen(api, owner, repo);
    const footer = runUrl ? `\n\nLast checked by [this run](${runUrl}).\n` : '\n';
    if (report.status === 'unhealthy') {
        const body = `${TRACKING_MARKER}\n${summary}${footer}`;
        if (open) {
            await api.update({ owner, repo, issue_number: open.number, body });
            return { action: 'updated', number: open.number };
        }
        const { data } = await api.create({ owner, repo, title: TITLE, body });
        return { action: 'opened', number: data.number };
    }
    if (report.status === 'healthy' && open) {
        await api.createComment({
            owner,
            repo,
            issue_number: open.number,
            body: `The Entitle Bitbucket integration is healthy again.${footer}`,
        });
        await api.update({ owner, repo, issue_number: open.number, state: 'closed', state_reason: 'completed' });
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
