package dev.mynumber.agent.attack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The local-API attacks, as raw HTTP requests: foreign and rebinding Hosts, foreign, null and missing
 * Origins, missing, wrong and misplaced credentials, CORS preflights from foreign pages, form posts, oversized
 * requests, wrong methods and path tricks. Every one of them must be refused without touching a reader.
 */
final class AttackCases {
    /** One attack: what it is, and the bytes sent. */
    record Case(String name, byte[] request) {
    }

    /** A card endpoint and a body that would be valid for it. */
    record Target(String method, String path, String body) {
    }

    private final int port;
    private final String token;
    private final String paired;
    private final List<Case> cases = new ArrayList<>();

    AttackCases(int port, String token, String paired) {
        this.port = port;
        this.token = token;
        this.paired = paired;
    }

    /** The card endpoints, each with a valid body. */
    static List<Target> targets() {
        String r = "/api/v1/readers/sim-0";
        return List.of(new Target("GET", r + "/pin-status", null),
                new Target("POST", r + "/card-info",
                        "{\"pin\":\"1234\",\"revealMyNumber\":true,\"confirmLastTry\":false}"),
                new Target("GET", r + "/certificates/auth", null),
                new Target("POST", r + "/certificates/sign", "{\"password\":\"ABC123\",\"confirmLastTry\":false}"),
                new Target("POST", r + "/authenticate",
                        "{\"pin\":\"1234\",\"challenge\":\"AAEC\",\"confirmLastTry\":false}"),
                new Target("POST", r + "/sign",
                        "{\"password\":\"ABC123\",\"data\":\"AAEC\",\"format\":\"CMS\",\"digestAlgorithm\":\"SHA256\"}"));
    }

    /** Every attack on every target. */
    List<Case> all() {
        for (Target t : targets()) {
            hosts(t);
            origins(t);
            credentials(t);
            forms(t);
            preflight(t);
        }
        methodsAndPaths();
        oversized();
        return List.copyOf(cases);
    }

    private void hosts(Target t) {
        for (String host : List.of("attacker.example:" + port, "rebind.attacker.example:" + port, "127.0.0.1:1",
                "localhost.attacker.example:" + port, "127.0.0.1.nip.io:" + port, "[::1]:" + port, "127.0.0.1",
                "LOCALHOST:" + port + ".", "0.0.0.0:" + port, "127.0.0.2:" + port, "")) {
            add("host " + host, t, host, "Authorization", "Bearer " + token);
        }
        add("no host", t, null, "Authorization", "Bearer " + token);
    }

    private void origins(Target t) {
        for (String origin : List.of("https://evil.example", "null", "http://127.0.0.1:" + port + ".evil.example",
                "http://localhost:1", "https://kiosk.example.jp.evil.example", "http://kiosk.example.jp",
                "https://KIOSK.example.jp", "file://", "chrome-extension://abc")) {
            add("origin " + origin, t, own(), "Authorization", "Bearer " + token, "Origin", origin);
        }
        for (String site : List.of("cross-site", "same-site")) {
            add("no origin, sec-fetch-site " + site, t, own(), "Authorization", "Bearer " + token,
                    "Sec-Fetch-Site", site);
        }
    }

    private void credentials(Target t) {
        add("no credential", t, own());
        for (String auth : List.of("Bearer ", "Bearer wrong", "Basic dXNlcjpwYXNz", "bearer " + token,
                "Bearer " + token + "x", "Bearer " + token.substring(1), "Token " + token, token,
                "Bearer " + paired)) {
            add("authorization " + auth.replace(token, "<token>").replace(paired, "<paired>"), t, own(),
                    "Authorization", auth);
        }
        add("paired token from another allowed origin", t, own(), "Authorization", "Bearer " + paired,
                "Origin", AttackMatrixTest.OTHER);
        cases.add(new Case("token in the query " + t.path(), raw(t.method(), t.path() + "?access_token=" + token,
                own(), t.body(), "Content-Type", "application/json")));
    }

    private void forms(Target t) {
        if (!"POST".equals(t.method())) {
            return;
        }
        String boundary = "XyZ";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"pin\"\r\n\r\n1234\r\n--"
                + boundary + "--\r\n";
        for (String[] form : List.of(new String[] {"text/plain", t.body()},
                new String[] {"application/x-www-form-urlencoded", "pin=1234&password=ABC123&challenge=AAEC"},
                new String[] {"multipart/form-data; boundary=" + boundary, multipart})) {
            for (String origin : List.of("https://evil.example", "null")) {
                cases.add(new Case("form " + form[0] + " from " + origin + " " + t.path(),
                        raw("POST", t.path(), own(), form[1], "Content-Type", form[0], "Origin", origin)));
            }
            cases.add(new Case("form " + form[0] + " without credential " + t.path(),
                    raw("POST", t.path(), own(), form[1], "Content-Type", form[0], "Sec-Fetch-Site", "cross-site")));
        }
    }

    private void preflight(Target t) {
        for (String origin : List.of("https://evil.example", "null")) {
            cases.add(new Case("preflight from " + origin + " " + t.path(), raw("OPTIONS", t.path(), own(), null,
                    "Origin", origin, "Access-Control-Request-Method", t.method(),
                    "Access-Control-Request-Headers", "authorization,content-type")));
        }
    }

    private void methodsAndPaths() {
        String r = "/api/v1/readers/sim-0";
        for (String method : List.of("PUT", "PATCH", "DELETE", "TRACE", "FOO")) {
            cases.add(new Case(method + " card-info", raw(method, r + "/card-info", own(), "{\"pin\":\"1234\"}",
                    "Authorization", "Bearer " + token, "Content-Type", "application/json")));
        }
        cases.add(new Case("GET on a POST endpoint", raw("GET", r + "/sign", own(), null, "Authorization",
                "Bearer " + token)));
        cases.add(new Case("POST on a GET endpoint", raw("POST", r + "/pin-status", own(), "{}",
                "Authorization", "Bearer " + token)));
        for (String path : List.of("/api/v1/health/../readers/sim-0/pin-status", "/api/v1/./readers/sim-0/pin-status",
                "/api/v1//readers/sim-0/pin-status", "/API/v1/readers/sim-0/pin-status",
                "/api/v1/readers/sim-0/pin-status%00", "/api/v1/readers%2Fsim-0%2Fpin-status",
                "/api/v1/health;/../readers/sim-0/pin-status", "/api/v1/readers/sim-0/pin-status?x=/api/v1/health",
                "/api/v1/pairing/../readers/sim-0/pin-status/token", "/api/v1/pairing/x/..%2F..%2Freaders/sim-0/token",
                "/api/v1/readers/sim-0/%2e%2e/sim-0/pin-status", "/api/v1/readers/..%252F/pin-status",
                "/agent/../api/v1/readers/sim-0/pin-status", "//api/v1/readers/sim-0/pin-status",
                "/api/v1/readers/sim-0/pin-status#/api/v1/health", "/api/v1/readers/../../../etc/passwd")) {
            cases.add(new Case("path " + path, raw("GET", path, own(), null)));
        }
    }

    private void oversized() {
        String r = "/api/v1/readers/sim-0/card-info";
        cases.add(new Case("URL 20 kB", raw("GET", r + "?" + "a".repeat(20_000), own(), null,
                "Authorization", "Bearer " + token)));
        cases.add(new Case("header 20 kB", raw("GET", "/api/v1/readers/sim-0/pin-status", own(), null,
                "Authorization", "Bearer " + token, "X-Pad", "b".repeat(20_000))));
        cases.add(new Case("200 headers", raw("GET", "/api/v1/readers/sim-0/pin-status", own(), null,
                manyHeaders(200))));
        cases.add(new Case("body announced 100 MiB", raw("POST", r, own(), "{", "Authorization", "Bearer " + token,
                "Content-Length", String.valueOf(100L << 20))));
    }

    private String[] manyHeaders(int n) {
        String[] h = new String[2 * n + 2];
        h[0] = "Authorization";
        h[1] = "Bearer " + token;
        for (int i = 1; i <= n; i++) {
            h[2 * i] = "X-H" + i;
            h[2 * i + 1] = "v".repeat(100);
        }
        return h;
    }

    private String own() {
        return "127.0.0.1:" + port;
    }

    private void add(String name, Target t, String host, String... headers) {
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/json";
        cases.add(new Case(name + " " + t.method() + " " + t.path(), raw(t.method(), t.path(), host, t.body(), all)));
    }

    /** A raw request with Host (null: none), headers, an exact Content-Length unless given, Connection: close. */
    static byte[] raw(String method, String path, String host, String body, String... headers) {
        StringBuilder b = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        if (host != null) {
            b.append("Host: ").append(host).append("\r\n");
        }
        boolean length = false;
        for (int i = 0; i < headers.length; i += 2) {
            b.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            length |= headers[i].equalsIgnoreCase("Content-Length");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (!length) {
            b.append("Content-Length: ").append(content.length).append("\r\n");
        }
        b.append("Connection: close\r\n\r\n");
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + content.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(content, 0, out, head.length, content.length);
        return out;
    }
}
