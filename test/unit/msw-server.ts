import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

export const handlers = [
  http.get('*/api/health', () => HttpResponse.json({ ok: true, name: 'comms-lab', uptimeMs: 1 })),
  // One server alone, as `npm start` runs it: the server pages ask which instances there are.
  http.get('*/api/cluster', () =>
    HttpResponse.json({
      clustered: false,
      self: '4173',
      instances: [
        {
          name: '4173',
          url: 'http://localhost:4173/',
          clients: 0,
          alive: true,
          stopped: false,
          silentMs: 0,
        },
      ],
    }),
  ),
];

export const server = setupServer(...handlers);
