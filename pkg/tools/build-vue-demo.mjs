// Builds the Vue demo (www/vue/src/main.js) into www/vue/build/, as the React demo is built
// (build-react-demo.mjs): one esbuild bundle (Vue's runtime, vee-validate, timlint's JS) and
// timlint's wasm. `node pkg/tools/build-vue-demo.mjs`; scripts/serve-www and the browser
// test run it. Needs pkg/dist/ (scripts/build-wasm).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemo } from './build-react-demo.mjs';

export const OUT = fileURLToPath(new URL('../../www/vue/build', import.meta.url));

/** Builds the demo; Vue's esm-bundler build reads its feature flags from these globals. */
export const buildVueDemo = () =>
  buildDemo('vue', 'src/main.js', {
    define: {
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildVueDemo();
  console.log(`Vue demo built: ${join(OUT)}`);
}
