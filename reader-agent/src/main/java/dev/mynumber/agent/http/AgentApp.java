package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.doctor.AtrRecorder;
import dev.mynumber.agent.doctor.Doctor;
import dev.mynumber.agent.doctor.RecentErrors;
import dev.mynumber.agent.events.SseEvents;
import dev.mynumber.agent.logging.LogGuard;
import dev.mynumber.agent.metrics.AgentMetrics;
import dev.mynumber.agent.operation.AuditLog;
import dev.mynumber.agent.operation.Operations;
import dev.mynumber.agent.simulator.SimulatorEndpoints;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the agent's Javalin app, unstarted: guards, routes, and the one exception mapper.
 *
 * <p>Routes are registered through {@link #route} so the OpenAPI test can compare them with the document.
 */
public final class AgentApp {
    /** The API prefix. */
    public static final String API = "/api/v1";
    /** Largest request body: 16 MiB of data to sign, base64-encoded, with room for the other fields. */
    static final long MAX_BODY = 24L * 1024 * 1024;
    private final AgentServices services;
    private final AtrRecorder atrs;
    private final List<String> routes = new ArrayList<>();

    /**
     * Creates the factory.
     *
     * @param services what the app is built from
     */
    public AgentApp(AgentServices services) {
        this(services, new AtrRecorder(null));
    }

    /**
     * Creates the factory with the ATR recorder the readers' transport factory was wrapped in (for the doctor).
     *
     * @param services what the app is built from
     * @param atrs the readers' ATR recorder
     */
    public AgentApp(AgentServices services, AtrRecorder atrs) {
        this.services = services;
        this.atrs = atrs;
    }

    /** Builds the app; start it with {@code start("127.0.0.1", port)}. */
    public Javalin create() {
        LogGuard.install();
        routes.clear();
        Guards guards = new Guards(services.config().allowedOrigins(), services.credentials());
        ErrorMapper errors = new ErrorMapper();
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = "127.0.0.1";
            cfg.http.maxRequestSize = MAX_BODY;
            JettySetup.apply(cfg);
            staticPages(cfg);
            cfg.routes.before(ctx -> {
                if (ctx.path().startsWith(API + "/")) {
                    ctx.header("Cache-Control", "no-store");
                }
                // the own pages (pairing confirmation) must not be framed by a foreign page (clickjacking)
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
                ctx.header("X-Content-Type-Options", "nosniff");
                if (ctx.req().getContentLengthLong() > MAX_BODY) {
                    // refused before reading, so a client announcing a huge body cannot hold a connection
                    throw new AgentException(AgentCode.REQUEST_TOO_LARGE, "the request body is too large");
                }
                guards.check(ctx);
            });
            cfg.routes.exception(Exception.class, errors::handle);
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(ErrorMapper.class.getName()) == null) {
                    ErrorMapper.write(ctx, 404, ApiError.of(AgentCode.NOT_FOUND.name(), "no such endpoint"));
                }
            });
            cfg.routes.options(API + "/*", ctx -> ctx.status(204));
            cfg.routes.sse(API + "/events", new SseEvents(services.events())::accept);
            routes.add("GET " + API + "/events");
            register(cfg, guards);
        });
    }

    private void register(JavalinConfig cfg, Guards guards) {
        ReaderHandlers readers = new ReaderHandlers(services.readers(), services.version(),
                services.simulator() != null);
        AccessHandlers access = new AccessHandlers(services.credentials(), guards);
        AgentMetrics metrics = new AgentMetrics(services.readers(), services.version());
        RecentErrors errors = new RecentErrors(Clock.systemUTC());
        Operations operations = new Operations(services.readers(), services.events(), services.clock(),
                services.verifiers(), new AuditLog(), metrics.and(errors));
        Doctor doctor = new Doctor(services.readers(), atrs, errors, services.version());
        cfg.routes.get("/metrics", metrics::serve); // outside /api/v1: the path Prometheus scrapes by default
        CardHandlers cards = new CardHandlers(operations, services.clock());
        route(cfg, "GET", "/health", readers::health);
        route(cfg, "GET", "/openapi.json", new OpenApiHandler()::serve);
        route(cfg, "GET", "/session", access::session);
        route(cfg, "POST", "/pairing", access::startPairing);
        route(cfg, "GET", "/pairing", access::pending);
        route(cfg, "POST", "/pairing/{id}/confirm", access::confirm);
        route(cfg, "GET", "/pairing/{id}/token", access::collect);
        route(cfg, "GET", "/readers", readers::readers);
        route(cfg, "GET", "/readers/{reader}/pin-status", cards::pinStatus);
        route(cfg, "POST", "/readers/{reader}/card-info", cards::cardInfo);
        route(cfg, "GET", "/readers/{reader}/certificates/auth", cards::authCertificate);
        route(cfg, "POST", "/readers/{reader}/certificates/sign", cards::signCertificate);
        route(cfg, "POST", "/readers/{reader}/authenticate", cards::authenticate);
        route(cfg, "POST", "/readers/{reader}/sign", cards::sign);
        route(cfg, "POST", "/compare", new CompareHandler()::compare);
        route(cfg, "GET", "/doctor", ctx -> ctx.json(doctor.examine()));
        simulator(cfg);
    }

    private void simulator(JavalinConfig cfg) {
        String sim = "/simulator";
        simRoute(cfg, "GET", sim + "/personas", SimulatorEndpoints::personas);
        simRoute(cfg, "GET", sim + "/readers", SimulatorEndpoints::readers);
        simRoute(cfg, "POST", sim + "/readers", SimulatorEndpoints::addReader);
        simRoute(cfg, "DELETE", sim + "/readers/{reader}", SimulatorEndpoints::removeReader);
        simRoute(cfg, "POST", sim + "/readers/{reader}/card", SimulatorEndpoints::insert);
        simRoute(cfg, "DELETE", sim + "/readers/{reader}/card", SimulatorEndpoints::remove);
        simRoute(cfg, "POST", sim + "/readers/{reader}/reset-counters", SimulatorEndpoints::resetCounters);
        simRoute(cfg, "POST", sim + "/readers/{reader}/faults", SimulatorEndpoints::faults);
        simRoute(cfg, "GET", sim + "/readers/{reader}/apdu-log", SimulatorEndpoints::apduLog);
    }

    private void simRoute(JavalinConfig cfg, String method, String path,
            java.util.function.BiConsumer<SimulatorEndpoints, Context> endpoint) {
        route(cfg, method, path, ctx -> {
            SimulatorEndpoints sim = services.simulator();
            if (sim == null) {
                throw new AgentException(AgentCode.SIMULATOR_ONLY, "start the agent with --simulator");
            }
            endpoint.accept(sim, ctx);
        });
    }

    private void route(JavalinConfig cfg, String method, String path, Handler handler) {
        routes.add(method + " " + API + path);
        switch (method) {
            case "GET" -> cfg.routes.get(API + path, handler);
            case "POST" -> cfg.routes.post(API + path, handler);
            case "DELETE" -> cfg.routes.delete(API + path, handler);
            default -> throw new IllegalArgumentException(method);
        }
    }

    /**
     * Serves the agent's own pages ({@code /agent/...}) and web-client's pages ({@code /public}) if present, read
     * as class-path resources by Javalin's own handler: Jetty's mounted the 21 MB jar as a zip file system for
     * every lookup (34 MB of memory and 0.1 s of start, issue 17).
     */
    private static void staticPages(JavalinConfig cfg) {
        cfg.resourceHandler(new JavalinStaticResourceHandler());
        cfg.staticFiles.add((Consumer<io.javalin.http.staticfiles.StaticFileConfig>) files -> {
            files.hostedPath = "/agent";
            files.directory = "/agent-pages";
            files.location = Location.CLASSPATH;
        });
        if (AgentApp.class.getResource("/public") != null) {
            cfg.staticFiles.add((Consumer<io.javalin.http.staticfiles.StaticFileConfig>) files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
        }
    }

    /** Every registered route as {@code METHOD /path}, after {@link #create()}. */
    public List<String> routes() {
        return List.copyOf(routes);
    }
}
