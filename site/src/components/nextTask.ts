/**
 * Resolves in a task of its own, after the browser has had the chance to handle input and paint: `scheduler.yield()`
 * where there is one (Chromium), otherwise a message to this window's own channel (not slowed down in a tab not
 * shown, as a timer is).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield !== undefined) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
