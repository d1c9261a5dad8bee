// Loads the packaged extension's entry point from an unpacked .vsix, with a stand-in for the editor's `vscode`
// module, so a runtime dependency that the package left out fails the build instead of the user's editor.
// usage: node load-packaged.js UNPACKED_VSIX_FOLDER
const Module = require('module');
const path = require('path');

// Any property, call or construction of the stand-in gives the stand-in again: enough for module-level code.
const standIn = new Proxy(function () {}, {
  get: (_, property) => (property === Symbol.toPrimitive ? () => '' : standIn),
  apply: () => standIn,
  construct: () => standIn,
});
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: standIn };

const folder = path.resolve(process.argv[2], 'extension');
const manifest = require(path.join(folder, 'package.json'));
const extension = require(path.join(folder, manifest.main));
if (typeof extension.activate !== 'function' || typeof extension.deactivate !== 'function') {
  console.error(`vscode: ${manifest.main} in the package exports no activate/deactivate`);
  process.exit(1);
}
console.log(`vscode: the packaged ${manifest.main} loads with its dependencies`);
