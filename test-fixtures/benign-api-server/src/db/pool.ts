import pg from 'pg';
import { config, SECOND } from '../config.js';

export const pool = new pg.Pool({
  connectionString: config.databaseUrl,
  max: 20,
  idleTimeoutMillis: 30 * SECOND,
  connectionTimeoutMillis: 5 * SECOND,
  statement_timeout: 15 * SECOND,
});

pool.on('error', (err) => {
  console.error('idle pg client error', err);
});
