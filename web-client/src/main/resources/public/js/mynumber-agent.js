// mynumber-agent.js: the JavaScript client of the My Number reader agent (ES module, no build step).
// Every API operation of /api/v1 (docs/api.md), the event stream, typed errors with the agent's stable
// codes, and the credentials: own-page session, native token, and pairing for allow-listed origins.

/**
 * The agent's stable error codes (docs/api.md, "Errors"), shared with the Java side.
 * @readonly
 * @enum {string}
 */
export const ErrorCode = Object.freeze({
  BAD_REQUEST: "BAD_REQUEST",
  INVALID_PIN_FORMAT: "INVALID_PIN_FORMAT",
  INVALID_ARGUMENT: "INVALID_ARGUMENT",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN_HOST: "FORBIDDEN_HOST",
  FORBIDDEN_ORIGIN: "FORBIDDEN_ORIGIN",
  NO_READER: "NO_READER",
  NOT_FOUND: "NOT_FOUND",
  SIMULATOR_ONLY: "SIMULATOR_ONLY",
  NO_CARD: "NO_CARD",
  CARD_REMOVED: "CARD_REMOVED",
  BUSY: "BUSY",
  WRONG_PIN: "WRONG_PIN",
  UNSUPPORTED_CARD: "UNSUPPORTED_CARD",
  PIN_BLOCKED: "PIN_BLOCKED",
  LAST_TRY_NOT_CONFIRMED: "LAST_TRY_NOT_CONFIRMED",
  INTERNAL: "INTERNAL",
  TRANSPORT_ERROR: "TRANSPORT_ERROR",
  SECURITY_STATUS_NOT_SATISFIED: "SECURITY_STATUS_NOT_SATISFIED",
  CONDITIONS_NOT_SATISFIED: "CONDITIONS_NOT_SATISFIED",
  FILE_NOT_FOUND: "FILE_NOT_FOUND",
  WRONG_LENGTH: "WRONG_LENGTH",
  MALFORMED_CARD_DATA: "MALFORMED_CARD_DATA",
  UNEXPECTED_STATUS: "UNEXPECTED_STATUS",
  PCSC_UNAVAILABLE: "PCSC_UNAVAILABLE",
  TIMEOUT: "TIMEOUT",
  REQUEST_TOO_LARGE: "REQUEST_TOO_LARGE",
  RATE_LIMITED: "RATE_LIMITED",
  /** Client side only: nothing answers at the agent's address; `hint` says how to start it. */
  AGENT_NOT_RUNNING: "AGENT_NOT_RUNNING",
  /** Client side only: the browser blocked the request to this computer (Local Network Access); `hint`: the fix. */
  LOCAL_NETWORK_BLOCKED: "LOCAL_NETWORK_BLOCKED",
  /** Client side only: the agent's API major version is not the one this client speaks ({@link API_MAJOR}). */
  AGENT_VERSION_INCOMPATIBLE: "AGENT_VERSION_INCOMPATIBLE",
  /** Client side only: the caller aborted (e.g. a pairing through its AbortSignal). */
  ABORTED: "ABORTED",
});

/** An error answered by the agent (`{code, message, triesLeft?, hint?}`) or a network failure. */
export class AgentError extends Error {
  /**
   * @param {string} code one of {@link ErrorCode}
   * @param {string} message the agent's message (never personal data)
   * @param {{status?: number, triesLeft?: number, hint?: string}} [extra]
   */
  constructor(code, message, extra = {}) {
    super(message);
    this.name = "AgentError";
    /** @type {string} */ this.code = code;
    /** @type {number} HTTP status, 0 for network failures */ this.status = extra.status ?? 0;
    /** @type {number|undefined} tries left (WRONG_PIN, PIN_BLOCKED, LAST_TRY_NOT_CONFIRMED) */
    this.triesLeft = extra.triesLeft;
    /** @type {string|undefined} what the user can do (PIN_BLOCKED: reset at the municipal office) */
    this.hint = extra.hint;
  }

  /** Whether the card (not the request) is the cause and the user can simply try again with a card. */
  get cardGone() {
    return this.code === ErrorCode.CARD_REMOVED || this.code === ErrorCode.NO_CARD;
  }
}

/**
 * @typedef {{id: string, name: string, cardPresent: boolean, cardType: "MY_NUMBER_CARD"|"OTHER"|"UNKNOWN",
 *   busy: boolean, simulated: boolean}} Reader
 * @typedef {{kind: string, triesLeft: number, maxTries: number, blocked: boolean, lastTry: boolean}} PinEntry
 * @typedef {{era?: "meiji"|"taisho"|"showa"|"heisei"|"reiwa", yymmdd?: string, birthDate?: string,
 *   digits?: string, expiryYear?: number, securityCode?: string}} CodeB
 *   照合番号B: `{birthDate:"1985-04-12", expiryYear, securityCode}` or `{era, yymmdd, expiryYear,
 *   securityCode}` or `{digits}` (14 digits)
 * @typedef {{available: boolean, masked: boolean, value: string|null, reason: string|null}} MyNumberView
 * @typedef {{name: string, description: string, status: "PASSED"|"FAILED"|"NOT_CHECKED", reason: string,
 *   reasonCode: string}} Check  reasonCode: Java CheckReason, worded by reasons.js
 * @typedef {{photoPng: string, photoWidth: number, photoHeight: number, nameImagePng: string,
 *   addressImagePng: string, securityCodeImagePng: string}} CardImages  base64 PNGs
 * @typedef {{status: "VALID"|"INVALID"|"INCOMPLETE", revocation: "GOOD"|"REVOKED"|"NOT_CHECKED",
 *   revocationReason: string, revocationReasonCode: string, checks: Check[]}} CertificateVerification  chain, validity, key usage, revocation
 * @typedef {{verdict: "VERIFIED"|"REJECTED"|"NOT_VERIFIED", status: "GENUINE"|"NOT_GENUINE"|"INCOMPLETE",
 *   checks: Check[], authCertificate: CertificateVerification|null,
 *   reasonCode: "ALL_CHECKS_PASSED"|"CHECK_FAILED"|"ISSUER_NOT_VERIFIED"|"CHECKS_INCOMPLETE"|"NOTHING_CHECKED"}} Verification  card data, and the JPKI
 *   authentication certificate (null when the card has none)
 * @typedef {{unlockedBy: "PIN"|"CODE_B", name: string, address: string, birthDate: string,
 *   birthDateJapanese: string, sex: string, expiry: string, myNumber: MyNumberView, images: CardImages,
 *   verification: Verification, validity: {status: "VALID"|"EXPIRED", expiry: string, expirySigned: false,
 *   note: string}}} CardInfo
 * @typedef {{name?: string, address?: string, birthDate?: string|null,
 *   sex?: "MALE"|"FEMALE"|"NOT_KNOWN"|"NOT_APPLICABLE"|"OTHER"|null}} AttributeValues  birthDate as `1985-04-12`
 * @typedef {{format: "mynumber-auth-token:1", algorithm: string, certificate: string, signature: string}} AuthToken
 *   what a server verifies (`AuthTokenVerifier`, docs/verification.md §3): certificate and signature base64
 * @typedef {{signature: string, algorithm: string, challengeDigest: string,
 *   certificate: {verification: CertificateVerification}, origin: string|null, token: AuthToken|null}} AuthResult
 *   `origin` and `token` are set in token mode (with `nonce`), null in raw mode (with `challenge`)
 * @typedef {{reader: string, id: string, cardType?: string, operation?: string, step?: string,
 *   done?: number, total?: number, pins?: PinEntry[]}} EventData
 */

/** The events the agent pushes (docs/api.md, "Events"). */
export const EVENT_TYPES = Object.freeze(["hello", "reader-attached", "reader-detached", "card-inserted",
  "card-removed", "progress", "pin-status"]);

/** Base64 of bytes, or the string itself when it is base64 already. */
export function toBase64(bytes) {
  if (typeof bytes === "string") return bytes;
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = "";
  for (const b of u8) s += String.fromCharCode(b);
  return btoa(s);
}

/** A fresh random challenge or nonce of `n` bytes (for demos; a real kiosk takes its server's nonce). */
export function randomChallenge(n = 32) {
  return crypto.getRandomValues(new Uint8Array(n));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The agent API major version this client speaks (`apiVersion` in `GET /health`, docs/api.md). */
export const API_MAJOR = 1;

/** What to do for each connect failure (shown by pages as `error.hint`; docs/js-client.md). */
const FIX = Object.freeze({
  AGENT_NOT_RUNNING: "Start the agent: `systemctl --user start mynumber-agent` (installed package) or "
    + "`java -jar reader-agent.jar`; check the port in the page's agent URL.",
  LOCAL_NETWORK_BLOCKED: "The browser blocks this site from reaching apps on this device (Local Network Access). "
    + "Allow it in the site settings (local network / apps on this device), or have the administrator add this "
    + "origin to the Chrome policy LoopbackNetworkAllowedForUrls (or LocalNetworkAccessAllowedForUrls).",
  FORBIDDEN_ORIGIN: "The agent is running but does not allow this site: add this origin to `allowedOrigins` in "
    + "the agent's configuration (/etc/mynumber-agent/agent.json) and restart the agent.",
  AGENT_VERSION_INCOMPATIBLE: "Update the agent (or this page) so that both speak the same API major version.",
});

/** Whether the page itself is on this computer (then the browser applies no Local Network Access check). */
function pageIsLoopback() {
  const host = globalThis.location?.hostname ?? "";
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Whether anything answers at a URL (an opaque no-cors request; refused CORS does not matter here). */
async function answers(url) {
  try {
    await fetch(url, { mode: "no-cors", credentials: "omit", cache: "no-store" });
    return true;
  } catch {
    return false;
  }
}

/** The Local Network Access permission for loopback: "granted", "denied", "prompt" or "unknown". */
async function loopbackPermission() {
  if (!globalThis.navigator?.permissions?.query) return "unknown";
  // Chromium names: loopback-network (split permission), local-network-access (first release)
  for (const name of ["loopback-network", "local-network-access"]) {
    try { return (await navigator.permissions.query({ name })).state; } catch { /* unknown to this browser */ }
  }
  return "unknown";
}

/** A client of one agent. Create it with {@link AgentClient.ownPage}, {@link AgentClient.pair} or a token. */
export class AgentClient {
  /**
   * @param {{baseUrl?: string, token?: string|null, fetch?: typeof fetch}} [options]
   *   baseUrl: e.g. `http://127.0.0.1:8765` ("" = the page's own origin); token: the bearer credential
   */
  constructor(options = {}) {
    this.baseUrl = (options.baseUrl ?? "").replace(/\/$/, "");
    this.token = options.token ?? null;
    this._fetch = options.fetch ?? ((...a) => fetch(...a));
  }

  /**
   * For the agent's own pages: gets a session token (`GET /api/v1/session`, same-origin only).
   * @param {string} [baseUrl]
   * @returns {Promise<AgentClient>}
   */
  static async ownPage(baseUrl = "") {
    const c = new AgentClient({ baseUrl });
    await c.connect();
    c.token = (await c._call("GET", "/session")).token;
    return c;
  }

  /**
   * For an allow-listed web origin: pairs with the agent. Shows `code` to the user (through `onCode`),
   * who confirms the same code in the agent's own page (`confirmUrl`); resolves when confirmed.
   * @param {string} baseUrl the agent, e.g. `http://127.0.0.1:8765`
   * @param {{onCode: (code: string, confirmUrl: string) => void, pollMillis?: number, timeoutMillis?: number,
   *   signal?: AbortSignal}} options
   * @returns {Promise<AgentClient>}
   */
  static async pair(baseUrl, options) {
    const c = new AgentClient({ baseUrl });
    await c.connect();
    const p = await c._call("POST", "/pairing", {});
    options.onCode(p.code, c.baseUrl + p.confirmUrl);
    const end = Date.now() + (options.timeoutMillis ?? 5 * 60_000);
    while (Date.now() < end) {
      if (options.signal?.aborted) throw new AgentError(ErrorCode.ABORTED, "pairing aborted");
      const r = await c._call("GET", `/pairing/${encodeURIComponent(p.id)}/token`);
      if (r.confirmed) {
        c.token = r.token;
        return c;
      }
      await sleep(options.pollMillis ?? 1000);
    }
    throw new AgentError(ErrorCode.TIMEOUT, "the pairing was not confirmed in time");
  }

  /**
   * Checks that the agent answers this page and speaks this client's API major version ({@link API_MAJOR}).
   * Fails with its own code and a `hint` for each cause: AGENT_NOT_RUNNING, LOCAL_NETWORK_BLOCKED (the browser's
   * Local Network Access), FORBIDDEN_ORIGIN (not in the agent's allowedOrigins), AGENT_VERSION_INCOMPATIBLE.
   * @returns {Promise<{status: string, version: string, apiVersion: string}>} the agent's health
   */
  async connect() {
    const health = await this._call("GET", "/health");
    const major = Number(String(health?.apiVersion ?? "").split(".")[0]);
    if (major !== API_MAJOR) {
      throw new AgentError(ErrorCode.AGENT_VERSION_INCOMPATIBLE, `the agent speaks API ${health?.apiVersion ?? "0 "
        + "(before versioning)"}, this client API ${API_MAJOR}`, { hint: FIX.AGENT_VERSION_INCOMPATIBLE });
    }
    return health;
  }

  // ---- readers and card operations ----

  /** `GET /health` (no credential): `{status, version, readers, pcsc, simulator}`. */
  health() { return this._call("GET", "/health"); }
  /** `GET /openapi.json`: the OpenAPI document. */
  openApi() { return this._call("GET", "/openapi.json"); }
  /** @returns {Promise<Reader[]>} */
  async readers() { return (await this._call("GET", "/readers")).readers; }
  /**
   * Every PIN / 照合番号 counter of the card, without spending a try.
   * @param {string} reader @returns {Promise<{pins: PinEntry[]}>}
   */
  pinStatus(reader) { return this._call("GET", `${r(reader)}/pin-status`); }
  /**
   * Card information, unlocked by the holder's 4-digit PIN (券面事項入力補助用) or staff-typed 照合番号B.
   * @param {string} reader
   * @param {{pin?: string, codeB?: CodeB, revealMyNumber?: boolean, confirmLastTry?: boolean}} request
   * @returns {Promise<CardInfo>}
   */
  cardInfo(reader, request) { return this._call("POST", `${r(reader)}/card-info`, request); }
  /** The 利用者証明用電子証明書 (no PIN). */
  authCertificate(reader) { return this._call("GET", `${r(reader)}/certificates/auth`); }
  /**
   * The 署名用電子証明書 (needs the signing password).
   * @param {string} reader @param {{password: string, confirmLastTry?: boolean}} request
   */
  signCertificate(reader, request) { return this._call("POST", `${r(reader)}/certificates/sign`, request); }
  /**
   * The card signs with its authentication key (利用者証明用) after the holder's 4-digit PIN. Two modes:
   * - token mode, `{pin, nonce}`: the card signs SHA-256(origin) || SHA-256(nonce), where `nonce` is your
   *   server's fresh random value (at least 32 bytes) and the origin is this page's, as the browser tells the
   *   agent; `result.token` goes to your server, which verifies it for its own origin and that nonce only
   *   (`AuthTokenVerifier`, docs/js-client.md). A page cannot name another origin: that is BAD_REQUEST.
   * - raw mode, `{pin, challenge}`: the card signs SHA-256(challenge); no origin binding, no token.
   * Bytes may be given as Uint8Array, ArrayBuffer or base64.
   * @param {string} reader
   * @param {{pin: string, nonce?: Uint8Array|ArrayBuffer|string, origin?: string,
   *   challenge?: Uint8Array|ArrayBuffer|string, confirmLastTry?: boolean}} request
   * @returns {Promise<AuthResult>}
   */
  authenticate(reader, request) {
    const body = { ...request };
    if (body.nonce !== undefined) body.nonce = toBase64(body.nonce);
    if (body.challenge !== undefined) body.challenge = toBase64(body.challenge);
    return this._call("POST", `${r(reader)}/authenticate`, body);
  }
  /**
   * Signs data or a digest with the signing key (password): raw PKCS#1 v1.5 or detached CMS.
   * @param {string} reader
   * @param {{password: string, data?: Uint8Array|string, digest?: Uint8Array|string,
   *   digestAlgorithm?: "SHA256"|"SHA384"|"SHA512", format?: "RAW"|"CMS", confirmLastTry?: boolean}} request
   */
  sign(reader, request) {
    const body = { ...request };
    if (body.data !== undefined) body.data = toBase64(body.data);
    if (body.digest !== undefined) body.digest = toBase64(body.digest);
    return this._call("POST", `${r(reader)}/sign`, body);
  }

  /**
   * Compares what a card showed with the record counter staff hold, field by field (no card is touched).
   * Width (全角/半角), spaces and dashes are tolerated: such a field comes back EQUIVALENT, not SAME.
   * @param {AttributeValues} card the values the card showed (e.g. from {@link AgentClient#cardInfo})
   * @param {AttributeValues} record the staff's record; absent fields come back NOT_COMPARED
   * @returns {Promise<{field: "name"|"address"|"birthDate"|"sex",
   *   result: "SAME"|"EQUIVALENT"|"DIFFERENT"|"NOT_COMPARED"|"UNREADABLE"}[]>}
   */
  async compare(card, record) { return (await this._call("POST", "/compare", { card, record })).fields; }

  // ---- simulator control (agent started with --simulator) ----

  /** Simulator controls; every call fails with SIMULATOR_ONLY on an agent without `--simulator`. */
  get simulator() {
    const s = "/simulator/readers";
    return {
      personas: async () => (await this._call("GET", "/simulator/personas")).personas,
      readers: async () => (await this._call("GET", s)).readers,
      addReader: (name) => this._call("POST", s, { name }),
      removeReader: (reader) => this._call("DELETE", `${s}/${enc(reader)}`),
      insertCard: (reader, persona) => this._call("POST", `${s}/${enc(reader)}/card`, { persona }),
      removeCard: (reader) => this._call("DELETE", `${s}/${enc(reader)}/card`),
      resetCounters: (reader) => this._call("POST", `${s}/${enc(reader)}/reset-counters`),
      /** @param {string} plan e.g. `remove-at:3`, `sw-at:2=6A82`, `delay:500ms` (comma-separated) */
      injectFaults: (reader, plan) => this._call("POST", `${s}/${enc(reader)}/faults`, { plan }),
      apduLog: async (reader) => (await this._call("GET", `${s}/${enc(reader)}/apdu-log`)).entries,
    };
  }

  // ---- events ----

  /**
   * Opens the event stream (server-sent events). Handlers are keyed by event type ({@link EVENT_TYPES});
   * `"*"` receives every event as `(type, data)`. EventSource reconnects by itself after a drop.
   * @param {Object<string, Function>} handlers e.g. `{"card-removed": (d) => wipe(d.id)}`
   * @param {{onError?: (e: Event) => void, onOpen?: () => void}} [options]
   * @returns {{close: () => void, source: EventSource}}
   */
  events(handlers, options = {}) {
    const url = `${this.baseUrl}/api/v1/events?access_token=${encodeURIComponent(this.token ?? "")}`;
    const source = new EventSource(url);
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (e) => {
        const data = parse(e.data);
        handlers[type]?.(data);
        handlers["*"]?.(type, data);
      });
    }
    if (options.onError) source.onerror = options.onError;
    if (options.onOpen) source.onopen = options.onOpen;
    return { close: () => source.close(), source };
  }

  // ---- plumbing ----

  /**
   * Tells why a request got no answer (the browser hides the cause). A no-cors request is opaque but
   * succeeds when something answered: then the agent runs and refused this origin (CORS). When nothing
   * answers, the Local Network Access permission tells a browser block from an agent that is not running.
   */
  async _unreachable(error) {
    const fail = (code, what) => new AgentError(code, `${what} (${error.message})`, { hint: FIX[code] });
    if (await answers(`${this.baseUrl}/api/v1/health`)) {
      return fail(ErrorCode.FORBIDDEN_ORIGIN, "the agent answers but not to this origin");
    }
    const permission = pageIsLoopback() ? "unknown" : await loopbackPermission();
    if (permission === "prompt" || permission === "denied") {
      return fail(ErrorCode.LOCAL_NETWORK_BLOCKED, "the browser blocked the request to this computer");
    }
    return fail(ErrorCode.AGENT_NOT_RUNNING, "the agent cannot be reached");
  }

  async _call(method, path, body) {
    const headers = { Accept: "application/json" };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await this._fetch(`${this.baseUrl}/api/v1${path}`, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit", cache: "no-store",
      });
    } catch (e) {
      throw await this._unreachable(e);
    }
    if (response.status === 204) return null;
    const json = parse(await response.text());
    if (!response.ok) {
      const j = json ?? {};
      throw new AgentError(j.code ?? ErrorCode.INTERNAL, j.message ?? `HTTP ${response.status}`,
        { status: response.status, triesLeft: j.triesLeft, hint: j.hint });
    }
    if (response.status === 202 && json) json.confirmed = false;
    return json;
  }
}

function enc(s) { return encodeURIComponent(s); }
function r(reader) { return `/readers/${enc(reader)}`; }
function parse(text) {
  if (!text) return null;
  try { return JSON.parse(text); } catch { return null; }
}
