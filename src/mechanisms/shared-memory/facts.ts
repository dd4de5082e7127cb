// What this document says about its own isolation, read live.
export type IsolationFacts = {
  crossOriginIsolated: boolean;
  sharedArrayBuffer: boolean;
  secureContext: boolean;
  waitAsync: boolean;
};

export function readFacts(): IsolationFacts {
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    sharedArrayBuffer: typeof globalThis.SharedArrayBuffer === 'function',
    secureContext: globalThis.isSecureContext === true,
    waitAsync: typeof (Atomics as { waitAsync?: unknown }).waitAsync === 'function',
  };
}
