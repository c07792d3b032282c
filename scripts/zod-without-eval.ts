import type { Plugin } from 'vite';

const ZOD_UTIL = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const ALLOWS_EVAL = /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);\n/;

/**
 * Zod speeds up object parsing by generating code with `new Function` wherever its
 * probe finds eval allowed. Extension pages forbid eval (Ferry's CSP), but Firefox's
 * MV2 content scripts allow it, so there zod would run code built from strings, which
 * Ferry never does (eslint's no-eval and no-new-func say the same for our own code).
 * This pins zod's `allowsEval` to false in every bundle, whatever the import order
 * (z.config({ jitless: true }) would have to run before the first schema is built),
 * and so also drops the `new Function("")` probe that `web-ext lint` reports as DANGEROUS_EVAL.
 */
export function zodWithoutEval(): Plugin {
  return {
    name: 'ferry:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_UTIL.test(id.split('?')[0]!)) return undefined;
      if (!ALLOWS_EVAL.test(code)) {
        this.error(`zod's allowsEval probe was not found in ${id}; update scripts/zod-without-eval.ts for this zod version`);
      }
      return { code: code.replace(ALLOWS_EVAL, 'export const allowsEval = { value: false };\n'), map: null };
    },
  };
}
