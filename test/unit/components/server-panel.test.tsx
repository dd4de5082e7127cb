import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  formatUptime,
  ServerPanel,
  ServerStatus,
} from '../../../src/components/server-panel/server-panel';
import {
  loadDictionary,
  translate,
  type MessageKey,
  type Params,
} from '../../../src/i18n/dictionary';
import { queryClient, ServerQueries } from '../../../src/hooks/server-queries';
import { server } from '../msw-server';

// One query client for the app: each test starts with an empty cache.
beforeEach(() => queryClient.clear());

const info = {
  uptimeMs: 65_000,
  ws: {
    clients: 2,
    rooms: [{ room: 'lobby', members: [{ id: 'a', name: 'Red Fox', color: '#d1495b' }] }],
    counters: {
      accepted: 2,
      messages: 5,
      binary: 0,
      rejectedOrigin: 1,
      malformed: 3,
      rateLimited: 0,
      oversize: 0,
      terminated: 0,
      dropped: 0,
    },
  },
  sse: {
    subscribers: 1,
    epoch: 'ep',
    lastId: null,
    buffered: 0,
    retryMs: 2000,
    counters: {
      served: 1,
      published: 0,
      rejectedPublish: 0,
      rejectedOrigin: 0,
      replayed: 0,
      resets: 0,
      dropped: 0,
    },
  },
  api: { rejectedOrigins: 0 },
};

describe('ServerStatus', () => {
  it('says plainly that the server is missing and how to start it', async () => {
    // A static host answers /api/health with its index.html.
    server.use(
      http.get(
        '*/api/health',
        () =>
          new HttpResponse('<!doctype html>', {
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    render(
      <ServerQueries>
        <ServerStatus />
      </ServerQueries>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not the Comms Lab server');
    expect(alert).toHaveTextContent('npm start');
  });
});

describe('formatUptime', () => {
  it('says the units in the reader\'s language ("2 min 0 s" read as English in Chinese)', async () => {
    await loadDictionary('zh-CN');
    const zh = (key: MessageKey, params?: Params) => translate('zh-CN', key, params);
    const en = (key: MessageKey, params?: Params) => translate('en', key, params);
    expect(formatUptime(140_000, zh)).toBe('2 分 20 秒');
    expect(formatUptime(3_725_000, zh)).toBe('1 小时 2 分');
    expect(formatUptime(9_000, zh)).toBe('9 秒');
    expect(formatUptime(140_000, en)).toBe('2 min 20 s');
  });
});

describe('ServerPanel', () => {
  it('shows rooms and counters, and drops every connection on request', async () => {
    let dropped: unknown;
    server.use(
      http.get('*/api/info', () => HttpResponse.json(info)),
      http.post('*/api/admin/drop', async ({ request }) => {
        dropped = await request.json();
        return HttpResponse.json({ websockets: 2, streams: 1 });
      }),
    );
    const user = userEvent.setup();
    render(
      <ServerQueries>
        <ServerPanel focus="ws" />
      </ServerQueries>,
    );
    const rooms = await screen.findByRole('table', { name: 'Rooms' });
    expect(rooms).toHaveTextContent('lobby');
    expect(rooms).toHaveTextContent('Red Fox');
    const counters = screen.getByRole('table', { name: /refused or dropped/ });
    expect(counters).toHaveTextContent(/Frames answered with an error.*3/);
    await user.click(screen.getByRole('button', { name: 'Drop all connections' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Dropped 2 WebSockets and 1 SSE stream.',
    );
    expect(dropped).toEqual({ how: 'terminate' });
  });
});

describe('ServerPanel figures', () => {
  it('writes bytes as sizes and counts with separators (never a raw 16777216)', async () => {
    server.use(
      http.get('*/api/info', () =>
        HttpResponse.json({
          ...info,
          ws: { ...info.ws, counters: { ...info.ws.counters, messages: 1_234_567 } },
          bounds: {
            ws: { bufferedBytes: 0, maxBufferedBytes: 1_048_576, rooms: 3, maxRooms: 10_000 },
            sse: { backlogBytes: 2048, maxBacklogBytes: 1_048_576, streams: 1, maxStreams: 5000 },
            history: { bytes: 1354, budgetBytes: 16_777_216 },
          },
        }),
      ),
    );
    render(
      <ServerQueries>
        <ServerPanel focus="ws" />
      </ServerQueries>,
    );
    const bounds = await screen.findByRole('table', { name: 'Bounds the server keeps' });
    const row = (name: RegExp) => within(bounds).getByRole('row', { name });
    expect(row(/^WebSocket bytes waiting/)).toHaveTextContent(/0 B.*1\.00 MiB/);
    expect(row(/^SSE bytes waiting/)).toHaveTextContent(/2\.0 KiB.*1\.00 MiB/);
    expect(row(/^History bytes/)).toHaveTextContent(/1\.3 KiB.*16\.00 MiB/);
    expect(row(/^Rooms in use/)).toHaveTextContent(/3.*10,000/);
    expect(row(/^SSE streams/)).toHaveTextContent(/1.*5,000/);
    expect(bounds).not.toHaveTextContent(/16777216|1048576|10000/);
    const counters = screen.getByRole('table', { name: /refused or dropped/ });
    expect(counters).toHaveTextContent('1,234,567');
  });
});

describe('classroom mode', () => {
  it('asks for the join code, and says so plainly when the saved one is wrong', async () => {
    server.use(
      http.get('*/api/health', () =>
        HttpResponse.json({
          ok: true,
          name: 'comms-lab',
          uptimeMs: 1,
          lan: null,
          joinCode: 'required',
        }),
      ),
      http.get('*/api/join-check', ({ request }) =>
        new URL(request.url).searchParams.get('code') === 'owl'
          ? HttpResponse.json({ ok: true })
          : HttpResponse.json(
              { error: 'join-code', message: 'That join code is not right.' },
              { status: 403 },
            ),
      ),
    );
    localStorage.setItem('comms-lab:join-code', 'cat');
    render(
      <ServerQueries>
        <ServerStatus />
      </ServerQueries>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('That join code is not right');
    expect(screen.getByRole('textbox', { name: 'Join code' })).toHaveValue('cat');
    expect(screen.getByRole('button', { name: 'Join' })).toBeEnabled();
  });

  it('shows where students join, with a QR code', async () => {
    server.use(
      http.get('*/api/health', () =>
        HttpResponse.json({
          ok: true,
          name: 'comms-lab',
          uptimeMs: 1,
          lan: 'http://192.0.2.10:4173/',
          joinCode: 'none',
        }),
      ),
      http.get('*/api/info', () => HttpResponse.json(info)),
    );
    render(
      <ServerQueries>
        <ServerPanel focus="ws" />
      </ServerQueries>,
    );
    expect(
      await screen.findByRole('img', { name: 'QR code for http://192.0.2.10:4173/' }),
    ).toBeInTheDocument();
    expect(screen.getByText('http://192.0.2.10:4173/')).toBeInTheDocument();
  });

  it('asks the teacher once for the token, then sends it with the drop and the join code with info', async () => {
    let sent: { token: string | null; code: string | null } | null = null;
    let infoCode: string | null = null;
    server.use(
      http.get('*/api/health', () =>
        HttpResponse.json({
          ok: true,
          name: 'comms-lab',
          uptimeMs: 1,
          lan: null,
          joinCode: 'required',
          teacherToken: 'required',
        }),
      ),
      http.get('*/api/info', ({ request }) => {
        infoCode = request.headers.get('x-join-code');
        return HttpResponse.json({
          ...info,
          bounds: {
            ws: { bufferedBytes: 0, maxBufferedBytes: 1048576 },
            sse: {},
            history: { bytes: 10, budgetBytes: 100 },
          },
        });
      }),
      http.post('*/api/admin/drop', ({ request }) => {
        sent = {
          token: request.headers.get('x-teacher-token'),
          code: request.headers.get('x-join-code'),
        };
        return HttpResponse.json({ websockets: 0, streams: 0 });
      }),
    );
    localStorage.setItem('comms-lab:join-code', 'owl');
    const user = userEvent.setup();
    render(
      <ServerQueries>
        <ServerPanel focus="sse" />
      </ServerQueries>,
    );
    const bounds = await screen.findByRole('table', { name: 'Bounds the server keeps' });
    expect(bounds).toHaveTextContent(/History bytes.*10.*100/);
    expect(infoCode).toBe('owl');
    const drop = screen.getByRole('button', { name: 'Drop all connections' });
    expect(drop).toBeDisabled();
    await user.type(screen.getByLabelText('Teacher token'), 'chalk-99');
    await user.click(screen.getByRole('button', { name: 'Use this token' }));
    expect(screen.queryByLabelText('Teacher token')).toBeNull();
    await user.click(drop);
    await screen.findByText('Dropped 0 WebSockets and 0 SSE streams.');
    expect(sent).toEqual({ token: 'chalk-99', code: 'owl' });
  });
});
