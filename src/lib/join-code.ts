// A class's join code (classroom mode, `npm start -- --lan --join-code=…`): typed once, kept for
// this browser, and added to every WebSocket and SSE address.
import { readSetting, writeSetting } from './safe-storage';

const KEY = 'comms-lab:join-code';
const TEACHER_KEY = 'comms-lab:teacher-token';

export const readJoinCode = (): string => readSetting(KEY, '') ?? '';
export const writeJoinCode = (code: string): void => writeSetting(KEY, code.trim());

/** `url` with `?code=` added when this browser has a join code. */
export function withJoinCode(url: string, code = readJoinCode()): string {
  if (!code) return url;
  const target = new URL(url);
  target.searchParams.set('code', code);
  return target.href;
}

/** The teacher token (classroom mode): asked for once, on the teacher's machine, for teacher actions. */
export const readTeacherToken = (): string => readSetting(TEACHER_KEY, '') ?? '';
export const writeTeacherToken = (token: string): void => writeSetting(TEACHER_KEY, token.trim());
