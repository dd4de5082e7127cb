// The ticks switch in Chinese (ticks-switch.tsx holds the English), loaded only when chosen.
import type { ticksEn } from './ticks-switch';

export const texts: Record<keyof typeof ticksEn, string> = {
  'ticks.switch': '在日志中显示时钟（每 2 秒一条）',
  'ticks.hint': '页面照常计数；只有打开此开关，日志才记录它们。',
};
