// Minimal structured logger used by the agent.

function write(level, msg, fields = {}) {
  const line = { ts: new Date().toISOString(), level, msg, ...fields };
  process.stderr.write(JSON.stringify(line) + '\n');
}

export const log = {
  info: (msg, fields) => write('info', msg, fields),
  warn: (msg, fields) => write('warn', msg, fields),
  error: (msg, fields) => write('error', msg, fields),
};
