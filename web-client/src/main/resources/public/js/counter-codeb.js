// counter-codeb.js: the 照合番号B form of the counter page, typed by staff from the card face: in parts (birth date
// with an era picker or a Western date, the expiry year, the security code) or as the one 14-digit number.
// The form keeps what was typed until a read succeeds (a mistyped part is fixed, not typed again).
import { ERAS, el, fromEra } from "./ui.js";

const $ = (id) => document.getElementById(id);
const FIELDS = ["era-year", "era-month", "era-day", "western-date", "expiry-year", "security-code", "codeb-digits"];

/**
 * Wires the form: era list, calendar and input-way switches, and submit.
 * @param {(codeB: object) => void} onRead called with the agent's `codeB` object when the form is complete
 * @param {(labelKey: string) => void} onInvalid called with the label of what to check when it is not
 */
export function wireCodeBForm(onRead, onInvalid) {
  $("era").replaceChildren(...ERAS.map((e) => { const o = el("option", "", e.ja); o.value = e.id; return o; }));
  $("era").value = "showa";
  for (const radio of document.querySelectorAll("input[name=calendar]")) {
    radio.addEventListener("change", () => {
      const western = radio.value === "western" && radio.checked;
      $("era-input").classList.toggle("hidden", western);
      $("western-input").classList.toggle("hidden", !western);
    });
  }
  for (const radio of document.querySelectorAll("input[name=codeb-way]")) {
    radio.addEventListener("change", () => {
      const digits = byDigits();
      $("codeb-parts").classList.toggle("hidden", digits);
      $("codeb-digits-input").classList.toggle("hidden", !digits);
    });
  }
  $("codeb-panel").addEventListener("submit", (e) => {
    e.preventDefault();
    const codeB = codeBInput();
    if (codeB) onRead(codeB); else onInvalid(byDigits() ? "codeBDigitsInvalid" : "codeBInvalid");
  });
}

function byDigits() { return document.querySelector("input[name=codeb-way]:checked").value === "digits"; }

/**
 * The typed 照合番号B as the agent's `{digits}` (14 digits, spaces and hyphens allowed) or
 * `{birthDate, expiryYear, securityCode}`, or null if incomplete or malformed.
 */
export function codeBInput() {
  if (byDigits()) {
    const digits = $("codeb-digits").value.normalize("NFKC").replace(/[\s-]/g, "");
    return /^\d{14}$/.test(digits) ? { digits } : null;
  }
  const western = document.querySelector("input[name=calendar]:checked").value === "western";
  const birthDate = western ? $("western-date").value
    : fromEra($("era").value, +$("era-year").value, +$("era-month").value, +$("era-day").value);
  const expiryYear = $("expiry-year").value.normalize("NFKC").trim();
  const securityCode = $("security-code").value.normalize("NFKC").trim();
  if (!birthDate || !/^\d{4}$/.test(expiryYear) || !/^\d{4}$/.test(securityCode)) return null;
  return { birthDate, expiryYear: Number(expiryYear), securityCode };
}

/** Empties every field of the form (after a successful read, a wipe of the screen). */
export function clearCodeB() {
  for (const id of FIELDS) $(id).value = "";
}
