export const id = 908;
export const ids = [908];
export const modules = {

/***/ 7908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   replayFindings: () => (/* binding */ replayFindings)
/* harmony export */ });
/* unused harmony exports NOT_RECORDED, createReplayClient */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6803);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4846);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9480);
/* harmony import */ var _transcript_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9121);
/**
 * Replays a transcript: an HTTP client that answers each request from what was recorded, with no
 * network. Requests are matched by method, host and path as the transcript writes them; the values in
 * a replayed run are the transcript's pseudonyms already, so they are matched as they are. Of the
 * attempts of one request, the last is what the checks saw. A request the transcript lacks is
 * answered "not recorded", which leaves the checks that need it not checked.
 */




/** Names that are already pseudonyms: every value stands for itself. */
class AsRecorded extends _transcript_js__WEBPACK_IMPORTED_MODULE_3__/* .Pseudonyms */ ._n {
    of(_kind, value) {
        return value;
    }
}
const NOT_RECORDED = 'NOT_RECORDED';
function outcomeOf(entry) {
    const network = /^network \((.+)\)$/.exec(entry.outcome);
    if (network) {
        const code = network[1];
        return { kind: 'network', attempts: 1, code, description: (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .describeNetworkCode */ .PO)(code) };
    }
    if (entry.outcome === 'timeout')
        return { kind: 'timeout', attempts: 1, timeoutMs: 20_000 };
    if (entry.outcome !== 'response')
        return { kind: 'deadline', attempts: 1 };
    const kind = entry.bodyKind ?? 'empty';
    const body = kind === 'json'
        ? { kind: 'json', value: entry.body }
        : kind === 'text'
            ? { kind: 'text', text: String(entry.body ?? '') }
            : { kind: kind === 'too-large' || kind === 'invalid-json' ? kind : 'empty' };
    return { kind: 'response', status: entry.status ?? 0, headers: entry.headers ?? {}, body, attempts: 1 };
}
function createReplayClient(transcript, bitbucketTemplates) {
    const names = new AsRecorded();
    const recorded = new Map();
    // The last attempt of each request is what the checks saw; earlier ones were retried.
    for (const entry of transcript.requests)
        recorded.set(`${entry.method} ${entry.host}${entry.path}`, entry);
    return {
        async send(request) {
            const { host, path } = (0,_transcript_js__WEBPACK_IMPORTED_MODULE_3__/* .requestKey */ .lq)(request, bitbucketTemplates, names);
            const entry = recorded.get(`${request.method} ${host}${path}`);
            if (!entry)
                return {
                    kind: 'network',
                    attempts: 1,
                    code: NOT_RECORDED,
                    description: 'not recorded in the transcript',
                };
            return outcomeOf(entry);
        },
    };
}
/** The findings of a replayed run: the recorded document's own, then the remote checks against the transcript. */
async function replayFindings(transcript, log) {
    const { options, integration, structure } = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .replaySetup */ .x5)(transcript);
    const remote = (0,_remote_js__WEBPACK_IMPORTED_MODULE_2__.createRemoteChecks)(options, {
        log,
        http: createReplayClient(transcript, _record_js__WEBPACK_IMPORTED_MODULE_1__/* .BITBUCKET_TEMPLATES */ .s4),
    });
    if (transcript.requests.length === 0 && !structure.some((f) => f.id === 'structure.valid'))
        return structure;
    return [...structure, ...(await remote(integration, { jiraRejected: transcript.document.jiraRejected }))];
}


/***/ })

};
