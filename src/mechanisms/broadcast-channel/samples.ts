// Values JSON cannot carry but structured clone can: they arrive in the other tab as the same types.
// https://developer.mozilla.org/en-US/docs/Web/API/Web_Workers_API/Structured_clone_algorithm
export const SAMPLE_NAMES = ['date', 'map', 'set', 'arrayBuffer', 'blob', 'everything'] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];

export function makeSample(name: SampleName): unknown {
  switch (name) {
    case 'date':
      return new Date();
    case 'map':
      return new Map<string, unknown>([
        ['answer', 42],
        ['sentAt', new Date()],
      ]);
    case 'set':
      return new Set(['red', 'green', 'blue']);
    case 'arrayBuffer':
      return new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;
    case 'blob':
      return new Blob(['hello from a Blob'], { type: 'text/plain' });
    case 'everything': {
      const value: Record<string, unknown> = {
        date: new Date(),
        map: new Map([['k', 'v']]),
        set: new Set([1, 2]),
        bytes: new Uint8Array([255, 0, 127]),
        big: 2n ** 64n,
        pattern: /chat-\d+/g,
      };
      value.self = value; // cycles survive structured clone too
      return value;
    }
    default: {
      const never: never = name;
      return never;
    }
  }
}

/** A function cannot be cloned: postMessage throws a DataCloneError before anything is sent. */
export const uncloneable = () => ({ note: 'functions cannot be cloned', fn: function greet() {} });
