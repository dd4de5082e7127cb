import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

export const handlers = [
  http.get('*/api/health', () => HttpResponse.json({ ok: true, name: 'comms-lab', uptimeMs: 1 })),
];

export const server = setupServer(...handlers);
