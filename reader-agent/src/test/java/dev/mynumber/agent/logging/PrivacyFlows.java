package dev.mynumber.agent.logging;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.RawHttp;
import dev.mynumber.sim.persona.Persona;
import dev.mynumber.sim.persona.PersonaSecrets;
import dev.mynumber.sim.persona.Personas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The agent's main flows, as its clients run them, for every built-in persona; remembers the tokens it saw. */
final class PrivacyFlows {
    private static final String API = "/api/v1";
    private static final String R = API + "/readers/simulated-reader-0";
    private final Http http;
    private final int port;
    private final String origin;
    private final List<String> tokens = new ArrayList<>();
    private int requests;

    PrivacyFlows(Http http, int port, String nativeToken, String origin) {
        this.http = http;
        this.port = port;
        this.origin = origin;
        tokens.add(nativeToken);
    }

    /** Runs everything. */
    void run() throws IOException {
        get(API + "/health");
        get(API + "/readers");
        for (Persona p : Personas.builtIn()) {
            post(API + "/simulator/readers/simulated-reader-0/card", "{\"persona\":\"" + p.id() + "\"}");
            card(p);
        }
        access();
        broken();
    }

    private void card(Persona p) {
        String pin = PersonaSecrets.DEFAULT_PIN;
        String b64 = Base64.getEncoder().encodeToString(new byte[32]);
        get(R + "/pin-status");
        post(R + "/card-info", "{\"pin\":\"" + pin + "\",\"revealMyNumber\":true}");
        post(R + "/card-info", "{\"codeB\":{\"digits\":\"" + PersonaSecrets.codeB(p) + "\"}}");
        post(R + "/card-info", "{\"codeB\":{\"birthDate\":\"" + p.birthDate() + "\",\"expiryYear\":"
                + p.cardExpiry().getYear() + ",\"securityCode\":\"" + p.securityCode() + "\"}}");
        get(R + "/certificates/auth");
        post(R + "/certificates/sign", "{\"password\":\"" + PersonaSecrets.DEFAULT_SIGN_PASSWORD + "\"}");
        post(R + "/authenticate", "{\"pin\":\"" + pin + "\",\"challenge\":\"" + b64 + "\"}");
        post(R + "/authenticate", "{\"pin\":\"" + pin + "\",\"nonce\":\"" + b64 + "\",\"origin\":\"" + origin + "\"}");
        post(R + "/sign", "{\"password\":\"" + PersonaSecrets.DEFAULT_SIGN_PASSWORD + "\",\"data\":\"" + b64
                + "\",\"format\":\"CMS\"}");
        post(R + "/card-info", "{\"pin\":\"9999\"}");
        post(API + "/compare", "{\"card\":{\"name\":\"" + p.name() + "\",\"address\":\"" + p.address()
                + "\",\"birthDate\":\"" + p.birthDate() + "\"},\"record\":{\"name\":\"" + p.name() + "\"}}");
        post(R + "/card-info", "{\"pin\":\"" + pin + "\",\"pin\":\"" + pin + "\"}");
        post(R + "/card-info", "{\"pin\":\"" + pin + "\"} trailing " + p.myNumber());
        post(API + "/simulator/readers/simulated-reader-0/reset-counters", "{}");
    }

    /** Own-page session, a pairing confirmed and used, the event stream with its query token. */
    private void access() throws IOException {
        String own = "http://127.0.0.1:" + port;
        String session = http.send("GET", API + "/session", null, "Origin", own).json().path("token").asText();
        tokens.add(session);
        String id = http.send("POST", API + "/pairing", "{}", "Origin", origin).json().path("id").asText();
        http.send("POST", API + "/pairing/" + id + "/confirm", "{}", "Origin", own,
                "Authorization", "Bearer " + session);
        String paired = http.send("GET", API + "/pairing/" + id + "/token", null, "Origin", origin).json()
                .path("token").asText();
        tokens.add(paired);
        http.send("GET", API + "/readers", null, "Origin", origin, "Authorization", "Bearer " + paired);
        http.send("GET", API + "/readers", null, "Authorization", "Bearer " + paired);
        requests += 6;
        RawHttp.send(port, RawHttp.request("GET " + API + "/events?access_token=" + tokens.get(0) + " HTTP/1.1",
                null, "Host", "127.0.0.1:" + port, "Accept", "text/event-stream", "Connection", "close"), true);
        requests++;
    }

    /** Requests cut short or refused while carrying a PIN and a token. */
    private void broken() throws IOException {
        String host = "127.0.0.1:" + port;
        RawHttp.send(port, RawHttp.request("POST " + R + "/card-info HTTP/1.1", "{\"pin\":\"1234\"",
                "Host", host, "Authorization", "Bearer " + tokens.get(0), "Content-Length", "300"), true);
        RawHttp.send(port, RawHttp.request("POST " + R + "/card-info HTTP/1.1", "{\"pin\":\"1234\"}",
                "Host", "evil.example", "Authorization", "Bearer " + tokens.get(0), "Content-Length", "14"), false);
        RawHttp.send(port, RawHttp.request("GET " + API + "/readers?access_token=" + tokens.get(0) + " HTTP/1.1",
                null, "Host", host, "Authorization", "Bearer " + tokens.get(0), "Bad Header", "1234"), false);
        requests += 3;
    }

    private void get(String path) {
        http.send("GET", path, null, "Authorization", "Bearer " + tokens.get(0));
        requests++;
    }

    private void post(String path, String body) {
        http.send("POST", path, body, "Authorization", "Bearer " + tokens.get(0));
        requests++;
    }

    /** The bearer tokens seen: native, own-page session, paired. */
    List<String> tokens() {
        return List.copyOf(tokens);
    }

    /** How many requests were sent. */
    int requests() {
        return requests;
    }
}
