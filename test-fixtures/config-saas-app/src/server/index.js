import config from '../../config/default.json' with { type: 'json' };
import { createServer } from 'node:http';

createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ seats: config.license.seats }));
}).listen(config.server.port);
