package dev.mynumber.sim.cli;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The options of the {@code pki-server} command, parsed strictly like {@link VpcdOptions}.
 *
 * @param host the address to listen on
 * @param port the TCP port
 */
public record PkiServerOptions(String host, int port) {
    /** The port used without {@code --port} (near vpcd's 35963/35964). */
    public static final int DEFAULT_PORT = 35980;

    /** Parses the arguments that follow {@code pki-server}. */
    public static PkiServerOptions parse(List<String> args) throws UsageException {
        String host = "127.0.0.1";
        int port = DEFAULT_PORT;
        Set<String> seen = new HashSet<>();
        for (Iterator<String> it = args.iterator(); it.hasNext();) {
            String option = it.next();
            if (!seen.add(option)) {
                throw new UsageException("option " + option + " given twice");
            }
            switch (option) {
                case "--host" -> host = VpcdOptions.value(option, it);
                case "--port" -> port = VpcdOptions.port(VpcdOptions.value(option, it));
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        return new PkiServerOptions(host, port);
    }
}
