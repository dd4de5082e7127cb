// The build-time extract of @mdn/browser-compat-data (build/compat-plugin.ts).
declare module 'virtual:compat-data' {
  const data: import('./lib/compat-types').CompatData;
  export default data;
}
