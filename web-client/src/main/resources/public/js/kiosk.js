// kiosk.js: the kiosk flow (コンビニ交付-style): insert card -> tries left -> PIN pad -> the card signs a
// challenge -> result. Card removal or idle timeout returns to the start from any screen.
import { AgentClient, ErrorCode, randomChallenge } from "./mynumber-agent.js";
import { ReaderWatch, sameReader } from "./reader-watch.js";
import { addLabels, applyLabels, bindLanguageSwitch, errorText, PinPad, showLink, t } from "./ui.js";

addLabels({
  ja: { title: "マイナンバーカードで本人確認", insert: "マイナンバーカードを置いてください",
    insertHelp: "カードリーダーにカードを置くと始まります。", checking: "カードを確認しています…",
    lastTryTitle: "暗証番号の入力は残り1回です",
    lastTryText: "次に間違えると暗証番号がロックされ、市区町村の窓口での再設定が必要になります。入力を続けますか？",
    lastTryYes: "はい、入力します", lastTryNo: "やめる", pinTitle: "利用者証明用電子証明書の暗証番号（数字4桁）",
    working: "本人確認をしています。カードを動かさないでください…", done: "本人確認ができました", takeCard: "カードをお取りください。",
    blockedTitle: "暗証番号がロックされています", errorTitle: "本人確認ができませんでした", backToStart: "最初に戻る",
    timedOut: "一定時間操作がなかったため、最初に戻りました。", cardPulled: "カードが取り外されたため、最初に戻りました。",
    triesLeftLong: "暗証番号の入力はあと{n}回できます", signedWith: "署名方式: {alg}",
    startButton: "カードが置いてあります：開始する" },
  en: { title: "Identify with your My Number card", insert: "Please place your My Number card",
    insertHelp: "Place the card on the reader to begin.", checking: "Checking the card…",
    lastTryTitle: "One PIN try left",
    lastTryText: "A wrong PIN now locks it, and it must then be reset at the municipal office. Continue?",
    lastTryYes: "Yes, enter the PIN", lastTryNo: "Cancel", pinTitle: "PIN of the user certificate (4 digits)",
    working: "Identifying you. Do not move the card…", done: "Identification complete", takeCard: "Please take your card.",
    blockedTitle: "The PIN is locked", errorTitle: "Identification failed", backToStart: "Back to start",
    timedOut: "Back to the start after a period without activity.", cardPulled: "The card was removed; back to the start.",
    triesLeftLong: "{n} PIN tries left", signedWith: "Signature: {alg}", startButton: "A card is on the reader: start" },
});

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const IDLE_MS = Number(params.get("idle") ?? 60) * 1000;
const SCREENS = ["start", "checking", "confirm", "pin", "working", "done", "blocked", "error"];
let client;
let watch;
let readerId = params.get("reader");
let screen = "start";
let confirmed = false;
let idleTimer = null;
let flow = 0; // bumps on every reset, so answers of an abandoned flow are ignored

const pad = new PinPad($("pinpad"), { onSubmit: (pin) => authenticate(pin), label: "PIN" });

function show(name) {
  screen = name;
  for (const s of SCREENS) $(`s-${s}`).classList.toggle("hidden", s !== name);
  pad.setEnabled(name === "pin");
  touchIdle();
}

/** Back to the start screen, forgetting everything of the previous customer. */
function reset(note = "") {
  flow++;
  confirmed = false;
  pad.wipe();
  $("pin-message").textContent = "";
  $("done-detail").textContent = "";
  $("confirm-message").textContent = "";
  $("start-message").textContent = note;
  show("start");
  startButton();
}

/** With a card already in the reader, the customer starts by touch (or Enter) instead of re-inserting it. */
function startButton() {
  const r = reader();
  $("start").classList.toggle("hidden", !(screen === "start" && r?.cardPresent && r.cardType !== "OTHER"));
}

function reader() {
  return watch?.reader(readerId) ?? watch?.readers.find((r) => r.cardPresent) ?? watch?.readers[0];
}

/** A card is in: read the tries left (no try spent) and go to the PIN pad, the confirmation or blocked. */
async function begin() {
  const r = reader();
  if (!r) return;
  readerId = r.id;
  const mine = ++flow;
  show("checking");
  try {
    const status = await client.pinStatus(r.id);
    if (mine !== flow) return;
    afterTries(status.pins.find((p) => p.kind === "AUTH_PIN"));
  } catch (e) {
    if (mine === flow) fail(e);
  }
}

function afterTries(pin) {
  if (!pin || pin.blocked || pin.triesLeft === 0) { show("blocked"); return; }
  $("tries").textContent = t("triesLeftLong", { n: pin.triesLeft });
  if (pin.lastTry && !confirmed) { show("confirm"); return; }
  show("pin");
}

async function authenticate(pin) {
  const mine = flow;
  show("working");
  progress(0, 1);
  try {
    // token mode: a real kiosk takes the nonce from its server and sends result.token back to it
    const result = await client.authenticate(readerId, { pin, nonce: randomChallenge(), confirmLastTry: confirmed });
    if (mine !== flow) return;
    $("done-detail").textContent = t("signedWith", { alg: result.algorithm });
    show("done");
  } catch (e) {
    if (mine !== flow) return;
    onAuthError(e);
  }
}

function onAuthError(e) {
  if (e.code === ErrorCode.WRONG_PIN) {
    confirmed = false;
    $("pin-message").textContent = errorText(e);
    $("confirm-message").textContent = errorText(e);
    afterTries({ triesLeft: e.triesLeft, lastTry: e.triesLeft === 1, blocked: false });
  } else if (e.code === ErrorCode.LAST_TRY_NOT_CONFIRMED) {
    show("confirm");
  } else if (e.code === ErrorCode.PIN_BLOCKED) {
    show("blocked");
  } else if (e.code === ErrorCode.CARD_REMOVED || e.code === ErrorCode.NO_CARD) {
    reset(t("cardPulled"));
  } else {
    fail(e);
  }
}

function fail(e) {
  $("error-text").textContent = errorText(e);
  show("error");
}

function progress(done, total) {
  $("progress").firstElementChild.style.width = `${Math.round((100 * done) / Math.max(total, 1))}%`;
  $("progress-text").textContent = total > 1 ? `${done} / ${total}` : "";
}

function touchIdle() {
  clearTimeout(idleTimer);
  if (screen !== "start") idleTimer = setTimeout(() => reset(t("timedOut")), IDLE_MS);
}

async function main() {
  applyLabels();
  bindLanguageSwitch($("lang"), () => { const r = reader(); if (screen === "pin" && r) begin(); });
  $("confirm-yes").addEventListener("click", () => { confirmed = true; show("pin"); });
  $("confirm-no").addEventListener("click", () => reset());
  $("pin-cancel").addEventListener("click", () => reset());
  $("error-back").addEventListener("click", () => reset());
  $("start").addEventListener("click", () => begin());
  for (const ev of ["pointerdown", "keydown"]) document.addEventListener(ev, touchIdle, { passive: true });
  try {
    client = await AgentClient.ownPage();
  } catch (e) {
    fail(e);
    return;
  }
  watch = new ReaderWatch(client, {
    onLink: showLink,
    onCardInserted: (id) => { if (screen === "start" && (!readerId || id === readerId || !watch.reader(readerId)?.cardPresent)) { readerId = id; begin(); } },
    onCardRemoved: (id) => {
      if (id !== readerId) return;
      if (screen === "start") startButton();
      else reset(["done", "blocked"].includes(screen) ? "" : t("cardPulled"));
    },
    onChange: () => startButton(),
    onProgress: (d) => { if (screen === "working" && sameReader(d, reader())) progress(d.done, d.total); },
  });
  await watch.start();
  reset();
}

main();
