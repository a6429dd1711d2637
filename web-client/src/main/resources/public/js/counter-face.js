// counter-face.js: the counter's card panel beyond the verdict: the card's own validity (EXPIRED as prominent as
// the verdict), the expiry as the card prints it, and the checks with the failed ones first.
import { addLabels, language, t } from "./ui.js";

addLabels({
  ja: {
    validityEXPIRED: "✖ 有効期限切れのカードです（{date}まで有効）",
    validityWhy: "本人確認書類として使えません。更新の手続きは市区町村の窓口で行います。有効期限は券面の記載どおりで、発行者の署名の対象外です。",
    expiryPrinted: "{y}年{m}月{d}日まで有効", securityCodeShort: "セキュリティコード",
    checksShow: "確認できた項目も表示（{n}件）", checksHide: "確認できた項目を隠す", checksAllPassed: "✔ {n}項目すべて確認できました（一覧を表示）",
  },
  en: {
    validityEXPIRED: "✖ This card has expired (valid until {date})",
    validityWhy: "It cannot be used to identify the holder; it is renewed at the municipal office. The expiry is as the card states it: the issuer's signature does not cover it.",
    expiryPrinted: "valid until {y}-{m}-{d}", securityCodeShort: "Security code",
    checksShow: "Show the confirmed checks too ({n})", checksHide: "Hide the confirmed checks", checksAllPassed: "✔ All {n} checks confirmed (show the list)",
  },
});

const $ = (id) => document.getElementById(id);

/** The expiry as the card prints it: 西暦, 「2035年4月12日まで有効」. */
export function printedExpiry(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return t("expiryPrinted", { y, m: language() === "ja" ? m : String(m).padStart(2, "0"), d: language() === "ja" ? d : String(d).padStart(2, "0") });
}

/** The card's own validity, as prominent as the verdict when it expired; nothing at all when it is valid. */
export function renderValidity(validity) {
  const expired = validity?.status === "EXPIRED";
  $("validity").classList.toggle("hidden", !expired);
  $("card").classList.toggle("expired", expired);
  $("validity-text").textContent = expired ? t("validityEXPIRED", { date: printedDate(validity.expiry) }) : "";
  $("validity-why").textContent = expired ? t("validityWhy") : "";
}

function printedDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return language() === "ja" ? `${y}年${m}月${d}日` : iso;
}

/** Failed checks first, then the unchecked, then the confirmed (collapsed unless the staff opens them). */
export function failuresFirst(checks) {
  const rank = { FAILED: 0, NOT_CHECKED: 1, PASSED: 2 };
  return [...checks].sort((a, b) => (rank[a.status] ?? 1) - (rank[b.status] ?? 1));
}

/** The fold of the confirmed checks opens and closes on the toggle. @param {() => object[]} checks the shown checks */
export function wireChecksToggle(checks) {
  $("checks-toggle").addEventListener("click", () => { $("checks").classList.toggle("collapsed"); showChecksToggle(checks()); });
}

/** The toggle's words: all confirmed, or how many confirmed checks are folded away. */
export function showChecksToggle(checks) {
  const passed = checks.filter((c) => c.status === "PASSED").length;
  const collapsed = $("checks").classList.contains("collapsed");
  $("checks-toggle").classList.toggle("hidden", passed === 0);
  $("checks-toggle").setAttribute("aria-expanded", String(!collapsed));
  const open = passed === checks.length ? t("checksAllPassed", { n: passed }) : t("checksShow", { n: passed });
  $("checks-toggle").textContent = collapsed ? open : t("checksHide");
}
