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

/**
 * Private and protected members (controllers, derived state) are no part of an element's API: the
 * manifest, and the docs generated from it, list only what a user may use.
 */
const dropInternals = {
  name: 'chronicle-drop-internals',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const decl of mod.declarations ?? []) {
        if (decl.members)
          decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
      }
    }
  },
};

/**
 * Modules in path order: the analyzer lists them in the order the file system returns them, which
 * differs from one clone to another, and the CI freshness check compares the manifest byte for byte.
 */
const sortModules = {
  name: 'chronicle-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  litelement: true,
  // package.json names the committed manifest already; the analyzer would otherwise rewrite that field
  // to wherever it writes (the CI's freshness check writes a copy elsewhere, then packs the package).
  packagejson: false,
  plugins: [dropNamelessEvents, dropInternals, sortModules],
};
