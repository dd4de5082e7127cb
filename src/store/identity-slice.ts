import type { StateCreator } from 'zustand';
import { loadTabIdentity, type TabIdentity } from '../lib/identity';
import type { AppState } from './index';

export type IdentitySlice = { identity: TabIdentity };

export const createIdentitySlice: StateCreator<AppState, [], [], IdentitySlice> = () => ({
  identity: loadTabIdentity(),
});
