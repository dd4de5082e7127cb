// Long polling: one held `fetch` at a time. The server answers when an event comes (or at once
// with what came since `after`), or 204 after 25 s; either way the page asks again with the last
// id it has, so every poll carries its own resume point. A failed poll (the server dropped it) is
// asked again after a second, from the last id, or from "now" when resume is switched off.
// https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch
import { errorInfo } from '../../lib/error-info';
import { PATHS } from '../../shared/endpoints';
import { CURSOR_HEADER, POLL_LIMITS } from '../../shared/feed-ways';
import { readServerSaid } from '../../shared/server-words';
import { parsePollAnswer } from './protocol';
import { RETRY_MS, type WaysCore } from './ways-core';

export async function runPollLoop(core: WaysCore, fetchFn: typeof fetch, stop: AbortSignal) {
  const tracker = core.trackers.poll;
  let cursor: string | null = null;
  let failed = false;
  while (core.flags.open && !stop.aborted) {
    core.count('poll');
    try {
      const target = core.url(PATHS.poll, { after: cursor, wait: String(POLL_LIMITS.waitMs) });
      const response = await fetchFn(target, { signal: stop, cache: 'no-store' });
      if (response.status === 204) {
        // Held the whole time, nothing came: where to ask from next.
        cursor = response.headers.get(CURSOR_HEADER) ?? cursor;
        tracker.mark(cursor);
      } else if (response.ok) {
        const answer = parsePollAnswer(await response.json());
        if (!answer) throw new Error('the answer is not the feed’s JSON');
        if (answer.reset) core.reset('poll', answer.reset);
        if (failed) tracker.update({ replayed: answer.events.length });
        for (const event of answer.events) core.deliver('poll', event);
        cursor = answer.cursor;
      } else {
        const said = readServerSaid(await response.json().catch(() => null), 'message');
        core.status('poll', 'connecting', `HTTP ${response.status}: ${said ?? 'refused'}`);
        await core.wait(Number(response.headers.get('Retry-After') ?? 2) * 1000);
        continue;
      }
      if (tracker.view.state !== 'open') core.status('poll', 'open', 'held, answered, asked again');
      failed = false;
    } catch (error) {
      if (!core.flags.open || stop.aborted) return;
      failed = true;
      // Worded as the log reads them back (status.ts in this folder).
      const from = !core.flags.resume
        ? 'from now (resume is off)'
        : cursor
          ? `after ${cursor}`
          : 'from now';
      core.dropped(
        'poll',
        `the held request failed (${errorInfo(error).message}): asking again ${from}`,
      );
      if (!core.flags.resume) cursor = null;
      await core.wait(RETRY_MS);
    }
  }
}
