export const id = 307;
export const ids = [307,232];
export const modules = {

/***/ 87433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uc: () => (/* binding */ MAX_PROOF_BYTES),
  yF: () => (/* binding */ PROOF_KEY_PREFIX),
  r_: () => (/* binding */ makeProof),
  $q: () => (/* binding */ proofFingerprint),
  r$: () => (/* binding */ readProof)
});

// UNUSED EXPORTS: PROOF_FORMAT

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

;// CONCATENATED MODULE: ./src/proof/proof-format.ts
/**
 * A proof: what a healthy full check proved, kept in the GitHub Actions cache so that later runs with
 * the same credentials need only re-prove what can change while the credentials stay the same (that
 * the token still authenticates and the account still administers the workspace). A token's scopes
 * are fixed when it is made, and new credentials are a new fingerprint.
 *
 * A restored entry is a file anyone with push access could have written: it is trusted only when it
 * parses, is small, has this format and this fingerprint, says healthy and is young enough. Nothing
 * in it is shown: the run shows its own words, with the time it was proven.
 */


const PROOF_FORMAT = 1;
const PROOF_KEY_PREFIX = 'entitle-bitbucket-check-proof-';
/** A proof is a report of a dozen findings: a few KiB. Anything larger is not one. */
const MAX_PROOF_BYTES = 256 * 1024;
/** SHA-256 over the format, the credentials and the workspace input, cut to 32 hex characters. */
function proofFingerprint(integration, workspace) {
    const material = JSON.stringify([
        PROOF_FORMAT,
        integration.email,
        integration.app_token,
        workspace ?? '',
        integration.jira_credentials ?? null,
    ]);
    return (0,external_node_crypto_.createHash)('sha256').update(material).digest('hex').slice(0, 32);
}
const proofSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(PROOF_FORMAT),
    fingerprint: schemas/* string */.YjP().regex(/^[0-9a-f]{32}$/),
    provenAt: datetime(),
    /** The run that proved it, by number: its link is made from this run's own repository. */
    runId: schemas/* string */.YjP()
        .regex(/^\d{1,20}$/)
        .optional(),
    /** The workspace the full check probed: the one re-proven as administered. */
    workspace: schemas/* string */.YjP().max(100).optional(),
    /** Whether jira_credentials were checked, so the same Jira request is sent again. */
    jira: schemas/* boolean */.zMY(),
    report: schemas/* object */.Ikc({ status: schemas/* literal */.euz('healthy') }).passthrough(),
});
/** A restored entry, held to what a run writes; `why` is in the product's words, never the entry's. */
function readProof(text, expected) {
    if (text === undefined)
        return { ok: false, why: 'no earlier proof of these credentials was found' };
    if (Buffer.byteLength(text, 'utf8') > MAX_PROOF_BYTES)
        return { ok: false, why: 'the cached proof is too large' };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, why: 'the cached proof is not JSON' };
    }
    const parsed = proofSchema.safeParse(value);
    if (!parsed.success)
        return { ok: false, why: 'the cached entry is not a healthy proof of this format' };
    const proof = parsed.data;
    if (proof.fingerprint !== expected.fingerprint)
        return { ok: false, why: 'the cached proof is of other credentials' };
    const age = expected.now.getTime() - Date.parse(proof.provenAt);
    if (age < 0)
        return { ok: false, why: 'the cached proof is dated in the future' };
    if (age > expected.maxAgeHours * 3_600_000)
        return { ok: false, why: `the last full proof is older than ${expected.maxAgeHours} hours` };
    return { ok: true, proof };
}
/** The proof of a healthy full run, as it is saved. */
function makeProof(fields) {
    return JSON.stringify({ format: PROOF_FORMAT, ...fields });
}


/***/ }),

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


/***/ }),

/***/ 35307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeWithProof: () => (/* binding */ judgeWithProof)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81001);
/* harmony import */ var _proof_proof_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87433);
/* harmony import */ var _proof_quick_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87232);
/* harmony import */ var _scrub_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62056);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71022);
/* harmony import */ var _judge_document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38814);
/**
 * `reuse-proof-hours`: a run first looks for a proof of the same credentials (the Actions cache, in
 * the action). A healthy one younger than the setting is confirmed with one Bitbucket request (and
 * one Jira request); anything else runs the full check, and a healthy full check is saved as the next
 * runs' proof. A cache fault is a notice and never changes a verdict; every step keeps to the deadline.
 */






/** The most the cache may take to answer, and at most a quarter of what is left of the budget. */
const CACHE_STEP_MS = 10_000;
async function judgeWithProof(structure, options, io, settings, store) {
    const integration = structure.integration;
    if (!store || options.reuseProofHours === 0 || options.mode !== 'full' || !integration)
        return (0,_judge_document_js__WEBPACK_IMPORTED_MODULE_5__/* .judgeDocument */ .h8)(structure, options, io, settings);
    const fingerprint = (0,_proof_proof_format_js__WEBPACK_IMPORTED_MODULE_1__/* .proofFingerprint */ .$q)(integration, options.workspace);
    const share = Math.min(CACHE_STEP_MS, (settings.checksDeadlineAt - Date.now()) / 4);
    const restored = await store.restore(fingerprint, Date.now() + Math.max(0, share));
    const verdict = (0,_proof_proof_format_js__WEBPACK_IMPORTED_MODULE_1__/* .readProof */ .r$)(restored.text, {
        fingerprint,
        now: settings.now,
        maxAgeHours: options.reuseProofHours,
    });
    if (verdict.ok) {
        const link = store.runLink && verdict.proof.runId ? store.runLink(verdict.proof.runId) : undefined;
        const { createQuickCheck } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(303)]).then(__webpack_require__.bind(__webpack_require__, 27303));
        const quick = await createQuickCheck((0,_judge_document_js__WEBPACK_IMPORTED_MODULE_5__/* .remoteOptionsOf */ .kE)(options, settings), {
            ...io.network,
            log: (message) => io.log(settings.scrub(message)),
        })(integration, verdict.proof, link);
        if (quick)
            return { report: confirmedReport(structure, verdict.proof, quick, options, settings) };
    }
    const why = restored.fault
        ? (0,_proof_quick_check_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheNotice */ .H7)('read', restored.fault)
        : (0,_proof_quick_check_js__WEBPACK_IMPORTED_MODULE_2__/* .fullCheckNote */ .kP)(verdict.ok ? 'the credentials did not confirm the earlier proof' : verdict.why);
    const full = await (0,_judge_document_js__WEBPACK_IMPORTED_MODULE_5__/* .judgeDocument */ .h8)(structure, options, io, { ...settings, extra: [why] });
    // A cache that just failed is not asked again: one fault, one notice, and no time spent on it.
    if (full.report.status !== 'healthy' || restored.fault)
        return full;
    return { ...full, report: await saved(full.report, fingerprint, settings, store) };
}
/** The report of a run on a fresh proof: the structure, what was asked now, the recorded expiries. */
function confirmedReport(structure, proof, quick, options, settings) {
    const expiries = (0,_expiry_js__WEBPACK_IMPORTED_MODULE_4__/* .recordedExpiries */ .S1)(options, settings.now);
    const findings = [...structure.findings, ...quick, ...(0,_expiry_js__WEBPACK_IMPORTED_MODULE_4__/* .expiriesNotJudged */ .mP)(expiries, quick, 'accepted')];
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .buildReport */ .FK)(findings.map((f) => (0,_scrub_js__WEBPACK_IMPORTED_MODULE_3__/* .scrubFinding */ .Th)(f, settings.scrub)), { expiry: { inDays: (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .fewestDaysLeft */ .zj)(findings) }, provenAt: proof.provenAt });
}
/** Saves a healthy full check as the next runs' proof; a fault becomes a notice in a new report. */
async function saved(report, fingerprint, settings, store) {
    const workspace = report.findings.find((f) => f.id === 'bitbucket.workspace' && f.severity === 'pass');
    const text = (0,_proof_proof_format_js__WEBPACK_IMPORTED_MODULE_1__/* .makeProof */ .r_)({
        fingerprint,
        provenAt: settings.now.toISOString(),
        ...(store.runId ? { runId: store.runId } : {}),
        ...(workspace?.subject ? { workspace: workspace.subject } : {}),
        jira: report.findings.some((f) => f.id === 'jira.auth' && f.severity === 'pass'),
        report: { ...report, status: 'healthy' },
    });
    const left = settings.checksDeadlineAt - Date.now();
    const { fault } = left > 0
        ? await store.save(fingerprint, text, Date.now() + Math.min(CACHE_STEP_MS, left))
        : { fault: 'no time was left within timeout-seconds' };
    if (!fault)
        return report;
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .buildReport */ .FK)([...report.findings, (0,_proof_quick_check_js__WEBPACK_IMPORTED_MODULE_2__/* .cacheNotice */ .H7)('saved', fault)], {
        ...(report.expiry ? { expiry: report.expiry } : {}),
        provenAt: report.provenAt,
    });
}


/***/ })

};
