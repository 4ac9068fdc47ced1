// web-test-runner commands for touch, through the Chrome DevTools Protocol:
//   executeServerCommand('touch-emulation', { enabled: true }) makes the page a touch device
//     (navigator.maxTouchPoints > 0), as a phone is; d3-zoom only listens for touch on such devices.
//   executeServerCommand('touch', { steps: [{ type: 'touchStart', touchPoints: [{ x, y, id: 0 }] }, ...] })
//     sends real touch input: taps, one-finger pans, two-finger pinches.
export function touchPlugin() {
  const sessions = new Map();
  const cdp = async (page) => {
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  };
  return {
    name: 'chronicle-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch' && command !== 'touch-emulation') return undefined;
      const client = await cdp(session.browser.getPage(session.id));
      if (command === 'touch-emulation') {
        await client.send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled, maxTouchPoints: 5 });
      } else {
        for (const step of payload.steps) await client.send('Input.dispatchTouchEvent', step);
      }
      return true;
    },
  };
}
