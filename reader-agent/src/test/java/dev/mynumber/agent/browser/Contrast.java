package dev.mynumber.agent.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * WCAG 2 contrast of every visible text on the page as it is rendered now, computed in the browser from the
 * computed styles: the text colour (with the opacity of it and its ancestors) against the first opaque
 * background behind it (translucent ones blended). Disabled controls are exempt (WCAG 1.4.3).
 */
final class Contrast {
    private static final String SCRIPT = """
            const min = arguments[0];
            const rgba = (s) => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m[3] ?? 1]; };
            const over = (top, under) => top.slice(0, 3).map((c, i) => c * top[3] + under[i] * (1 - top[3])).concat(1);
            const lum = (c) => { const v = c.slice(0, 3).map((x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
            const background = (el) => {
              const layers = [];
              for (let e = el; e; e = e.parentElement) {
                const bg = rgba(getComputedStyle(e).backgroundColor);
                if (bg[3] > 0) { layers.push(bg); if (bg[3] === 1) break; }
              }
              let result = [255, 255, 255, 1];
              for (const layer of layers.reverse()) result = over(layer, result);
              return result;
            };
            const failures = [];
            for (const el of document.querySelectorAll('body *')) {
              const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join('');
              if (!text || el.getClientRects().length === 0) continue;
              const style = getComputedStyle(el);
              if (style.visibility === 'hidden' || el.closest(':disabled, [aria-hidden=true]')) continue;
              let opacity = 1;
              for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
              const bg = background(el);
              const fg = rgba(style.color);
              const seen = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
              const [a, b] = [lum(seen), lum(bg)];
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              if (ratio < min) failures.push(`${ratio.toFixed(2)}:1 "${text.slice(0, 30)}" (${el.tagName.toLowerCase()}`
                + `${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).replace(/ /g, '.') : ''})`);
            }
            return failures;
            """;

    private Contrast() {
    }

    /** Asserts that every visible text has a contrast of at least 4.5:1 with what is behind it. */
    static void assertAllTextReadable(Browser browser, String where) {
        @SuppressWarnings("unchecked")
        List<String> failures = (List<String>) browser.js(SCRIPT, 4.5);
        assertEquals(List.of(), failures, where + ": text below 4.5:1");
    }
}
