/** A configuration that cannot be used (missing, unreadable or invalid): the CLI exits 2 with its message. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
