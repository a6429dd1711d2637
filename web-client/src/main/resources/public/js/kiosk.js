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
    startButton: "カードが置いてあります：開始する",
    refusedREVOKED: "このカードの電子証明書は失効しています", refusedINVALID: "このカードの電子証明書は有効ではありません",
    refusedINCOMPLETE: "電子証明書が有効か確認できませんでした", refusedSERVER: "本人確認が受け付けられませんでした",
    whyREVOKED: "利用者証明用電子証明書が失効しているため、この手続きには使えません。",
    whyINVALID: "利用者証明用電子証明書の有効期限が切れているか、正しく発行されたものと確認できないため、この手続きには使えません。",
    whyINCOMPLETE: "電子証明書の失効の確認ができなかったため、本人確認を完了できません。",
    whySERVER: "サービスの側で本人確認が受け付けられませんでした。",
    nextREVOKED: "お住まいの市区町村の窓口で電子証明書の再発行を受けてください。お急ぎの場合は係員にお声がけください。",
    nextINVALID: "お住まいの市区町村の窓口で電子証明書の更新を受けてください。お急ぎの場合は係員にお声がけください。",
    nextINCOMPLETE: "しばらくしてからもう一度お試しいただくか、係員にお声がけください。",
    nextSERVER: "係員にお声がけください。" },
  en: { title: "Identify with your My Number card", insert: "Please place your My Number card",
    insertHelp: "Place the card on the reader to begin.", checking: "Checking the card…",
    lastTryTitle: "One PIN try left",
    lastTryText: "A wrong PIN now locks it, and it must then be reset at the municipal office. Continue?",
    lastTryYes: "Yes, enter the PIN", lastTryNo: "Cancel", pinTitle: "PIN of the user certificate (4 digits)",
    working: "Identifying you. Do not move the card…", done: "Identification complete", takeCard: "Please take your card.",
    blockedTitle: "The PIN is locked", errorTitle: "Identification failed", backToStart: "Back to start",
    timedOut: "Back to the start after a period without activity.", cardPulled: "The card was removed; back to the start.",
    triesLeftLong: "{n} PIN tries left", signedWith: "Signature: {alg}", startButton: "A card is on the reader: start",
    refusedREVOKED: "This card's certificate is revoked", refusedINVALID: "This card's certificate is not valid",
    refusedINCOMPLETE: "The certificate could not be confirmed", refusedSERVER: "The identification was not accepted",
    whyREVOKED: "The user certificate has been revoked, so it cannot be used here.",
    whyINVALID: "The user certificate has expired or could not be confirmed as properly issued, so it cannot be used here.",
    whyINCOMPLETE: "Whether the certificate was revoked could not be checked, so the identification cannot be completed.",
    whySERVER: "The service did not accept the identification.",
    nextREVOKED: "Have the certificate re-issued at your municipal office. If it is urgent, please ask a staff member.",
    nextINVALID: "Have the certificate renewed at your municipal office. If it is urgent, please ask a staff member.",
    nextINCOMPLETE: "Please try again later or ask a staff member.", nextSERVER: "Please ask a staff member." },
});

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const IDLE_MS = Number(params.get("idle") ?? 60) * 1000;
const SCREENS = ["start", "checking", "confirm", "pin", "working", "done", "refused", "blocked", "error"];
/** The kiosk's back end (token mode): POST {backend}/nonce -> {nonce}; POST {backend}/login with the token -> {status}. */
const BACKEND = params.get("backend");
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
    // token mode: the nonce comes from the kiosk's back end (or, in the demo without one, is made here)
    const result = await client.authenticate(readerId, { pin, nonce: await backendNonce(), confirmLastTry: confirmed });
    if (mine !== flow) return;
    const decision = await backendDecision(result.token);
    if (mine !== flow) return;
    outcome(result, decision);
  } catch (e) {
    if (mine !== flow) return;
    onAuthError(e);
  }
}

/** A fresh nonce from the back end, or a random one when the kiosk runs without a back end. */
async function backendNonce() {
  if (!BACKEND) return randomChallenge();
  const answer = await fetch(`${BACKEND}/nonce`, { method: "POST" });
  return (await answer.json()).nonce;
}

/** The back end's decision on the token (`{status}`), or null without a back end. */
async function backendDecision(token) {
  if (!BACKEND) return null;
  try {
    const answer = await fetch(`${BACKEND}/login`, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(token) });
    const body = await answer.json().catch(() => ({}));
    return { status: answer.ok ? body.status ?? "INVALID" : body.status ?? "SERVER" };
  } catch {
    return { status: "SERVER" };
  }
}

/**
 * The result screen follows the certificate's verdict and, with a back end, its decision: success only when
 * both say VALID; otherwise what went wrong and what the customer can do next.
 */
function outcome(result, decision) {
  const cert = result.certificate?.verification;
  const agentSays = cert?.revocation === "REVOKED" ? "REVOKED" : cert?.status ?? "INCOMPLETE";
  // the agent's certificate verdict first; then the back end, which may refuse for reasons of its own
  const verdict = agentSays !== "VALID" ? agentSays : decision && decision.status !== "VALID" ? "SERVER" : "VALID";
  $("s-done").dataset.verdict = verdict;
  if (verdict === "VALID") {
    $("done-detail").textContent = t("signedWith", { alg: result.algorithm });
    show("done");
    return;
  }
  $("refused-title").textContent = t(`refused${verdict}`);
  $("refused-why").textContent = t(`why${verdict}`);
  $("refused-next").textContent = t(`next${verdict}`);
  $("s-refused").dataset.verdict = verdict;
  show("refused");
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
  $("refused-back").addEventListener("click", () => reset());
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
      else reset(["done", "refused", "blocked"].includes(screen) ? "" : t("cardPulled"));
    },
    onChange: () => startButton(),
    onProgress: (d) => { if (screen === "working" && sameReader(d, reader())) progress(d.done, d.total); },
  });
  await watch.start();
  reset();
}

main();
