// console.js: the developer console (simulator mode only): personas, insert/remove/swap, block PINs,
// fault injection, the live event stream and the card's masked APDU log.
import { AgentClient, ErrorCode } from "./mynumber-agent.js";
import { ReaderWatch } from "./reader-watch.js";
import { addLabels, applyLabels, bindLanguageSwitch, el, errorText, showLink, t } from "./ui.js";

addLabels({
  ja: { title: "開発者コンソール（シミュレーター）", notSimulator: "エージェントがシミュレーターモード（--simulator）で起動されていないため、このページは使えません。",
    readers: "リーダーとカード", reader: "リーダー", card: "カード", persona: "ペルソナ", addReader: "リーダーを追加",
    control: "操作", target: "対象リーダー", insert: "カードを挿入（交換）", remove: "カードを抜く", resetCounters: "試行回数を戻す",
    removeReader: "リーダーを外す", blockPin: "ロックする", readPinStatus: "暗証番号の状態を読む", injectFaults: "障害を注入",
    faultHelp: "障害は次のコマンドから適用されます（remove-at:N, vanish-at:N, sw-at:N=6A82, corrupt-at:N, delay:200ms）。",
    events: "イベント", apduLog: "APDUログ（マスク済み）", refresh: "更新", present: "あり", absent: "なし",
    done: "完了: {what}", blocked: "{kind} をロックしました（{n}回の試行）", faultsSet: "障害を設定しました: {plan}",
    failed: "失敗: {code} {message}", tries: "残り {n} / {max}", isBlocked: "ロック中" },
  en: { title: "Developer console (simulator)", notSimulator: "The agent was not started with --simulator; this page is not available.",
    readers: "Readers and cards", reader: "Reader", card: "Card", persona: "Persona", addReader: "Add reader",
    control: "Actions", target: "Reader", insert: "Insert (swap) card", remove: "Pull card", resetCounters: "Reset tries",
    removeReader: "Remove reader", blockPin: "Block", readPinStatus: "Read PIN status", injectFaults: "Inject faults",
    faultHelp: "Faults apply from the next command on (remove-at:N, vanish-at:N, sw-at:N=6A82, corrupt-at:N, delay:200ms).",
    events: "Events", apduLog: "APDU log (masked)", refresh: "Refresh", present: "yes", absent: "no",
    done: "Done: {what}", blocked: "{kind} blocked ({n} attempts)", faultsSet: "Faults set: {plan}",
    failed: "Failed: {code} {message}", tries: "{n} of {max} left", isBlocked: "blocked" },
});

const $ = (id) => document.getElementById(id);
let client;
let watch;
let personas = new Map();

async function main() {
  applyLabels();
  bindLanguageSwitch($("lang"), () => renderReaders());
  try {
    client = await AgentClient.ownPage();
    const health = await client.health();
    if (!health.simulator) { $("not-sim").classList.remove("hidden"); return; }
  } catch (e) {
    result(errorText(e));
    return;
  }
  $("console").classList.remove("hidden");
  for (const p of await client.simulator.personas()) personas.set(p.id, p.displayName);
  $("persona").replaceChildren(...[...personas].map(([id, name]) => option(id, `${id} — ${name}`)));
  wire();
  watch = new ReaderWatch(client, {
    onLink: showLink,
    onChange: () => renderReaders(),
    onEvent: (type, data) => { logEvent(type, data); if (type !== "hello") setTimeout(apduLog, 100); },
  });
  await watch.start();
}

function wire() {
  act("insert", "insert", () => swap(target(), $("persona").value));
  act("remove", "remove", () => client.simulator.removeCard(target()));
  act("reset", "resetCounters", () => client.simulator.resetCounters(target()));
  act("remove-reader", "removeReader", () => client.simulator.removeReader(target()));
  act("pin-status", "readPinStatus", async () => showPins((await client.pinStatus(target())).pins));
  $("block").addEventListener("click", () => run(() => block($("block-kind").value)));
  $("add-reader").addEventListener("submit", (e) => {
    e.preventDefault();
    const name = $("new-reader").value.trim();
    if (name) run(async () => { await client.simulator.addReader(name); result(t("done", { what: name })); });
  });
  $("faults").addEventListener("submit", (e) => {
    e.preventDefault();
    const plan = $("fault-plan").value.trim();
    run(async () => { await client.simulator.injectFaults(target(), plan); result(t("faultsSet", { plan })); });
  });
  $("apdu-refresh").addEventListener("click", () => apduLog());
  $("target").addEventListener("change", () => { apduLog(); $("pin-rows").replaceChildren(); });
}

function act(id, label, fn) {
  $(id).addEventListener("click", () => run(async () => { await fn(); if (id !== "pin-status") result(t("done", { what: t(label) })); }));
}

async function run(fn) {
  result("");
  try {
    await fn();
  } catch (e) {
    // a developer tool: the agent's own message (e.g. which part of a fault plan is wrong) is kept
    result(t("failed", { code: e.code ?? "", message: errorText(e) }) + (e.message ? ` — ${e.message}` : ""));
  }
  await watch.refresh();
  apduLog();
  if ($("pin-rows").children.length) await refreshPins(); // a shown PIN table never stays stale
}

async function refreshPins() {
  try { showPins((await client.pinStatus(target())).pins); } catch { $("pin-rows").replaceChildren(); }
}

/**
 * Inserts a persona's card in one step; a present card is swapped out. The agent announces a swap as
 * `card-removed` then `card-inserted`, so pages wipe what they show of the old card.
 */
async function swap(reader, persona) {
  await client.simulator.insertCard(reader, persona);
}

/** Spends tries with a wrong secret until the card answers PIN_BLOCKED (confirming the last try). */
async function block(kind) {
  const r = target();
  const attempt = {
    AUTH_PIN: (s) => client.authenticate(r, { pin: s, challenge: new Uint8Array(32), confirmLastTry: true }),
    TEXT_PIN: (s) => client.cardInfo(r, { pin: s, confirmLastTry: true }),
    SIGN_PASSWORD: (s) => client.signCertificate(r, { password: s, confirmLastTry: true }),
  }[kind];
  const wrong = kind === "SIGN_PASSWORD" ? ["WRONG000", "WRONG001"] : ["0000", "9999"];
  for (let n = 1; n <= 20; n++) {
    try {
      await attempt(wrong[0]);
      wrong.shift(); // that secret was right: use the other one
    } catch (e) {
      if (e.code === ErrorCode.PIN_BLOCKED) { result(t("blocked", { kind, n })); return; }
      if (e.code !== ErrorCode.WRONG_PIN) throw e;
    }
  }
}

function showPins(pins) {
  $("pin-rows").replaceChildren(...pins.map((p) => {
    const tr = el("tr");
    tr.append(el("td", "", p.kind), el("td", "", p.blocked ? t("isBlocked") : t("tries", { n: p.triesLeft, max: p.maxTries })));
    return tr;
  }));
}

function target() { return $("target").value; }

async function renderReaders() {
  let sim = [];
  try { sim = await client.simulator.readers(); } catch { /* shown by the next action */ }
  const byName = new Map(sim.map((s) => [s.name, s]));
  const readers = watch.readers.filter((r) => r.simulated || byName.has(r.name));
  $("reader-rows").replaceChildren(...readers.map((r) => {
    const tr = el("tr");
    tr.id = `row-${r.id}`;
    tr.append(el("td", "", r.name), el("td", "", r.cardPresent ? `${t("present")} (${r.cardType ?? ""})` : t("absent")),
      el("td", "", byName.get(r.name)?.persona ?? ""));
    return tr;
  }));
  const keep = target();
  $("target").replaceChildren(...readers.map((r) => option(r.id, r.name)));
  if (readers.some((r) => r.id === keep)) $("target").value = keep;
}

function logEvent(type, data) {
  const li = el("li", "", `${new Date().toLocaleTimeString()} ${type} ${JSON.stringify(data)}`);
  $("events").prepend(li);
  while ($("events").children.length > 200) $("events").lastElementChild.remove();
}

async function apduLog() {
  const r = target();
  if (!r) return;
  try {
    const entries = await client.simulator.apduLog(r);
    $("apdu").replaceChildren(...entries.map((e) => el("li", "", e)));
    $("apdu").scrollTop = $("apdu").scrollHeight;
  } catch {
    $("apdu").replaceChildren();
  }
}

function result(text) { $("result").textContent = text; }
function option(value, text) { const o = el("option", "", text); o.value = value; return o; }

main();
