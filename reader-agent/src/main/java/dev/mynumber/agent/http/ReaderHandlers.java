package dev.mynumber.agent.http;

import dev.mynumber.agent.pcsc.ReaderManager;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/health} and {@code GET /api/v1/readers}. */
public final class ReaderHandlers {
    /**
     * The API's version, {@code MAJOR.MINOR}: clients check it at connect (a new major breaks them, a new minor
     * only adds). The JavaScript client requires major 1.
     */
    public static final String API_VERSION = "1.0";

    private final ReaderManager readers;
    private final String version;
    private final boolean simulator;

    /**
     * Creates the handlers.
     *
     * @param readers the readers
     * @param version the agent version
     * @param simulator whether simulator mode is on
     */
    public ReaderHandlers(ReaderManager readers, String version, boolean simulator) {
        this.readers = readers;
        this.version = version;
        this.simulator = simulator;
    }

    /** Health: no credential; version, reader count, PC/SC state. */
    public void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("version", version);
        body.put("apiVersion", API_VERSION);
        body.put("readers", readers.readers().size());
        body.put("pcsc", readers.pcscState());
        body.put("simulator", simulator);
        ctx.json(body);
    }

    /** The readers with their state. */
    public void readers(Context ctx) {
        ctx.json(Map.of("readers", readers.readers()));
    }
}
