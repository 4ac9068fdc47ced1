// A web-test-runner command the built-in emulateMedia lacks: forced colours (Windows High Contrast),
// through the Chrome DevTools Protocol (puppeteer's own emulateMediaFeatures refuses the feature).
//   executeServerCommand('forced-colors', { value: 'active' })   or   { value: 'none' }
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'chronicle-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions
        .get(page)
        .send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
      return true;
    },
  };
}
