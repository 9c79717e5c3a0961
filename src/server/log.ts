import pino from 'pino';

/** What a service writes to: the process's logger (pino), injected like every other dependency. */
export interface ServiceLog {
  info(obj: object, message: string): void;
  warn(obj: object, message: string): void;
  error(obj: object, message: string): void;
}

/** The logger services get when the caller names none (tests, one-off scripts): warnings and errors, as JSON lines. */
export const defaultServiceLog: ServiceLog = pino({ level: 'warn', base: { component: 'services' } });
