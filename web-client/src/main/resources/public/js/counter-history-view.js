// counter-history-view.js: the counter's history dialog (確認の履歴): the list, CSV export for a supervisor, clear.
import { addLabels, el, t } from "./ui.js";
import { clearHistory, entries, remember, toCsv } from "./counter-history.js";

export { remember };

addLabels({
  ja: { history: "確認の履歴", historyTime: "時刻", historyExpiryYear: "有効期限の年", historyExport: "CSVで保存（責任者用）",
    historyClear: "履歴を消去", close: "閉じる", historyEmpty: "まだ記録はありません",
    historyHelp: "この端末のブラウザーに保存されます。時刻・カードの有効期限の年・結果だけで、氏名・番号・生年月日・住所・写真は保存しません。",
    "hist.VERIFIED": "確認できました", "hist.NOT_VERIFIED": "一部未確認", "hist.REJECTED": "確認に失敗（信頼しない）",
    "hist.EXPIRED": "有効期限切れ", "hist.CERT_REVOKED": "証明書が失効", "hist.CERT_INVALID": "証明書が無効" },
  en: { history: "Check history", historyTime: "Time", historyExpiryYear: "Expiry year", historyExport: "Save as CSV (supervisor)",
    historyClear: "Clear history", close: "Close", historyEmpty: "Nothing recorded yet",
    historyHelp: "Kept in this PC's browser: only the time, the card's expiry year and the result; never a name, number, birth date, address or photo.",
    "hist.VERIFIED": "confirmed", "hist.NOT_VERIFIED": "partly not checked", "hist.REJECTED": "failed (do not trust)",
    "hist.EXPIRED": "expired", "hist.CERT_REVOKED": "certificate revoked", "hist.CERT_INVALID": "certificate invalid" },
});

const $ = (id) => document.getElementById(id);

/** Wires the header button and the dialog. */
export function wireHistory() {
  $("history-open").addEventListener("click", () => { renderHistory(); $("history").classList.remove("hidden"); $("history-close").focus(); });
  $("history-close").addEventListener("click", () => { $("history").classList.add("hidden"); $("history-open").focus(); });
  $("history-clear").addEventListener("click", () => { clearHistory(); renderHistory(); });
}

/** The newest first; the CSV link always holds the current list. */
function renderHistory() {
  const list = entries();
  const rows = list.slice().reverse().map((e) => {
    const tr = el("tr");
    tr.append(el("td", "", new Date(e.time).toLocaleString()), el("td", "", String(e.expiryYear)),
      el("td", `hist ${e.result}`, t(`hist.${e.result}`)));
    return tr;
  });
  if (!rows.length) { const tr = el("tr"); const td = el("td", "muted", t("historyEmpty")); td.colSpan = 3; tr.append(td); rows.push(tr); }
  $("history-rows").replaceChildren(...rows);
  $("history-csv").href = `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv((r) => t(`hist.${r}`)))}`;
  $("history-rows").dataset.count = String(list.length);
}
