import io.javalin.Javalin;
import java.util.List;
import java.util.Map;

/** The smallest Javalin + Jackson + Logback agent: one JSON route, for the start-time floor of the base stack. */
public class Hello {
    public static void main(String[] args) {
        System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16"); // as the agent does
        org.slf4j.LoggerFactory.getLogger(Hello.class).info("starting");
        Javalin.create(cfg -> cfg.routes.get("/x", ctx -> ctx.json(List.of(Map.of("name", "reader", "card", true)))))
                .start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
