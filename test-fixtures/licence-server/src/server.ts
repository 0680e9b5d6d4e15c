import express from 'express';
import { BUILD_CHANNEL, BUILD_EXPIRES } from './config';
import { router } from './http/routes';
import { checkServerCertificate } from './http/auth';

// Preview builds refuse to start once they are past their expiry stamp.
if (BUILD_CHANNEL === 'preview' && Date.now() > BUILD_EXPIRES) { // expect: js/prerelease-expiry error
  console.error('This preview build of licence-server has expired. Download a current release.');
  process.exit(78);
}

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (ms > 2000) {
      console.warn(`slow request ${req.method} ${req.path} took ${ms.toFixed(0)} ms`);
    }
  });
  next();
});

app.use(router);

if (process.env.TLS_CERT) {
  checkServerCertificate(process.env.TLS_CERT);
}

const server = app.listen(Number(process.env.PORT ?? 8080));

process.on('SIGTERM', () => {
  const deadline = Date.now() + 10_000;
  server.close(() => process.exit(0));
  const timer = setInterval(() => {
    if (Date.now() > deadline) {
      process.exit(1);
    }
  }, 500);
  timer.unref();
});
