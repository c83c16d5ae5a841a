/** Every Jira request the emulator answered (or dropped), and counts per endpoint. */
export interface RequestLogEntry {
  seq: number;
  at: string;
  method: string;
  path: string;
  /** `METHOD template`, e.g. `POST /rest/api/3/issue/bulk`; the raw path when no route matched. */
  endpoint: string;
  /** The status sent, or that would have been sent when the response was dropped. */
  status: number;
  /** Account id of the caller, `app`, or null when unauthenticated. */
  account: string | null;
  ms: number;
  /** Which fault changed this request, if any. */
  fault?: 'latency' | 'status' | 'dropResponse';
  /** Why the request failed spec validation, if it did. */
  invalid?: string;
}

/** Entries kept; counts are kept for everything. */
const LOG_LIMIT = 10_000;

export class RequestLog {
  private list: RequestLogEntry[] = [];
  private perEndpoint = new Map<string, number>();
  private nextSeq = 1;

  record(entry: Omit<RequestLogEntry, 'seq' | 'at'>): RequestLogEntry {
    const full: RequestLogEntry = { seq: this.nextSeq++, at: new Date().toISOString(), ...entry };
    this.list.push(full);
    if (this.list.length > LOG_LIMIT) this.list.shift();
    this.perEndpoint.set(entry.endpoint, (this.perEndpoint.get(entry.endpoint) ?? 0) + 1);
    return full;
  }

  entries(): RequestLogEntry[] {
    return this.list.map((e) => ({ ...e }));
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.perEndpoint);
  }

  clear(): void {
    this.list = [];
    this.perEndpoint.clear();
  }
}
