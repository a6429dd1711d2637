// counter.js: the counter verification page (窓口). Personal data lives only in the DOM of #card and
// #compare and in `shown` below; wipe() removes all of it on card removal, idle timeout or by hand.
// The full My Number is never asked for on a read: only a deliberate reveal asks the card again (with the
// holder's PIN once more), and the answer goes straight into the DOM, never into a variable.
import { AgentClient, ErrorCode } from "./mynumber-agent.js";
import { ReaderWatch, sameReader } from "./reader-watch.js";
import { addLabels, applyLabels, bindLanguageSwitch, errorText,
  PinPad, showLink, t, toJapaneseDate, el, verdictReason } from "./ui.js";
import { reasonWords } from "./reasons.js";
import { wireHistory, remember } from "./counter-history-view.js";
import { codeBInput, clearCodeB, wireCodeBForm } from "./counter-codeb.js";
import { failuresFirst, printedExpiry, renderValidity, showChecksToggle, wireChecksToggle } from "./counter-face.js";

addLabels({
  ja: { title: "窓口 本人確認（マイナンバーカード）", reader: "リーダー", wipe: "表示を消去", unlockTitle: "カードを読み取る",
    tabPin: "暗証番号（ご本人が入力）", tabCodeB: "照合番号B（職員が入力）",
    pinHelp: "券面事項入力補助用暗証番号（数字4桁）を入力してください。", birth: "生年月日", eraCal: "和暦",
    westernCal: "西暦", year: "年", month: "月", day: "日", expiryYear: "有効期限の年（西暦）",
    securityCode: "セキュリティコード（4桁）", read: "読み取る", cardTitle: "券面の情報", name: "氏名", address: "住所",
    sex: "性別", expiry: "有効期限", myNumber: "個人番号", reveal: "表示する", hide: "隠す", nameImage: "氏名（券面の画像）",
    addressImage: "住所（券面の画像）", verification: "真正性の確認", compareTitle: "手元の記録と照合", record: "手元の記録",
    onCard: "カード", result: "結果", match: "一致", equivalent: "一致（表記の違いのみ）", mismatch: "不一致", empty: "未入力",
    dateFormat: "日付の形式を確認してください（例: 昭和60年4月12日、S60.4.12、1985-04-12）",
    revealAsk: "個人番号を表示します。周囲の人に見られないことを確認してください。", revealYes: "表示する",
    revealPinAsk: "個人番号を表示するため、ご本人が暗証番号（数字4桁）をもう一度入力してください。", revealCancel: "表示をやめる",
    reading: "読み取り中…", wrongCodeB: "照合番号Bが一致しません。残り{n}回です。", idleWiped: "一定時間操作がなかったため、表示を消去しました。", cardRemovedWiped: "カードが取り外されたため、表示を消去しました。",
    codeBInvalid: "照合番号Bの入力を確認してください（生年月日・有効期限の年・セキュリティコード4桁）。",
    noNumber: "照合番号Bでは個人番号は読み取れません", MALE: "男", FEMALE: "女", NOT_KNOWN: "不明", NOT_APPLICABLE: "適用不能", OTHER: "その他",
    PASSED: "確認できました", FAILED: "確認できませんでした", NOT_CHECKED: "未確認",
    VERIFIED: "真正なカードであることを確認しました", NOT_VERIFIED: "一部または全部の確認が行われていません", REJECTED: "確認に失敗しました。このカードを信頼しないでください",
    "text-ap.certificate": "個人番号・基本4情報の発行者証明書（J-LIS発行）", "text-ap.my-number-digest": "個人番号が改ざんされていないこと",
    "text-ap.attributes-digest": "基本4情報（氏名・住所・生年月日・性別）が改ざんされていないこと",
    "text-ap.integrity-signature": "個人番号・基本4情報への発行者の署名", "text-ap.liveness": "カード自身の鍵による応答（複製でないこと・文字情報）", "text-ap.key-link": "チップの鍵と発行者とのつながり（文字情報）",
    "visual-ap.certificate": "券面情報の発行者証明書（J-LIS発行）", "visual-ap.face-signature": "券面・顔写真への発行者の署名",
    "visual-ap.liveness": "カード自身の鍵による応答（複製でないこと・券面情報）", authCert: "公的個人認証の証明書", certVALID: "有効", certINVALID: "無効です", certREVOKED: "失効しています", certNOT_CHECKED: "失効確認できず", certINCOMPLETE: "確認できず",
    unlockedPIN: "暗証番号で読み取り", unlockedCODE_B: "照合番号Bで読み取り",
    whyVERIFIED: "券面の文字と顔写真は発行者の署名と一致し、カードのICチップ自身が応答しました（複製ではありません）。",
    whyREJECTED: "カードのデータが発行者の署名と一致しません。改ざん・偽造の可能性があります。本人確認に使わず、責任者に相談してください。",
    whyISSUER_NOT_VERIFIED: "発行者の鍵が設定されていないため、このデータが正規に発行されたものかは確認できていません（発行者未確認）。表示は参考情報です。管理者に設定を依頼してください。",
    whyNOT_CHECKED: "確認できなかった項目があります（下の一覧）。表示内容だけで本人確認を終えないでください。",
    counterBlocked: "この暗証番号はロックされています（入力の誤りが続いたため）。今は職員が「照合番号B」（生年月日・有効期限の年・セキュリティコード）で読み取れます。暗証番号の再設定（初期化）は、市区町村のマイナンバーカード担当の窓口で受け付けます。",
    useCodeB: "照合番号Bで読み取る", codeBWay: "入力のしかた", codeBParts: "項目ごと", codeBDigits: "14桁の数字",
    codeBDigitsLabel: "照合番号B（14桁：生年月日の和暦6桁＋有効期限の年4桁＋セキュリティコード4桁）",
    codeBLastTry: "照合番号Bの入力は残り1回です。間違えると照合番号Bがロックされます。入力した照合番号Bで読み取りますか？",
    codeBBlocked: "照合番号Bがロックされています。ご本人の暗証番号で読み取ってください。",
    codeBDigitsInvalid: "照合番号Bは14桁の数字で入力してください（生年月日の和暦6桁＋有効期限の年4桁＋セキュリティコード4桁）。" },
  en: { title: "Counter verification (My Number card)", reader: "Reader", wipe: "Clear screen", unlockTitle: "Read the card",
    tabPin: "PIN (holder types)", tabCodeB: "Code B (staff types)", pinHelp: "Enter the 4-digit PIN for the text application.",
    birth: "Birth date", eraCal: "Japanese era", westernCal: "Western", year: "y", month: "m", day: "d",
    expiryYear: "Expiry year", securityCode: "Security code (4 digits)", read: "Read", cardTitle: "Card face", name: "Name",
    address: "Address", sex: "Sex", expiry: "Expiry", myNumber: "My Number", reveal: "Reveal", hide: "Hide",
    nameImage: "Name (card image)", addressImage: "Address (card image)", verification: "Authenticity",
    compareTitle: "Compare with your record", record: "Your record", onCard: "Card", result: "Result", match: "Match",
    equivalent: "Match (written differently only)", mismatch: "Different", empty: "not entered",
    dateFormat: "Check the date format (e.g. 1985-04-12, S60.4.12)", revealAsk: "The My Number will be shown. Make sure nobody else can see the screen.",
    revealYes: "Reveal", revealPinAsk: "To show the My Number, the holder types the 4-digit PIN once more.",
    revealCancel: "Do not reveal", reading: "Reading…", wrongCodeB: "Code B does not match. {n} tries left.", idleWiped: "Cleared after a period without activity.",
    cardRemovedWiped: "The card was removed; the screen was cleared.",
    codeBInvalid: "Check code B (birth date, expiry year, 4-digit security code).",
    noNumber: "Code B does not give the My Number", MALE: "Male", FEMALE: "Female", NOT_KNOWN: "Not known",
    NOT_APPLICABLE: "Not applicable", OTHER: "Other", PASSED: "confirmed", FAILED: "failed", NOT_CHECKED: "not checked",
    VERIFIED: "The card is genuine", NOT_VERIFIED: "Some or all checks were not done", REJECTED: "A check failed: do not trust this card",
    "text-ap.certificate": "Issuer certificate of My Number and attributes (J-LIS)", "text-ap.my-number-digest": "My Number not altered",
    "text-ap.attributes-digest": "Name, address, birth date and sex not altered",
    "text-ap.integrity-signature": "Issuer signature over My Number and attributes", "text-ap.liveness": "The chip answers with its own key (not a copy; text data)", "text-ap.key-link": "The chip's key is tied to the issuer (text data)",
    "visual-ap.certificate": "Issuer certificate of the card face (J-LIS)", "visual-ap.face-signature": "Issuer signature over card face and photo",
    "visual-ap.liveness": "The chip answers with its own key (not a copy; card face)", authCert: "JPKI certificate", certVALID: "valid", certINVALID: "invalid", certREVOKED: "revoked", certNOT_CHECKED: "revocation not checked", certINCOMPLETE: "not checked",
    unlockedPIN: "Read with the PIN", unlockedCODE_B: "Read with code B",
    whyVERIFIED: "The text and photo match the issuer's signatures, and the card's own chip answered (not a copy).",
    whyREJECTED: "The card's data does not match the issuer's signature: it may be altered or forged. Do not use it to identify the holder; ask your supervisor.",
    whyISSUER_NOT_VERIFIED: "No issuer key is configured, so it is not proven that this data was issued by J-LIS (issuer not verified). Treat it as information only and ask the administrator to configure the keys.",
    whyNOT_CHECKED: "Some checks could not be made (see the list). Do not complete an identity check on what is shown alone.",
    counterBlocked: "This PIN is locked (too many wrong tries). Staff can read the card now with code B (birth date, expiry year, security code). The PIN is reset at the municipal office's My Number card desk.",
    useCodeB: "Read with code B", codeBWay: "How to type it", codeBParts: "In parts", codeBDigits: "14 digits",
    codeBDigitsLabel: "Code B (14 digits: era birth date 6 + expiry year 4 + security code 4)",
    codeBLastTry: "One code B try left: a wrong code B now locks it. Read with the code B typed?",
    codeBBlocked: "Code B is locked. Read the card with the holder's PIN.",
    codeBDigitsInvalid: "Type code B as 14 digits (era birth date 6 + expiry year 4 + security code 4)." },
});

const $ = (id) => document.getElementById(id);
/** Marks that carry the meaning without colour. */
const MARK = { VERIFIED: "✔", PASSED: "✔", REJECTED: "✖", FAILED: "✖", NOT_VERIFIED: "？", NOT_CHECKED: "？" };
const params = new URLSearchParams(location.search);
const IDLE_MS = Number(params.get("idle") ?? 120) * 1000;
/** What is on screen (personal, My Number masked); null when nothing is. */
let shown = null;
/** Whether the next PIN typed on the pad is for revealing the My Number (not for a new read). */
let revealPending = false;
/** What the last-try confirmation is for: "pin" (the pad is enabled on yes) or "codeb" (the form is sent again). */
let confirmFor = "pin";
let selected = null;
let idleTimer = null;
let revealTimer = null;
let confirmLastTry = false;
let client;
let watch;

const pad = new PinPad($("pinpad"), { onSubmit: (pin) => (revealPending ? reveal(pin) : read({ pin })), label: "PIN" });

async function main() {
  applyLabels();
  bindLanguageSwitch($("lang"), () => { renderState(); if (shown) render(shown); renderCompare(); pinTries(); });
  wireTabs();
  wireCodeBForm((codeB) => read({ codeB }), (key) => message(t(key)));
  wireReveal();
  wireHistory();
  wireChecksToggle(() => shown?.verification.checks ?? []);
  $("wipe").addEventListener("click", () => wipe());
  $("tab-pin").addEventListener("click", () => pinTries());
  $("tab-codeb").addEventListener("click", () => { if (confirmFor === "pin") $("confirm-last").classList.add("hidden"); });
  $("use-codeb").addEventListener("click", () => { $("tab-codeb").click(); $("era-year").focus(); });
  $("confirm-yes").addEventListener("click", confirmYes);
  $("confirm-no").addEventListener("click", () => { $("confirm-last").classList.add("hidden"); if (confirmFor === "pin") pad.setEnabled(false); });
  for (const ev of ["pointerdown", "keydown"]) document.addEventListener(ev, touchIdle, { passive: true });
  $("reader").addEventListener("change", () => { wipe(); selected = $("reader").value; renderState(); pinTries(); });
  try {
    client = await AgentClient.ownPage();
  } catch (e) {
    message(errorText(e));
    return;
  }
  watch = new ReaderWatch(client, {
    onLink: showLink,
    onChange: (readers) => {
      const before = selected;
      fillReaders(readers);
      if (before !== selected && shown) wipe(); // the reader of the shown card went away
      renderState();
    },
    onCardRemoved: (id) => { if (id === selected) cardGone(); },
    // a swapped card arrives right after the old one's removal: keep saying why the screen was cleared
    onCardInserted: (id) => { if (id === selected) { if ($("message").textContent !== t("cardRemovedWiped")) message(""); pinTries(); } },
    onProgress: (d) => { if (sameReader(d, current())) progress(d.done, d.total, d.step); },
    onPinStatus: (d) => { if (sameReader(d, current())) showTries(d.pins); },
  });
  await watch.start();
  pinTries();
}

function current() { return watch?.reader(selected); }

function fillReaders(readers) {
  const sel = $("reader");
  const keep = selected;
  sel.replaceChildren(...readers.map((r) => { const o = el("option", "", r.name); o.value = r.id; return o; }));
  selected = readers.some((r) => r.id === keep) ? keep : (readers.find((r) => r.cardPresent) ?? readers[0])?.id ?? null;
  if (selected) sel.value = selected;
}

function renderState() {
  const r = current();
  const s = $("card-state");
  const present = r?.cardPresent;
  s.className = `state ${present ? "present" : "absent"}`;
  s.textContent = !r ? t("readerNone") : !present ? t("noCard")
    : r.cardType === "OTHER" ? t("otherCard") : t("cardPresent");
}

async function pinTries() {
  const r = current();
  if (!r?.cardPresent) { $("pin-tries").textContent = ""; return; }
  try { showTries((await client.pinStatus(r.id)).pins); } catch { /* shown when the user acts */ }
}

function showTries(pins) {
  const p = pins?.find((x) => x.kind === "TEXT_PIN");
  if (!p) return;
  $("pin-tries").textContent = p.blocked ? "" : t("triesLeft", { n: p.triesLeft });
  pinBlocked(p.blocked);
  // asked when the PIN is the way chosen (the 照合番号B tab has its own last try)
  if (p.lastTry && !confirmLastTry && !$("pin-panel").classList.contains("hidden") && !revealOrCodeBConfirm()) askLastTry("pin");
  if (p.blocked) pad.setEnabled(false);
}

/** A locked PIN: the counter's words and the way on (照合番号B) instead of a dead PIN pad. */
function pinBlocked(blocked) {
  $("pin-blocked").classList.toggle("hidden", !blocked);
  $("pinpad").classList.toggle("hidden", blocked);
}

function revealOrCodeBConfirm() { return confirmFor === "codeb" && !$("confirm-last").classList.contains("hidden"); }

/** Asks once, in the words of the credential concerned, before its last try is spent. */
function askLastTry(kind) {
  confirmFor = kind;
  $("confirm-last-text").textContent = t(kind === "codeb" ? "codeBLastTry" : "lastTry");
  $("confirm-last").classList.remove("hidden");
  if (kind === "pin") pad.setEnabled(false);
}

/** Yes to the last try: the PIN pad opens; for 照合番号B the code still in the form is sent, confirmed. */
function confirmYes() {
  $("confirm-last").classList.add("hidden");
  confirmLastTry = true;
  if (confirmFor === "pin") { pad.setEnabled(true); return; }
  const codeB = codeBInput();
  if (codeB) read({ codeB }); else { confirmLastTry = false; message(t("codeBInvalid")); }
}

/** Reads the card with `{pin}` or `{codeB}`. */
async function read(secret) {
  const r = current();
  if (!r) { message(t("readerNone")); return; }
  endReveal();
  message("");
  progress(0, 1, t("reading"));
  pad.setEnabled(false);
  try {
    const info = await client.cardInfo(r.id, { ...secret, revealMyNumber: false, confirmLastTry });
    shown = info;
    if ("codeB" in secret) clearCodeB();
    render(info);
    remember(info);
    touchIdle();
  } catch (e) {
    readFailed(e, "codeB" in secret ? "codeb" : "pin");
  } finally {
    confirmLastTry = false;
    progress(null);
    if ($("confirm-last").classList.contains("hidden")) pad.setEnabled(true);
    pinTries();
  }
}

/** A failed read in counter words: the form keeps what was typed; the last try is asked for once. */
function readFailed(e, kind) {
  if (e.code === ErrorCode.LAST_TRY_NOT_CONFIRMED) { askLastTry(kind); return; }
  if (e.code === ErrorCode.PIN_BLOCKED && kind === "pin") { pinBlocked(true); return; }
  if (kind === "codeb" && e.code === ErrorCode.WRONG_PIN) message(t("wrongCodeB", { n: e.triesLeft }));
  else if (kind === "codeb" && e.code === ErrorCode.PIN_BLOCKED) message(t("codeBBlocked"));
  else message(errorText(e));
}

function render(info) {
  $("photo").src = `data:image/png;base64,${info.images.photoPng}`;
  if (info.images.securityCodeImagePng) $("security-image").src = `data:image/png;base64,${info.images.securityCodeImagePng}`;
  $("name-image").src = `data:image/png;base64,${info.images.nameImagePng}`;
  $("address-image").src = `data:image/png;base64,${info.images.addressImagePng}`;
  $("f-name").textContent = info.name;
  $("f-address").textContent = info.address;
  $("f-birth").textContent = `${info.birthDateJapanese || toJapaneseDate(info.birthDate)}（${info.birthDate}）`;
  $("f-sex").textContent = t(info.sex);
  $("f-expiry").textContent = printedExpiry(info.expiry);
  renderValidity(info.validity);
  showNumber(null);
  $("verdict").className = `overall ${info.verification.verdict}`;
  $("verdict-text").textContent = `${MARK[info.verification.verdict]} ${t(info.verification.verdict)}`;
  $("verdict-why").textContent = `${t(`why${verdictReason(info.verification)}`)}（${t(`unlocked${info.unlockedBy}`)}）`;
  $("checks").replaceChildren(...failuresFirst(info.verification.checks).map((c) => {
    const li = el("li", c.status);
    const why = reasonWords(c);
    li.textContent = `${MARK[c.status]} ${t(c.name)}: ${t(c.status)}${why ? `（${why}）` : ""}`;
    li.title = c.description;
    return li;
  }));
  showChecksToggle(info.verification.checks);
  showAuthCertificate(info.verification.authCertificate);
  $("card").classList.remove("hidden");
  $("compare").classList.remove("hidden");
  renderCompare();
}

/**
 * One line on the JPKI authentication certificate (`verification.authCertificate`, null when the card has none):
 * valid, invalid, revoked, or not checked with the reason; "revocation not checked" only when that alone is missing.
 */
function showAuthCertificate(cert) {
  if (!cert) { $("auth-cert").textContent = ""; return; }
  let word;
  if (cert.revocation === "REVOKED") word = t("certREVOKED");
  else if (cert.status !== "INCOMPLETE") word = t(`cert${cert.status}`);
  else {
    const missing = cert.checks.filter((c) => c.status === "NOT_CHECKED");
    const onlyRevocation = missing.length === 1 && missing[0].name === "certificate.revocation";
    const why = reasonWords(missing[0] ?? { reasonCode: cert.revocationReasonCode, reason: cert.revocationReason });
    word = `${t(onlyRevocation ? "certNOT_CHECKED" : "certINCOMPLETE")}${why ? `（${why}）` : ""}`;
  }
  $("auth-cert").textContent = `${t("authCert")}: ${word}`;
}

/**
 * Shows the number masked (from the read, which never asks for the full number), or the full number
 * given by a reveal; the full number goes only into the DOM and is masked again after 30 s.
 * @param {string|null} full the unmasked number from a reveal, or null to show it masked
 */
function showNumber(full) {
  const n = shown?.myNumber;
  const f = $("f-mynumber");
  clearTimeout(revealTimer);
  if (!n?.available) { f.textContent = t("noNumber"); $("reveal").classList.add("hidden"); return; }
  $("reveal").classList.remove("hidden");
  $("reveal").textContent = full ? t("hide") : t("reveal");
  f.textContent = full ? full.replace(/(\d{4})(?=\d)/g, "$1 ") : `●●●● ●●●● ${n.value.slice(-4)}`;
  f.dataset.visible = String(!!full);
  if (full) revealTimer = setTimeout(() => showNumber(null), 30_000);
}

function wireReveal() {
  $("reveal").addEventListener("click", () => {
    if ($("f-mynumber").dataset.visible === "true") showNumber(null);
    else $("reveal-confirm").classList.remove("hidden");
  });
  $("reveal-yes").addEventListener("click", () => { $("reveal-confirm").classList.add("hidden"); askRevealPin(); });
  $("reveal-no").addEventListener("click", () => $("reveal-confirm").classList.add("hidden"));
  $("reveal-cancel").addEventListener("click", () => endReveal());
}

/** After the staff confirmed that nobody else sees the screen: the holder types the PIN once more. */
function askRevealPin() {
  revealPending = true;
  $("tab-pin").click();
  $("reveal-pin").classList.remove("hidden");
  message("");
  pad.wipe();
  touchIdle();
}

function endReveal() {
  revealPending = false;
  $("reveal-pin").classList.add("hidden");
  pad.wipe();
}

/** Asks the card again, this time for the full number; only the number is kept, and only on screen. */
async function reveal(pin) {
  const r = current();
  if (!r || !shown) { endReveal(); return; }
  message("");
  progress(0, 1, t("reading"));
  pad.setEnabled(false);
  try {
    const number = (await client.cardInfo(r.id, { pin, revealMyNumber: true, confirmLastTry })).myNumber;
    endReveal();
    if (shown && number?.available && !number.masked) showNumber(number.value);
    touchIdle();
  } catch (e) {
    if (e.code === ErrorCode.LAST_TRY_NOT_CONFIRMED) { $("confirm-last").classList.remove("hidden"); }
    message(errorText(e));
  } finally {
    confirmLastTry = false;
    progress(null);
    if ($("confirm-last").classList.contains("hidden")) pad.setEnabled(true);
    pinTries();
  }
}

/** The compare rows: the agent's field name and the label key, which also names the input `cmp-<label>`. */
const COMPARE = [["name", "name"], ["address", "address"], ["birthDate", "birth"], ["sex", "sex"]];
const SEXES = ["MALE", "FEMALE", "NOT_KNOWN", "NOT_APPLICABLE", "OTHER"];
/** The agent's result -> label key, style and mark. */
const RESULTS = { SAME: ["match", "match", "✔ "], EQUIVALENT: ["equivalent", "match", "✔ "], DIFFERENT: ["mismatch", "mismatch", "✖ "],
  UNREADABLE: ["dateFormat", "", ""] };
let compareTimer = null;
let compareSeq = 0;
/** Counts what the staff typed; the rows are settled when the answer for the latest input is on screen. */
let compareWanted = 0;

/** Builds the rows once per card, then asks the agent to compare (debounced) whenever the staff types. */
function renderCompare() {
  const body = $("compare-rows");
  if (!shown) { body.replaceChildren(); return; }
  if (body.children.length !== COMPARE.length) body.replaceChildren(...COMPARE.map(compareRow));
  COMPARE.forEach(([field, label], i) => {
    const tr = body.children[i];
    tr.children[0].textContent = t(label);
    tr.children[2].textContent = field === "sex" ? t(shown.sex) : field === "birthDate" ? shown.birthDate : shown[field];
    tr.children[2].dataset.label = t("onCard");
  });
  for (const o of $("cmp-sex").options) o.textContent = o.value ? t(o.value) : "—";
  clearTimeout(compareTimer);
  compareWanted++;
  body.dataset.settled = "false";
  compareTimer = setTimeout(compareNow, 150);
}

/** One row; sex is a choice, not free text. */
function compareRow([field, label]) {
  const input = field === "sex" ? el("select") : el("input");
  if (field === "sex") input.replaceChildren(...["", ...SEXES].map((v) => { const o = el("option"); o.value = v; return o; }));
  input.id = `cmp-${label}`;
  input.setAttribute("aria-label", field);
  input.addEventListener(field === "sex" ? "change" : "input", () => { touchIdle(); renderCompare(); });
  const td = el("td");
  td.append(input);
  const tr = el("tr");
  tr.append(el("th", "", ""), td, el("td", "on-card"), el("td", "verdict"));
  return tr;
}

/** One request for all four fields; an answer that arrives after a wipe or a newer request is dropped. */
async function compareNow() {
  const seq = ++compareSeq;
  const wanted = compareWanted;
  const card = shown;
  if (!card) return;
  // the agent reads the date as staff write it (S60.4.12, 昭和60年4月12日, 1985/4/12 ...)
  const record = { name: $("cmp-name").value, address: $("cmp-address").value, birthDate: $("cmp-birth").value.trim() || null,
    sex: $("cmp-sex").value || null };
  let results;
  try {
    results = await client.compare({ name: card.name, address: card.address, birthDate: card.birthDate, sex: card.sex }, record);
  } catch (e) {
    if (seq === compareSeq && shown === card) message(errorText(e));
    return;
  }
  if (seq !== compareSeq || shown !== card) return;
  const body = $("compare-rows");
  results.forEach((r) => {
    const row = COMPARE.findIndex(([f]) => f === r.field);
    if (row < 0) return;
    const v = body.children[row].children[3];
    const [key, style, mark] = RESULTS[r.result] ?? ["empty", "", ""];
    v.className = `verdict ${style}`;
    v.textContent = `${mark}${t(key)}`;
  });
  // a marker for tests and assistive tools: these rows answer what is typed now
  body.dataset.settled = String(wanted === compareWanted);
}

function wireTabs() {
  const tabs = [["tab-pin", "pin-panel"], ["tab-codeb", "codeb-panel"]];
  for (const [tab, panel] of tabs) {
    $(tab).addEventListener("click", () => {
      for (const [t2, p2] of tabs) {
        $(t2).setAttribute("aria-selected", String(t2 === tab));
        $(p2).classList.toggle("hidden", p2 !== panel);
      }
    });
  }
}

function progress(done, total, step) {
  const bar = $("progress");
  if (done === null) { bar.classList.add("hidden"); $("progress-text").textContent = ""; return; }
  bar.classList.remove("hidden");
  bar.firstElementChild.style.width = `${Math.round((100 * done) / Math.max(total, 1))}%`;
  $("progress-text").textContent = `${t("reading")} ${total > 1 ? `${done}/${total}` : ""}`;
}

function message(text) { $("message").textContent = text; }

function touchIdle() {
  clearTimeout(idleTimer);
  if (shown) idleTimer = setTimeout(() => { wipe(); message(t("idleWiped")); }, IDLE_MS);
}

function cardGone() {
  const had = shown !== null;
  wipe();
  renderState();
  $("pin-tries").textContent = "";
  pinBlocked(false);
  message(had ? t("cardRemovedWiped") : t("removed"));
}

/** Removes every piece of personal data from the screen and from memory. */
function wipe() {
  shown = null;
  clearTimeout(idleTimer);
  clearTimeout(revealTimer);
  pad.wipe();
  for (const id of ["f-name", "f-address", "f-birth", "f-sex", "f-expiry", "f-mynumber", "verdict-text",
    "verdict-why"]) $(id).textContent = "";
  $("verdict").className = "overall";
  for (const id of ["photo", "name-image", "address-image", "security-image"]) $(id).removeAttribute("src");
  renderValidity(null);
  clearCodeB();
  $("checks").classList.add("collapsed");
  $("confirm-last").classList.add("hidden");
  $("checks").replaceChildren();
  $("auth-cert").textContent = "";
  $("compare-rows").replaceChildren();
  $("card").classList.add("hidden");
  $("compare").classList.add("hidden");
  $("reveal-confirm").classList.add("hidden");
  endReveal();
  message("");
}

// no copying of personal data: refuse a copy whose selection touches a personal field
document.addEventListener("copy", (e) => {
  const sel = document.getSelection();
  if (sel && [...document.querySelectorAll(".personal")].some((p) => sel.containsNode(p, true))) e.preventDefault();
});
main();
