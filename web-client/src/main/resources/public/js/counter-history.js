// counter-history.js: the counter's local history of checks, as the Digital Agency's 対面確認アプリ keeps one:
// only the time, the card's expiry year and the result; never a name, number, birth date, address or photo.
// Kept in this browser's localStorage (per origin, on this PC only); a supervisor exports it as CSV.

/** The localStorage key (docs/web-client.md). */
export const HISTORY_KEY = "mynumber-counter-history";
/** At most this many entries are kept; the oldest go first. */
const MAX = 1000;

/**
 * The one result word of a read, most serious first: the data failed a check, the card expired, its JPKI
 * certificate is revoked or invalid, something was not checked, or everything was confirmed.
 * @param {{verification: {verdict: string, authCertificate?: {status: string, revocation?: string}}, validity?: {status: string}}} info
 * @returns {"REJECTED"|"EXPIRED"|"CERT_REVOKED"|"CERT_INVALID"|"NOT_VERIFIED"|"VERIFIED"}
 */
export function resultOf(info) {
  const v = info.verification;
  const cert = v.authCertificate;
  if (v.verdict === "REJECTED") return "REJECTED";
  if (info.validity?.status === "EXPIRED") return "EXPIRED";
  if (cert?.revocation === "REVOKED") return "CERT_REVOKED";
  if (cert?.status === "INVALID") return "CERT_INVALID";
  return v.verdict === "VERIFIED" ? "VERIFIED" : "NOT_VERIFIED";
}

/** The stored entries, oldest first: `{time, expiryYear, result}`. */
export function entries() {
  try {
    const list = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? "[]");
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/**
 * Adds one entry for a read: the current time, the year of the card's expiry and the result, nothing else.
 * @param {{expiry: string}} info the card-info answer (only its expiry year and results are used)
 */
export function remember(info, now = new Date()) {
  const entry = { time: now.toISOString(), expiryYear: Number(String(info.expiry).slice(0, 4)), result: resultOf(info) };
  const list = [...entries(), entry].slice(-MAX);
  localStorage.setItem(HISTORY_KEY, JSON.stringify(list));
}

/** Forgets every entry. */
export function clearHistory() { localStorage.removeItem(HISTORY_KEY); }

/**
 * The history as CSV (RFC 4180, CRLF, UTF-8 with a BOM so spreadsheet programs read the Japanese words).
 * @param {(result: string) => string} words the result in the page's words
 */
export function toCsv(words) {
  const rows = [["time", "expiry_year", "result", "result_words"],
    ...entries().map((e) => [e.time, String(e.expiryYear), e.result, words(e.result)])];
  return "\uFEFF" + rows.map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(",")).join("\r\n") + "\r\n";
}
