// The resume race windows on the memory hub (support/resume-race-suite.ts).
import { describe } from 'vitest';
import { createMemoryHub } from '../../../mock-server/hub/memory-hub';
import { resumeRaceSuite } from '../support/resume-race-suite';

describe('resume race windows, memory hub', () => {
  resumeRaceSuite(createMemoryHub);
});
