import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { TransportSwitch } from '../../../src/components/instances/transport-switch';
import { queryClient, ServerQueries } from '../../../src/hooks/server-queries';
import { server } from '../msw-server';

beforeEach(() => queryClient.clear());

describe('TransportSwitch', () => {
  it('is absent with an in-memory hub', async () => {
    server.use(
      http.get('*/api/info', () => HttpResponse.json({ backplane: { kind: 'memory', up: true } })),
    );
    render(
      <ServerQueries>
        <TransportSwitch lost={0} />
      </ServerQueries>,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('with Redis: a labelled switch that asks for pub/sub, and the lost count', async () => {
    let asked: unknown;
    server.use(
      http.get('*/api/info', () =>
        HttpResponse.json({
          backplane: { kind: 'redis', up: true, transport: { mode: 'streams' } },
        }),
      ),
      http.post('*/api/admin/transport', async ({ request }) => {
        asked = await request.json();
        return HttpResponse.json({ mode: 'pubsub' });
      }),
    );
    render(
      <ServerQueries>
        <TransportSwitch lost={7} />
      </ServerQueries>,
    );
    const toggle = await screen.findByRole('switch', { name: /pub\/sub/i });
    expect(toggle).not.toBeChecked();
    expect(screen.getByTestId('transport-lost')).toHaveTextContent('7');
    await userEvent.click(toggle);
    await screen.findByRole('switch', { name: /pub\/sub/i, checked: true });
    expect(asked).toEqual({ mode: 'pubsub' });
  });
});
