// The build-time extract of @mdn/browser-compat-data (build/compat-plugin.ts).
declare module 'virtual:compat-data' {
  import type { CompatData } from './lib/compat-types';

  const data: CompatData;
  export default data;
}
