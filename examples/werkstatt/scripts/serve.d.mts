/** Serves the built Werkstatt (dist/) and resolves with its address and a way to stop. */
export function startServer(options?: { port?: number; host?: string }): Promise<{ url: string; close: () => Promise<void> }>;
