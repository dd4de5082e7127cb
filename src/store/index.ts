import { create } from 'zustand';
import { createIdentitySlice, type IdentitySlice } from './identity-slice';
import { createLogSlice, type LogSlice } from './log-slice';
import { createPeersSlice, type PeersSlice } from './peers-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

// One store made of slices (zustand's slices pattern); components select the least they need.
export type AppState = SettingsSlice & IdentitySlice & LogSlice & PeersSlice;

export const createAppStore = (logCapacity?: number) =>
  create<AppState>()((...a) => ({
    ...createSettingsSlice(...a),
    ...createIdentitySlice(...a),
    ...createLogSlice(logCapacity)(...a),
    ...createPeersSlice(...a),
  }));

export const useAppStore = createAppStore();
