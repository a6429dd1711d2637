// ui.js: what the three pages share: labels (Japanese first, English switch), the on-screen PIN pad,
// plain-word error texts, and Japanese era dates.
import { ErrorCode } from "./mynumber-agent.js";
import { VERDICT_REASONS } from "./reasons.js";

/** Labels: `ja` is the default; `en` when the user switches. Keys are used in `data-i18n` attributes. */
const LABELS = {
  ja: {
    lang: "English", readerNone: "カードリーダーがありません", noCard: "カードを置いてください",
    cardPresent: "カードがあります", otherCard: "マイナンバーカードではありません", busy: "処理中",
    clear: "消去", back: "1字消す", ok: "決定", cancel: "やめる", yes: "はい", no: "いいえ",
    triesLeft: "あと{n}回", wrongPin: "暗証番号が違います。残り{n}回です。",
    lastTry: "残り1回です。間違えると暗証番号がロックされます。続けますか？",
    blocked: "暗証番号がロックされています。お住まいの市区町村の窓口で暗証番号の再設定を行ってください。",
    removed: "カードが取り外されました。", noCardErr: "カードがありません。", busyErr: "リーダーが使用中です。もう一度お試しください。",
    timeout: "時間内に応答がありませんでした。", formatErr: "入力の形式が正しくありません。",
    unsupported: "このカードでは利用できません。",
    cardErr: "カードの読み取りに失敗しました。", linkUp: "● 接続済み", linkDown: "○ 未接続",
    "err.BAD_REQUEST": "要求の形式が正しくありません。画面を開き直してください。",
    "err.INVALID_ARGUMENT": "入力の形式が正しくありません。",
    "err.UNAUTHORIZED": "エージェントへの接続が許可されていません。画面を開き直してください。",
    "err.FORBIDDEN_HOST": "このアドレスからはエージェントを使えません。",
    "err.FORBIDDEN_ORIGIN": "このページからのエージェントの利用は許可されていません。",
    "err.NO_READER": "カードリーダーが見つかりません。接続を確認してください。",
    "err.NOT_FOUND": "見つかりません。",
    "err.SIMULATOR_ONLY": "シミュレーターのときだけ使えます。",
    "err.INTERNAL": "エージェント内部のエラーです。もう一度お試しください。続く場合は管理者に連絡してください。",
    "err.TRANSPORT_ERROR": "カードとの通信に失敗しました。カードを置き直してください。",
    "err.SECURITY_STATUS_NOT_SATISFIED": "カードがこの操作を許可しませんでした。もう一度お試しください。",
    "err.CONDITIONS_NOT_SATISFIED": "カードがこの操作を受け付けませんでした。カードを置き直してください。",
    "err.FILE_NOT_FOUND": "カードが必要な情報を返しませんでした。カードを置き直してもう一度お試しください。",
    "err.WRONG_LENGTH": "カードの応答が想定と異なります。カードを置き直してください。",
    "err.MALFORMED_CARD_DATA": "カードのデータが読み取れない形式です。カードを置き直し、続く場合はこのカードで本人確認をしないでください。",
    "err.UNEXPECTED_STATUS": "カードが想定外の応答をしました。カードを置き直してください。",
    "err.PCSC_UNAVAILABLE": "カードリーダーのサービス（PC/SC）が動いていません。管理者に連絡してください。",
    "err.ABORTED": "中止しました。",
    "err.REQUEST_TOO_LARGE": "送る内容が大きすぎます。小さくしてからもう一度お試しください。",
    "err.RATE_LIMITED": "短い間に要求が多すぎます。少し待ってからもう一度お試しください。",
    "err.AGENT_NOT_RUNNING": "このパソコンでエージェントが動いていません。起動してから画面を開き直してください。",
    "err.LOCAL_NETWORK_BLOCKED": "ブラウザーがこのパソコン上のエージェントへの接続を止めました。ローカル ネットワークへのアクセスを許可してください（管理者はポリシーで許可できます）。",
    "err.AGENT_VERSION_INCOMPATIBLE": "エージェントの版がこのページと合いません。エージェントを更新してください。",
    "unknownErr": "予期しないエラーが発生しました。もう一度お試しください。",
  },
  en: {
    lang: "日本語", readerNone: "No card reader", noCard: "Please insert a card",
    cardPresent: "Card present", otherCard: "Not a My Number card", busy: "Working",
    clear: "Clear", back: "Delete", ok: "OK", cancel: "Cancel", yes: "Yes", no: "No",
    triesLeft: "{n} tries left", wrongPin: "Wrong PIN. {n} tries left.",
    lastTry: "One try left. A wrong PIN now locks it. Continue?",
    blocked: "The PIN is locked. It is reset at the municipal office (市区町村の窓口).",
    removed: "The card was removed.", noCardErr: "No card in the reader.", busyErr: "The reader is busy. Try again.",
    timeout: "The card did not answer in time.", formatErr: "The input has the wrong format.",
    unsupported: "Not available on this card.",
    cardErr: "Reading the card failed.", linkUp: "● connected", linkDown: "○ not connected",
    "err.BAD_REQUEST": "The request was malformed. Reload the page.",
    "err.INVALID_ARGUMENT": "The input has the wrong format.",
    "err.UNAUTHORIZED": "This page may not use the agent. Reload the page.",
    "err.FORBIDDEN_HOST": "The agent cannot be used from this address.",
    "err.FORBIDDEN_ORIGIN": "This page is not allowed to use the agent.",
    "err.NO_READER": "No card reader found. Check its cable.",
    "err.NOT_FOUND": "Not found.",
    "err.SIMULATOR_ONLY": "Only available with the simulator.",
    "err.INTERNAL": "An error inside the agent. Try again; if it persists, call the administrator.",
    "err.TRANSPORT_ERROR": "Talking to the card failed. Place the card again.",
    "err.SECURITY_STATUS_NOT_SATISFIED": "The card refused this operation. Try again.",
    "err.CONDITIONS_NOT_SATISFIED": "The card did not accept this operation. Place the card again.",
    "err.FILE_NOT_FOUND": "The card did not return the data needed. Place the card again and retry.",
    "err.WRONG_LENGTH": "The card answered unexpectedly. Place the card again.",
    "err.MALFORMED_CARD_DATA": "The card's data could not be read. Place the card again; if it persists, do not identify the holder with this card.",
    "err.UNEXPECTED_STATUS": "The card gave an unexpected answer. Place the card again.",
    "err.PCSC_UNAVAILABLE": "The card reader service (PC/SC) is not running. Call the administrator.",
    "err.ABORTED": "Stopped.",
    "err.REQUEST_TOO_LARGE": "What was sent is too large. Make it smaller and try again.",
    "err.RATE_LIMITED": "Too many requests in a short time. Wait a moment and try again.",
    "err.AGENT_NOT_RUNNING": "The agent is not running on this computer. Start it, then reload the page.",
    "err.LOCAL_NETWORK_BLOCKED": "The browser stopped this page from reaching the agent on this computer. Allow local network access (an administrator can allow it by policy).",
    "err.AGENT_VERSION_INCOMPATIBLE": "The agent's version does not match this page. Update the agent.",
    "unknownErr": "An unexpected error occurred. Try again.",
  },
};
let lang = "ja";
const extra = { ja: {}, en: {} };

/** Adds page-specific labels. @param {{ja: Object<string,string>, en: Object<string,string>}} labels */
export function addLabels(labels) {
  Object.assign(extra.ja, labels.ja);
  Object.assign(extra.en, labels.en);
}

/** The label for `key` in the current language, with `{n}`-style placeholders filled. */
export function t(key, vars = {}) {
  const s = extra[lang][key] ?? LABELS[lang][key] ?? extra.ja[key] ?? LABELS.ja[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));
}

/** The current language. */
export function language() { return lang; }

/** Fills every `[data-i18n]` element's text with its label. */
export function applyLabels(root = document) {
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

/** Switches ja <-> en and re-applies labels; `onChange` re-renders dynamic texts. */
export function bindLanguageSwitch(button, onChange = () => {}) {
  button.addEventListener("click", () => {
    lang = lang === "ja" ? "en" : "ja";
    applyLabels();
    onChange();
  });
}

/** A plain-words message for an error (AgentError or other); never the raw code (it stays in `err.code`). */
export function errorText(err) {
  switch (err?.code) {
    case ErrorCode.WRONG_PIN: return t("wrongPin", { n: err.triesLeft });
    case ErrorCode.PIN_BLOCKED: return t("blocked");
    case ErrorCode.LAST_TRY_NOT_CONFIRMED: return t("lastTry");
    case ErrorCode.CARD_REMOVED: return t("removed");
    case ErrorCode.NO_CARD: return t("noCardErr");
    case ErrorCode.BUSY: return t("busyErr");
    case ErrorCode.TIMEOUT: return t("timeout");
    case ErrorCode.INVALID_PIN_FORMAT: case ErrorCode.BAD_REQUEST: return t("formatErr");
    case ErrorCode.UNSUPPORTED_CARD: return t("unsupported");
    default: return LABELS.ja[`err.${err?.code}`] ? t(`err.${err.code}`) : t("unknownErr");
  }
}

/** Every error code that {@link errorText} puts in words (the codes of the agent and of the JS client). */
export function errorCodesInWords() {
  return Object.values(ErrorCode).filter((code) => errorText({ code, triesLeft: 1 }) !== t("unknownErr"));
}

/**
 * An on-screen PIN pad (touch) that also takes the keyboard (digits, Backspace, Enter, Escape).
 * The digits live only in this object and are wiped after submit, clear and {@link PinPad#wipe}.
 */
export class PinPad {
  /**
   * @param {HTMLElement} root where to render
   * @param {{length?: number, onSubmit: (pin: string) => void, label?: string}} options
   */
  constructor(root, options) {
    this.root = root;
    this.length = options.length ?? 4;
    this.onSubmit = options.onSubmit;
    this.digits = [];
    this.enabled = true;
    this._render(options.label ?? "");
    this._onKey = (e) => this._key(e);
    document.addEventListener("keydown", this._onKey);
  }

  _render(label) {
    this.root.classList.add("pinpad");
    this.root.replaceChildren();
    const display = el("div", "pin-display");
    display.setAttribute("aria-live", "polite");
    display.setAttribute("aria-label", label);
    this.display = display;
    const keys = el("div", "pin-keys");
    for (const k of ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]) {
      const b = el("button", k.length === 1 ? "key digit" : "key fn");
      b.type = "button";
      b.dataset.key = k;
      if (k.length === 1) b.textContent = k; else b.dataset.i18n = k;
      b.addEventListener("click", () => this._press(k));
      keys.append(b);
    }
    const ok = el("button", "key ok");
    ok.type = "button";
    ok.dataset.key = "ok";
    ok.dataset.i18n = "ok";
    ok.addEventListener("click", () => this._press("ok"));
    this.okButton = ok;
    this.root.append(display, keys, ok);
    applyLabels(this.root);
    this._show();
  }

  _key(e) {
    if (!this.enabled || this.root.offsetParent === null) return;
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    // Enter or Space on a focused button presses that button (keyboard-only use), not 決定
    if (e.target instanceof HTMLButtonElement && (e.key === "Enter" || e.key === " ")) return;
    if (/^[0-9]$/.test(e.key)) this._press(e.key);
    else if (e.key === "Backspace") this._press("back");
    else if (e.key === "Escape") this._press("clear");
    else if (e.key === "Enter") this._press("ok");
    else return;
    e.preventDefault();
  }

  _press(k) {
    if (!this.enabled) return;
    if (/^[0-9]$/.test(k) && this.digits.length < this.length) this.digits.push(k);
    else if (k === "back") this.digits.pop();
    else if (k === "clear") this.wipe();
    else if (k === "ok" && this.digits.length === this.length) {
      const pin = this.digits.join("");
      this.wipe();
      this.onSubmit(pin);
    }
    this._show();
  }

  _show() {
    this.display.textContent = Array.from({ length: this.length }, (_, i) => (i < this.digits.length ? "●" : "○"))
      .join(" ");
    this.okButton.disabled = this.digits.length !== this.length;
  }

  /** Forgets the digits typed so far. */
  wipe() {
    this.digits.fill("");
    this.digits = [];
    this._show();
  }

  /** Turns input on or off (off while the card works). */
  setEnabled(on) {
    this.enabled = on;
    for (const b of this.root.querySelectorAll("button")) b.disabled = !on;
    if (on) this._show();
  }
}

/** Creates an element with a class. */
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Japanese eras and their first days (spec: 照合番号B uses the era year). */
export const ERAS = [
  { id: "reiwa", ja: "令和", en: "Reiwa", start: "2019-05-01" },
  { id: "heisei", ja: "平成", en: "Heisei", start: "1989-01-08" },
  { id: "showa", ja: "昭和", en: "Showa", start: "1926-12-25" },
  { id: "taisho", ja: "大正", en: "Taisho", start: "1912-07-30" },
  { id: "meiji", ja: "明治", en: "Meiji", start: "1868-01-25" },
];

/** `YYYY-MM-DD` from an era id and the era year, month, day; null when the date is outside the era. */
export function fromEra(eraId, year, month, day) {
  const era = ERAS.find((e) => e.id === eraId);
  if (!era || year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const y = Number(era.start.slice(0, 4)) + year - 1;
  const iso = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso || iso < era.start) return null;
  const next = ERAS[ERAS.indexOf(era) - 1];
  return next && iso >= next.start ? null : iso;
}

/** `昭和60年4月12日` for `1985-04-12` (the first era year is written 元年). */
export function toJapaneseDate(iso) {
  if (!iso) return "";
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) return iso;
  const y = Number(iso.slice(0, 4)) - Number(era.start.slice(0, 4)) + 1;
  return `${era.ja}${y === 1 ? "元" : y}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** Shows whether the live event stream from the agent is connected (in `#link`). */
export function showLink(connected) {
  const e = document.getElementById("link");
  if (!e) return;
  e.dataset.i18n = connected ? "linkUp" : "linkDown";
  e.textContent = t(e.dataset.i18n);
  e.className = `link ${connected ? "up" : "down"}`;
}

/**
 * Why a card-data verdict is what it is, for the sentence under it: `VERIFIED`, `REJECTED`, `ISSUER_NOT_VERIFIED`
 * (no issuer key configured, so the data's origin is unproven although nothing failed) or `NOT_CHECKED`
 * (some other check could not be made). Read from the verdict's `reasonCode` (Java VerdictReason), never from
 * English text.
 * @param {{verdict: string, reasonCode?: string}} verification
 * @returns {"VERIFIED"|"REJECTED"|"ISSUER_NOT_VERIFIED"|"NOT_CHECKED"}
 */
export function verdictReason(verification) {
  if (verification.verdict === "VERIFIED" || verification.verdict === "REJECTED") return verification.verdict;
  return VERDICT_REASONS[verification.reasonCode] ?? "NOT_CHECKED";
}
