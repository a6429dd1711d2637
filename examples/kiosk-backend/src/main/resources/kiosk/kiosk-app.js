// The kiosk page: pairs with the agent (this origin must be on its allowedOrigins), asks this back end for a
// nonce, lets the card sign it bound to this origin, and hands the token back. The back end decides.
import { AgentClient, ErrorCode } from "./js/mynumber-agent.js";

const agentUrl = new URLSearchParams(location.search).get("agent") || "http://127.0.0.1:8765";
const $ = (id) => document.getElementById(id);

const agent = await AgentClient.pair(agentUrl, {
  onCode: (code) => { $("code").textContent = code; $("pairing").hidden = false; },
});
$("pairing").hidden = true;
for (const r of await agent.readers()) $("reader").add(new Option(r.name, r.id));

$("login").addEventListener("submit", async (event) => {
  event.preventDefault();
  const pin = $("pin").value;
  $("pin").value = "";
  try {
    const { nonce } = await (await fetch("/api/login/nonce", { method: "POST" })).json();
    const result = await agent.authenticate($("reader").value, { pin, nonce });
    const answer = await fetch("/api/login", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(result.token) });
    $("result").textContent = answer.ok ? "ログインしました / Logged in" : "拒否されました / Rejected";
  } catch (err) {
    if (err.code === ErrorCode.WRONG_PIN) $("result").textContent = `PIN が違います (残り ${err.triesLeft} 回)`;
    else $("result").textContent = err.code || String(err);
  }
});
