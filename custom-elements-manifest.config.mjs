/**
 * The analyzer also records `dispatchEvent(new ChronicleSelectEvent(...))` as a nameless event; the
 * `@fires` tags already document each event by name, so nameless duplicates are dropped.
 */
const dropNamelessEvents = {
  name: 'chronicle-drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.name);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  litelement: true,
  plugins: [dropNamelessEvents],
};
