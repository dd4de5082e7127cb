// The resume race windows on the memory hub (support/resume-race-suite.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import { createMemoryHub } from '../../../mock-server/hub/memory-hub';
import { createServer, type RunningServer } from '../../../mock-server/index';
import { resumeRaceSuite } from '../support/resume-race-suite';
import { windowHub, type WindowHub } from '../support/window-hub';

describe('resume race windows, memory hub', () => {
  let server: RunningServer | undefined;
  const hub: WindowHub = windowHub(createMemoryHub());
  beforeAll(async () => {
    server = await createServer({
      port: 0,
      foreignPort: 0,
      distDir: 'dist',
      hub,
      feed: { timeEveryMs: 0, notificationEveryMs: 0, alertEveryMs: 0 },
    });
  });
  afterAll(async () => {
    await server?.close();
    await hub.close();
  });
  resumeRaceSuite(() => ({ server: server as RunningServer, hub }));
});
