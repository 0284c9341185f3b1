export const id = 168;
export const ids = [168];
export const modules = {

/***/ 38537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Q: () => (/* binding */ nestingDepth)
/* harmony export */ });
/**
 * How deep JSON text nests, counted without parsing it: every parse of text from outside (a server's
 * answer, a transcript file) is refused past a depth no real answer reaches, so nothing downstream
 * recurses into it. Its own file, so a replay can use it without loading the HTTP stack.
 */
/** Deeper than any Bitbucket, Jira or GitHub answer the checks read. */
const MAX_JSON_DEPTH = 32;
/** The deepest nesting of objects and arrays in JSON text, strings skipped. */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{' || c === '[')
            deepest = Math.max(deepest, ++depth);
        else if (c === '}' || c === ']')
            depth--;
    }
    return deepest;
}


/***/ }),

/***/ 9168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TRANSCRIPT_FORMAT: () => (/* binding */ TRANSCRIPT_FORMAT),
/* harmony export */   parseTranscript: () => (/* binding */ parseTranscript),
/* harmony export */   transcriptSchema: () => (/* binding */ transcriptSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _bitbucket_identifiers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67585);
/* harmony import */ var _net_json_depth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38537);
/* harmony import */ var _structure_check_structure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54125);
/**
 * The transcript format: what Bitbucket and Jira answered in a run, safe to attach to a public issue,
 * and replayable offline. Versioned and documented in docs/transcripts.md.
 */




const TRANSCRIPT_FORMAT = 1;
const entrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    host: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    headers: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
    bodyKind: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const verdictSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    severity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    subject: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const transcriptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(TRANSCRIPT_FORMAT),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    options: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
    /** The run's day, against which recorded expiries were judged; absent in older transcripts. */
    day: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    /** The document's own findings (no values in them), replayed as they were. */
    structure: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(verdictSchema),
    /** Whether the document had jira_credentials, and whether they had structure errors. */
    document: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ jira: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), jiraRejected: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY() }),
    requests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(entrySchema),
    verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), findings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), severity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })) })
        .optional(),
});
const MAX_TRANSCRIPT_DEPTH = 48;
/** A transcript read and validated; a clear reason when it is not one. */
function parseTranscript(text) {
    // A transcript nests a few levels past the answers it holds (each at most MAX_JSON_DEPTH deep).
    if ((0,_net_json_depth_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingDepth */ .Q)(text) > MAX_TRANSCRIPT_DEPTH)
        return { ok: false, reason: 'it nests deeper than a transcript does' };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, reason: 'it is not JSON' };
    }
    const format = typeof value === 'object' && value !== null ? value.format : undefined;
    if (format === undefined) {
        return {
            ok: false,
            reason: "it is not a transcript: a transcript is the file a run writes with --record, or with the action's transcript input",
        };
    }
    if (format !== TRANSCRIPT_FORMAT) {
        return { ok: false, reason: `it is in another format than this version's (format ${TRANSCRIPT_FORMAT})` };
    }
    const result = transcriptSchema.safeParse(value);
    if (result.success) {
        const problem = untrusted(result.data);
        return problem ? { ok: false, reason: problem } : { ok: true, transcript: result.data };
    }
    const issue = result.error.issues[0];
    return {
        ok: false,
        reason: `${issue?.path.join('.') || 'the document'}: ${issue?.message ?? 'not a transcript'}`,
    };
}
const SEVERITIES = new Set(['pass', 'notice', 'warning', 'inconclusive', 'error']);
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/**
 * A transcript is a file from anywhere: it is held to what a run writes. Structure findings name
 * ids this version declares (own properties only), severities from the list, one-line messages; the
 * recorded workspace is a workspace ID. The reason names what is wrong, never the value.
 */
function untrusted(transcript) {
    for (const [i, f] of transcript.structure.entries()) {
        if (!Object.hasOwn(_structure_check_structure_js__WEBPACK_IMPORTED_MODULE_0__/* .STRUCTURE_WORDS */ .Mn, f.id))
            return `structure.${i}.id: not a structure finding of this version`;
        if (!SEVERITIES.has(f.severity))
            return `structure.${i}.severity: not a severity`;
        if (NOT_ONE_LINE.test(f.message) || NOT_ONE_LINE.test(f.subject ?? '')) {
            return `structure.${i}: a message that is not one line of text`;
        }
    }
    for (const [i, f] of (transcript.verdict?.findings ?? []).entries()) {
        if (!/^[a-z]+(\.[a-z_]+)+$/.test(f.id) || !SEVERITIES.has(f.severity))
            return `verdict.findings.${i}: not a finding`;
    }
    for (const [i, r] of transcript.requests.entries()) {
        if (r.bodyKind === 'text' && typeof r.body !== 'string')
            return `requests.${i}.body: a text body that is not text`;
    }
    const { workspace } = transcript.options;
    if (workspace !== undefined && (typeof workspace !== 'string' || !(0,_bitbucket_identifiers_js__WEBPACK_IMPORTED_MODULE_3__/* .isSlug */ .u5)(workspace))) {
        return 'options.workspace: not a workspace ID';
    }
    return undefined;
}


/***/ })

};
