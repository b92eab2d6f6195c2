// Node module hooks, registered by reference.mjs through module.register, that let face-api's
// dist/face-api.esm-nobundle.js run in Node on the pure-JS tfjs packages from package-lock.json:
//  - "@tensorflow/tfjs/dist/index.js" (browser ESM sources) resolves to the "@tensorflow/tfjs"
//    package entry point (its Node build: tfjs-core with chained ops, CPU and WebGL backends);
//  - the WASM backend import resolves to an empty module (face-api only re-exports it);
//  - face-api's dist/*.esm*.js files load as ES modules (its package.json has no "type").
// No native code and no network access is involved.
const TFJS_BUNDLE = '@tensorflow/tfjs/dist/index.js';
const WEBGL_BUNDLE = '@tensorflow/tfjs-backend-webgl/dist/index.js';
const WASM_BUNDLE = '@tensorflow/tfjs-backend-wasm/dist/index.js';
const EMPTY_MODULE_URL = 'reunite-faceapi-reference:empty-module';

export async function resolve(specifier, context, nextResolve) {
  if (specifier === TFJS_BUNDLE) return nextResolve('@tensorflow/tfjs', context);
  if (specifier === WEBGL_BUNDLE) return nextResolve('@tensorflow/tfjs-backend-webgl', context);
  if (specifier === WASM_BUNDLE) return { url: EMPTY_MODULE_URL, shortCircuit: true };
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url === EMPTY_MODULE_URL) {
    return { format: 'module', source: 'export {};', shortCircuit: true };
  }
  if (/\/@vladmandic\/face-api\/dist\/face-api\.esm[^/]*\.js$/.test(url)) {
    return nextLoad(url, { ...context, format: 'module' });
  }
  return nextLoad(url, context);
}
