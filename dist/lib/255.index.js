export const id = 255;
export const ids = [255];
export const modules = {

/***/ 45255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCacheStore: () => (/* binding */ actionsCacheStore)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _proof_proof_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87433);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75242);
/**
 * Where the action keeps proofs: the GitHub Actions cache, through @actions/cache's public API
 * (`restoreCache`, `saveCache`), loaded only by runs with `reuse-proof-hours` above 0. A key per run,
 * `entitle-bitbucket-check-proof-<fingerprint>-<run id>`, restored by its prefix: the newest proof of
 * the same credentials, from this branch or the default branch (the cache's own scoping).
 *
 * The library reports its faults through @actions/core, which writes workflow commands to stdout: a
 * 5xx would become the job's error annotation, in the library's words and with server text in it.
 * Once it is loaded, stdout is the runner's alone (the runner writes through its own handle), and what
 * the library writes is read only for whether it reported a fault. Every call is held to a deadline;
 * a call given up may still be running, which the action's exit ends.
 */





/** Faults the library reported (an `::error::` or `::warning::` line) since it was loaded. */
let reportedFaults = 0;
let loaded;
/** Loads the library once, and from then on keeps what it writes off the job's log. */
function loadCache() {
    loaded ??= __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 64305)).then((cache) => {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .keepStdoutForRunner */ .sr)();
        process.stdout.write = ((chunk, ...rest) => {
            const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
            if (/^::(error|warning)\b/m.test(text))
                reportedFaults++;
            const callback = rest.find((r) => typeof r === 'function');
            callback?.();
            return true;
        });
        return cache;
    });
    return loaded;
}
/** The step within its deadline; a fault in the product's words, never the library's. */
async function within(deadlineAt, step) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ fault: 'it did not answer in time' }), Math.max(0, deadlineAt - Date.now()));
    });
    const running = step().then((value) => ({ value }), () => ({ fault: 'the cache library failed' }));
    try {
        return await Promise.race([running, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** At most one byte past the limit of the file, and only a regular file: never a link. */
function readBounded(file) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file).isFile())
            return undefined;
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        try {
            const buffer = Buffer.alloc(_proof_proof_format_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PROOF_BYTES */ .uc + 1);
            const length = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, 0);
            return buffer.subarray(0, length).toString('utf8');
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch {
        return undefined;
    }
}
function actionsCacheStore(env) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'entitle-bitbucket-check-proof');
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'proof.json');
    const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : '0';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const server = env.GITHUB_SERVER_URL ?? '';
    const fresh = () => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    };
    return {
        runId,
        ...(server && repository
            ? { runLink: (id) => `${server}/${repository}/actions/runs/${id}` }
            : {}),
        restore: async (fingerprint, deadlineAt) => {
            const result = await within(deadlineAt, async () => {
                fresh();
                const cache = await loadCache();
                const before = reportedFaults;
                const key = await cache.restoreCache([dir], `${_proof_proof_format_js__WEBPACK_IMPORTED_MODULE_3__/* .PROOF_KEY_PREFIX */ .yF}${fingerprint}-${runId}`, [
                    `${_proof_proof_format_js__WEBPACK_IMPORTED_MODULE_3__/* .PROOF_KEY_PREFIX */ .yF}${fingerprint}-`,
                ]);
                if (reportedFaults > before)
                    return { fault: 'the cache service reported a fault' };
                return key === undefined ? {} : { text: readBounded(file) };
            });
            return result.fault ? { fault: result.fault } : (result.value ?? {});
        },
        save: async (fingerprint, text, deadlineAt) => {
            const result = await within(deadlineAt, async () => {
                fresh();
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, text, { mode: 0o600 });
                const cache = await loadCache();
                const before = reportedFaults;
                await cache.saveCache([dir], `${_proof_proof_format_js__WEBPACK_IMPORTED_MODULE_3__/* .PROOF_KEY_PREFIX */ .yF}${fingerprint}-${runId}`);
                return reportedFaults > before ? { fault: 'the cache service reported a fault' } : {};
            });
            return { ...(result.fault ? { fault: result.fault } : {}), ...(result.value ?? {}) };
        },
    };
}


/***/ }),

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


/***/ })

};
