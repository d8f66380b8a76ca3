// Connecting to PostgreSQL: the lazily loaded driver, the pool, and one-line reasons for every
// way a connection can fail. No message built here ever carries the password.
import type { Pool, PoolClient } from 'pg';

type PgModule = typeof import('pg');

/** `pg` is loaded only when a postgres:// URL is used: SQLite users never pay for it. */
export async function loadPg(): Promise<PgModule> {
  const mod = (await import('pg')) as PgModule & { default?: PgModule };
  return mod.default ?? mod;
}

/**
 * The URL with its password replaced by ***, whatever characters the password holds (an
 * unencoded '@' or '/' included) and wherever it is given (user:password@ or ?password=).
 */
export function redactPostgresUrl(location: string): string {
  let out = location;
  const scheme = /^postgres(?:ql)?:\/\//i.exec(out);
  if (scheme) {
    const rest = out.slice(scheme[0].length);
    // The credentials end at the last '@' before the path; a password may contain '@' and '/'.
    const at = rest.lastIndexOf('@');
    if (at >= 0) {
      const userInfo = rest.slice(0, at);
      const colon = userInfo.indexOf(':');
      if (colon >= 0) out = `${scheme[0]}${userInfo.slice(0, colon)}:***${rest.slice(at)}`;
    }
  }
  return out.replace(/([?&]password=)[^&#]*/gi, '$1***');
}

/** The password of a URL as the driver will see it, to scrub it from any text we pass on. */
function passwordOf(location: string): string | undefined {
  try {
    const url = new URL(location);
    const fromQuery = url.searchParams.get('password');
    const password = url.password ? decodeURIComponent(url.password) : fromQuery ?? undefined;
    return password || undefined;
  } catch {
    return undefined;
  }
}

export function scrub(text: string, location: string): string {
  const password = passwordOf(location);
  const envPassword = process.env.PGPASSWORD;
  let out = text;
  for (const secret of [password, envPassword]) {
    if (secret && secret.length >= 3) out = out.split(secret).join('***');
  }
  return out;
}

interface DriverError {
  code?: string;
  /** The socket's own code (ECONNREFUSED, …) when markConnectionLoss replaced `code` by 08006. */
  networkCode?: string;
  message?: string;
  errno?: number;
  syscall?: string;
  hostname?: string;
  address?: string;
  port?: number;
}

/** One line saying why a connection could not be made or used, for exit 3. */
export function describeConnectError(err: unknown, location: string): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as DriverError;
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  const target = e.address && e.port ? `${e.address}:${e.port}` : e.hostname ?? 'the server';
  let reason: string;
  switch (e.networkCode ?? e.code) {
    case 'ECONNREFUSED':
      reason = `cannot connect to ${target}: connection refused (is PostgreSQL running and listening there?)`;
      break;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      reason = `cannot connect: host ${e.hostname ? `"${e.hostname}" ` : ''}not found`;
      break;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      reason = `cannot connect to ${target}: ${(e.networkCode ?? e.code) === 'ETIMEDOUT' ? 'timed out' : 'unreachable'}`;
      break;
    case 'ECONNRESET':
      reason = 'the server closed the connection';
      break;
    case '28P01':
      reason = `authentication failed (${message})`;
      break;
    case '28000':
      reason = `not allowed to connect (${message})`;
      break;
    case '3D000':
      reason = `${message} (create it first, e.g. createdb)`;
      break;
    case '42501':
      reason = `permission denied (${message})`;
      break;
    case '53300':
      reason = 'the server has too many connections';
      break;
    case '57P03':
      reason = 'the server is starting up or shutting down';
      break;
    case 'ERR_INVALID_URL':
      reason = 'not a valid postgres:// URL (characters such as @ : / # in a password must be percent-encoded, e.g. @ as %40)';
      break;
    default:
      if (/^Invalid URL/i.test(message)) reason = 'not a valid postgres:// URL (characters such as @ : / # in a password must be percent-encoded, e.g. @ as %40)';
      else if (/timeout expired|connection timeout/i.test(message)) reason = 'cannot connect: timed out';
      else if (/password must be a string|no password supplied|SASL/i.test(message)) reason = `authentication failed: the server asks for a password and none was given`;
      else if (/Connection terminated/i.test(message)) reason = 'the server closed the connection';
      else reason = message || String(e.code ?? 'unknown error');
  }
  return scrub(reason, location);
}

export interface PoolOptions {
  /** At most this many connections: one writer plus the lookups ingest runs beside it. */
  max?: number;
  connectTimeoutMs?: number;
}

export async function createPool(location: string, options: PoolOptions = {}): Promise<Pool> {
  const pg = await loadPg();
  const pool = new pg.Pool({
    connectionString: location,
    max: options.max ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'riksdoc',
  });
  // An idle connection the server drops (restart, admin kill) must not crash the process; the
  // next query on the pool reports the problem instead.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Give a lost connection the SQLSTATE class of connection failures (08006) when the driver gave it
 * none ("Connection terminated unexpectedly", a closed client): the CLI then says the archive
 * could not be used (exit 3) instead of failing with a stack trace. Returns `err`.
 */
export function markConnectionLoss(err: unknown): unknown {
  if (typeof err !== 'object' || err === null) return err;
  const e = err as DriverError;
  // A socket error (EPIPE, ECONNRESET, ENOTFOUND, …; its code can look like a SQLSTATE, as EPIPE
  // does): 08006, its own code kept for describeConnectError.
  if (e.code && (typeof e.syscall === 'string' || typeof e.errno === 'number')) {
    if (e.networkCode) return err;
    e.networkCode = e.code;
    e.code = '08006';
  } else if (!e.code && /Connection terminated|connection error|not queryable|Client was closed|Connection ended/i.test(e.message ?? '')) {
    e.code = '08006';
  } else return err;
  // Said plainly for whoever reads "cannot write the archive: …" (a mid-command loss, not an open).
  if (err instanceof Error && !/connection to the server was lost/.test(err.message)) {
    err.message = `the connection to the server was lost (${err.message.split('\n')[0]})`;
  }
  return err;
}

/** Run `fn` on one pooled connection; a connection that broke is thrown away, not reused. */
export async function withClient<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  // A checked-out client whose connection dies emits 'error'; unheard, that event ends the process.
  // The listener goes on in the driver's own callback: a promise would leave a gap in which the
  // rest of the bytes that brought "ready" (say, the server ending the session) reach no listener.
  let lost: Error | undefined;
  const onError = (err: Error) => {
    lost = err;
  };
  const client = await new Promise<PoolClient>((resolve, reject) => {
    pool.connect((err, c) => {
      if (err || !c) {
        // e.g. ended by the server while the connection was being made
        reject(markConnectionLoss(err ?? new Error('Connection terminated unexpectedly')));
        return;
      }
      c.on('error', onError);
      resolve(c);
    });
  });
  let broken: Error | undefined;
  try {
    return await fn(client);
  } catch (err) {
    markConnectionLoss(err);
    const code = (err as DriverError).code ?? '';
    if (!/^[0-9A-Z]{5}$/.test(code) || /^(08|57P)/.test(code)) broken = err instanceof Error ? err : new Error(String(err));
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken ?? lost);
  }
}
