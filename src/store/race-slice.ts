import type { StateCreator } from 'zustand';
import type { RaceProgress, RaceResult } from '../lib/race-types';
import type { AppState } from './index';

export type RaceSlice = {
  race: { results: Record<string, RaceResult>; progress: RaceProgress };
  setRaceResult: (result: RaceResult) => void;
  setRaceProgress: (progress: Partial<RaceProgress>) => void;
  clearRace: () => void;
};

const IDLE: RaceProgress = { running: false, mechanism: null, step: '', done: 0, total: 0 };

export const createRaceSlice: StateCreator<AppState, [], [], RaceSlice> = (set) => ({
  race: { results: {}, progress: IDLE },
  setRaceResult: (result) =>
    set((state) => ({
      race: { ...state.race, results: { ...state.race.results, [result.id]: result } },
    })),
  setRaceProgress: (progress) =>
    set((state) => ({
      race: { ...state.race, progress: { ...state.race.progress, ...progress } },
    })),
  clearRace: () => set((state) => ({ race: { ...state.race, results: {}, progress: IDLE } })),
});
