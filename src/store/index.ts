import { create } from 'zustand';
import { createIdentitySlice, type IdentitySlice } from './identity-slice';
import { createLogSlice, type LogSlice } from './log-slice';
import { createPeersSlice, type PeersSlice } from './peers-slice';
import { createRaceSlice, type RaceSlice } from './race-slice';
import { createReceiptsSlice, type ReceiptsSlice } from './receipts-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

// One store made of slices (zustand's slices pattern); components select the least they need.
export type AppState = SettingsSlice &
  IdentitySlice &
  LogSlice &
  PeersSlice &
  RaceSlice &
  ReceiptsSlice;

export const createAppStore = (logCapacity?: number) =>
  create<AppState>()((...a) => ({
    ...createSettingsSlice(...a),
    ...createIdentitySlice(...a),
    ...createLogSlice(logCapacity)(...a),
    ...createPeersSlice(...a),
    ...createRaceSlice(...a),
    ...createReceiptsSlice(...a),
  }));

export const useAppStore = createAppStore();
