export const id = 473;
export const ids = [473];
export const modules = {

/***/ 6473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRemoteChecks: () => (/* binding */ createRemoteChecks)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(906);

function createRemoteChecks(_env) {
    return async () => [
        (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('remote.skipped', 'inconclusive', 'Remote checks are not available in this build.', {
            fix: 'Use `mode: offline`.',
        }),
    ];
}


/***/ })

};
