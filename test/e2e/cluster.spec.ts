// Two instances sharing one private Redis, started by this spec (ports of its own, stopped after):
// tabs on different instances chat and share the feed, and when the teacher stops one instance,
// its tab moves to the other and resumes from its last message id with 0 gaps and 0 duplicates.
import { expect, test, type BrowserContext } from '@playwright/test';
import {
  findRedisServer,
  startRedis,
  type RedisProcess,
} from '../../mock-server/cluster/redis-process';
import { startInstance, type Instance } from '../integration/support/instances';
import { LabPage } from './support/lab-page';

// Beside E2E_PORT and E2E_FOREIGN_PORT, the next ones: two instances, each with its foreign port.
const FIRST = Number(process.env.E2E_PORT ?? 4273) + 2;
const PLAN = [
  { name: 'a', port: FIRST, foreign: FIRST + 1 },
  { name: 'b', port: FIRST + 2, foreign: FIRST + 3 },
] as const;
const origins = PLAN.flatMap(({ port, foreign }) =>
  [port, foreign].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]),
);
const unique = (text: string) => `${text} ${Math.random().toString(36).slice(2, 8)}`;

test.describe.configure({ mode: 'serial' });
test.skip(
  findRedisServer() === null,
  'redis-server is not installed (apt-get install redis-server)',
);

let redis: RedisProcess | null = null;
let instances: Instance[] = [];

test.beforeAll(async () => {
  test.setTimeout(90_000);
  redis = await startRedis();
  instances = await Promise.all(
    PLAN.map(({ name, port, foreign }) =>
      startInstance(name, {
        PORT: String(port),
        FOREIGN_PORT: String(foreign),
        REDIS_URL: (redis as RedisProcess).url,
        FEED_GENERATED: 'off',
        ALLOWED_ORIGINS: origins.join(','),
      }),
    ),
  );
});

test.afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.kill()));
  await redis?.close();
});

const open = async (context: BrowserContext, at: number, path: string) => {
  const tab = await LabPage.open(context, `http://localhost:${at}${path}`);
  await tab.ready();
  return tab;
};

test('two tabs on different instances share the feed', async ({ context }) => {
  const a = await open(context, PLAN[0].port, '/m/server-sent-events');
  const b = await open(context, PLAN[1].port, '/m/server-sent-events');
  await expect(b.page.getByTestId('instance-current')).toHaveAttribute('data-instance', 'b');
  const text = unique('news through Redis');
  await a.send(text);
  await expect(b.entries('received', text)).toHaveCount(1);
  await expect(a.entries('received', text)).toHaveCount(1);
});

test('two tabs on different instances chat; stopping one moves its tab with 0 gaps', async ({
  context,
}) => {
  test.setTimeout(60_000);
  const a = await open(context, PLAN[0].port, '/m/websocket');
  const b = await open(context, PLAN[1].port, '/m/websocket');
  await expect(a.page.getByTestId('instance-current')).toHaveAttribute('data-instance', 'a');
  await expect(b.page.getByTestId('instance-current')).toHaveAttribute('data-instance', 'b');
  const transcript = (tab: LabPage) =>
    tab.page.getByRole('list', { name: /Messages in room "lobby"/ });
  const hello = unique('hello from a');
  await a.send(hello);
  await expect(transcript(b)).toContainText(hello);
  const reply = unique('reply from b');
  await b.send(reply);
  await expect(transcript(a)).toContainText(reply);

  // The teacher, on a, stops b; a keeps talking while b's tab moves.
  const stop = a.button('Stop b');
  await expect(stop).toBeEnabled({ timeout: 10_000 });
  await stop.click();
  const during = [unique('while b moves 1'), unique('while b moves 2')];
  for (const text of during) await a.send(text);
  await expect(b.page.getByTestId('instance-moved')).toContainText('Moved from b to a');
  await expect(b.page.getByTestId('instance-current')).toHaveAttribute('data-instance', 'a');
  for (const text of during) await expect(transcript(b).getByText(text)).toHaveCount(1);
  await expect(b.page.getByTestId('resume-from')).toContainText('Resumed from id');
  await expect(b.page.getByTestId('resume-gaps')).toHaveText('0');
  await expect(b.page.getByTestId('resume-duplicates')).toHaveText('0');
  await expect(transcript(b).getByText(hello)).toHaveCount(1);
});
