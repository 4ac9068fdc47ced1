import { defineConfig, type Plugin } from 'vite';

/** `npm start` serves the demo at /examples/; the bare address leads there. */
const demoIndex: Plugin = {
  name: 'chronicle-demo-index',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/examples/');
        res.end();
      } else next();
    });
  },
};

export default defineConfig({
  plugins: [demoIndex],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173 },
});
