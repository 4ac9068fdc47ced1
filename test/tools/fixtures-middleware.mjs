// Responses no static file gives, for the data-source tests: a body larger than a dataset may be,
// a body that never ends, and a server that never answers.
import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import { setTimeout } from 'node:timers';

let huge;
export function fixturesMiddleware(ctx, next) {
  if (ctx.path === '/test-fixtures/huge.json') {
    // 21 MB of JSON (spaces, then an empty object): past the 20 MB a `src` may send.
    huge ??= Buffer.concat([Buffer.alloc(21 * 1024 * 1024, ' '), Buffer.from('{}')]);
    ctx.type = 'application/json';
    ctx.body = huge;
    return undefined;
  }
  if (ctx.path === '/test-fixtures/endless.json') {
    // Spaces, a megabyte at a time, for as long as anyone reads them; no length said.
    const chunk = Buffer.alloc(1024 * 1024, ' ');
    ctx.type = 'application/json';
    ctx.body = new Readable({
      read() {
        setTimeout(() => this.push(chunk), 5);
      },
    });
    return undefined;
  }
  if (ctx.path === '/test-fixtures/silent.json') {
    // No answer at all, until the page gives up (or the server stops).
    return new Promise((resolve) => ctx.req.on('close', resolve));
  }
  return next();
}
