export const id = 232;
export const ids = [232];
export const modules = {

/***/ 87232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ cacheNotice),
/* harmony export */   LB: () => (/* binding */ gatherQuick),
/* harmony export */   Xv: () => (/* binding */ quickConfirms),
/* harmony export */   kP: () => (/* binding */ fullCheckNote),
/* harmony export */   mL: () => (/* binding */ quickFindings)
/* harmony export */ });
/* unused harmony exports quickRequests, PROOF_WORDS */
/* harmony import */ var _bitbucket_bitbucket_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91226);
/* harmony import */ var _bitbucket_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(890);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81001);
/* harmony import */ var _jira_jira_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5460);
/* harmony import */ var _net_outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38963);
/**
 * A run on a fresh proof: only what can change while the credentials stay the same is asked again.
 * One Bitbucket request (the administered workspaces: it proves the token authenticates and the
 * account still administers the workspace the full check probed) and, when Jira was checked, one
 * Jira request (`/rest/api/3/myself`). Anything but a clean answer sends the run to a full check,
 * which says precisely what is wrong: this path only ever confirms.
 */





const WORKSPACES_QUERY = '?administrator=true&pagelen=100';
/** How many requests a run on a fresh proof sends: for the budget, the tests and the bench. */
function quickRequests(proof) {
    return proof.jira ? 2 : 1;
}
async function gatherQuick(integration, proof, http) {
    const jira = proof.jira ? integration.jira_credentials : undefined;
    const [workspaces, myself] = await Promise.all([
        http
            .send({
            method: 'GET',
            url: `${_bitbucket_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .BITBUCKET_API */ .tq}/user/workspaces${WORKSPACES_QUERY}`,
            headers: { authorization: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .basicAuthorization */ .aR)(integration.email, integration.app_token) },
        })
            .then((outcome) => (0,_bitbucket_bitbucket_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .bitbucketFacts */ .TJ)('workspaces', 'GET /2.0/user/workspaces', outcome)),
        jira
            ? http
                .send({
                method: 'GET',
                url: `${new URL(jira.url).origin}/rest/api/3/myself`,
                headers: { authorization: (0,_net_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .basicAuthorization */ .aR)(jira.user, jira.key) },
            })
                .then((outcome) => {
                const host = new URL(jira.url).host;
                return (0,_jira_jira_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .jiraFacts */ .Q1)(host, `GET ${host}/rest/api/3/myself`, outcome);
            })
            : Promise.resolve(undefined),
    ]);
    return { workspaces, myself };
}
/** Whether the quick answers confirm the proof; anything else calls for a full check. */
function quickConfirms(evidence, proof) {
    const { workspaces, myself } = evidence;
    const administered = workspaces.workspacesPage?.administered ?? [];
    const bitbucket = workspaces.status === 200 &&
        workspaces.ownAnswer &&
        (proof.workspace === undefined
            ? administered.length > 0
            : administered.some((slug) => slug.toLowerCase() === proof.workspace?.toLowerCase()));
    const jira = !proof.jira ||
        (myself !== undefined && myself.status === 200 && myself.account !== undefined && !myself.failedLogin);
    return bitbucket && jira;
}
const { words, finding } = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .defineFindings */ .IP)({
    'proof.reused': {
        section: 'input',
        title: 'Earlier proof',
        cause: `With ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)('reuse-proof-hours')} above 0, a run with the same credentials as a healthy full check younger than that sends only what can change (one Bitbucket request, one Jira request) and takes the rest from that check.`,
        fix: `Set ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)('reuse-proof-hours', '0')} to prove everything on every run.`,
    },
    'proof.bitbucket': {
        section: 'bitbucket',
        title: 'Authentication and workspace (now)',
        cause: 'On a fresh proof: the token still authenticates, and the account still administers the workspace.',
        fix: 'A full check runs instead whenever this is not so.',
    },
    'proof.scope': {
        section: 'bitbucket',
        title: 'Scope',
        cause: 'On a fresh proof: each scope, as the full check proved it; a token’s scopes are fixed when it is made.',
        fix: 'A full check runs instead whenever the proof is missing, old or not healthy.',
    },
    'proof.full': {
        section: 'input',
        title: 'Earlier proof',
        cause: `With ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)('reuse-proof-hours')} above 0: why this run proved everything (no proof of these credentials, too old, not healthy, or not confirmed now); a healthy full check is saved as the next runs' proof.`,
        fix: 'Nothing to do: the next healthy full check is reused.',
    },
    'proof.cache': {
        section: 'input',
        title: 'Earlier proof',
        cause: `With ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .hF)('reuse-proof-hours')} above 0, the GitHub Actions cache could not be read or written in time: the run proved everything, and the verdict is its own.`,
        fix: 'Nothing to do if it is rare: the next run tries the cache again. If it recurs, check that the runner reaches the Actions cache service (on self-hosted runners: proxy and firewall).',
    },
    'proof.jira': {
        section: 'jira',
        title: 'Authentication (now)',
        cause: 'On a fresh proof: jira_credentials still authenticate; the rest of the Jira check is taken from the full check.',
        fix: 'A full check runs instead whenever this is not so.',
    },
});
const PROOF_WORDS = (/* unused pure expression or super */ null && (words));
/** Why this run proved everything, in the product's words. */
function fullCheckNote(why) {
    return finding('proof.full', 'pass', `A full check ran: ${why}.`);
}
/** The Actions cache failed: a notice, never a changed verdict. */
function cacheNotice(what, fault) {
    const message = what === 'read'
        ? `The Actions cache could not be read (${fault}), so this run proved everything.`
        : `The proof of this run could not be saved to the Actions cache (${fault}); the next run proves everything.`;
    return finding('proof.cache', 'notice', message);
}
/** The report's findings on a fresh proof: what was asked now, and what the full check proved. */
function quickFindings(evidence, proof, link) {
    const when = `the full check of ${proof.provenAt}${link ? ` (${link})` : ''}`;
    const workspace = proof.workspace ? ` workspace ${proof.workspace}` : ' a workspace';
    return [
        finding('proof.reused', 'pass', `Proven by ${when}; this run re-checked only what can change.`),
        finding('proof.bitbucket', 'pass', `The token still authenticates, and the account still administers${workspace}.`, {
            evidence: [`${evidence.workspaces.line}`],
        }),
        ..._bitbucket_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .REQUIRED_SCOPES */ .k5.map((scope) => finding('proof.scope', 'pass', `Proven by ${when}.`, { scope, evidence: [`proven by ${when}`] })),
        ...(evidence.myself
            ? [
                finding('proof.jira', 'pass', `jira_credentials still authenticate; the rest was proven by ${when}.`, {
                    evidence: [evidence.myself.line],
                }),
            ]
            : []),
    ];
}


/***/ })

};
