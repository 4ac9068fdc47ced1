import { Buffer } from 'node:buffer';
// Responses no static file gives, for the data-source tests: a body larger than a dataset may be.
let huge;
export function fixturesMiddleware(ctx, next) {
  if (ctx.path !== '/test-fixtures/huge.json') return next();
  // 21 MB of JSON (spaces, then an empty object): past the 20 MB a `src` may send.
  huge ??= Buffer.concat([Buffer.alloc(21 * 1024 * 1024, ' '), Buffer.from('{}')]);
  ctx.type = 'application/json';
  ctx.body = huge;
  return undefined;
}
