// What the WebSocket chat and the SSE feed say, shared by the server (mock-server/) and the pages.
// Kept as one entry point; each protocol lives in its own file.
export * from './chat-protocol';
export * from './feed-protocol';
export * from './publish-request';
