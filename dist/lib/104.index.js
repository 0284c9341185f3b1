export const id = 104;
export const ids = [104];
export const modules = {

/***/ 9104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   track: () => (/* binding */ track)
/* harmony export */ });
/* unused harmony exports TRACKING_WORDS, finding */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(856);
/* harmony import */ var _report_face_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4157);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(874);
/**
 * The action's side of the tracking issue: when to touch it, with which client, and what to say when
 * it cannot. A failure here is reported but never changes the credentials' verdict.
 */




const inAction = (f) => (0,_report_face_js__WEBPACK_IMPORTED_MODULE_2__/* .findingInWords */ .IC)(f, 'action');
const { words: TRACKING_WORDS, finding } = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .defineFindings */ .IP)({
    'tracking.issue': {
        section: 'input',
        title: 'Tracking issue',
        cause: `With ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('tracking-issue', 'true')}, the issue could not be opened, updated or closed: usually a token without \`issues: write\`. It never changes the credentials’ verdict.`,
        fix: `Give the job \`permissions: issues: write\`, and keep ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('github-token')} at its default.`,
    },
});
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);
function trackingWarning(status) {
    return finding('tracking.issue', 'warning', status === 403 || status === 404
        ? `The tracking issue could not be updated: the token may not write issues (HTTP ${status}).`
        : `The tracking issue could not be updated${status ? ` (HTTP ${status})` : ''}.`);
}
async function track(env, runner, report, token) {
    if (PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) {
        runner.info('Tracking issue: not updated on pull_request events.');
        return;
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!token || !owner || !repo) {
        (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .emitAnnotations */ .KI)(runner, [
            inAction(finding('tracking.issue', 'warning', `The tracking issue was not updated: ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF)('github-token')} is empty.`, {
                // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user.
                fix: 'Pass `github-token: ${{ github.token }}` (the default) and grant `permissions: issues: write`.',
            })),
        ]);
        return;
    }
    runner.setSecret(token);
    try {
        // Loaded only for runs that keep a tracking issue.
        const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
        const { updateTrackingIssue } = await __webpack_require__.e(/* import() */ 307).then(__webpack_require__.bind(__webpack_require__, 3307));
        const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
            ? `${env.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined;
        const { issues, users } = getOctokit(token).rest;
        const api = { issues, users };
        const result = await updateTrackingIssue(api, { owner, repo }, report, (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSummary */ .B)(report), runUrl);
        runner.info(result.action === 'none'
            ? `Tracking issue: nothing to do (${result.reason}).`
            : `Tracking issue: ${result.action} #${result.number}.`);
    }
    catch (error) {
        (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .emitAnnotations */ .KI)(runner, [inAction(trackingWarning(error.status))]);
    }
}


/***/ })

};
