package org.entente.cli;

import io.javalin.Javalin;
import org.entente.server.Api;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve [--db FILE] [--port N] [--host H]}: the JSON API and the dashboard over the store, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store's events: a JSON API under /api and the dashboard at /, read-only (analyze may add to the store meanwhile).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "the port (default 8080; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--host", description = "the address to listen on (default 127.0.0.1: this machine only)")
    String host = "127.0.0.1";

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        Javalin app = new Api(store.existing()).app();
        app.start(host, port);
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("serving " + store.db + " at http://" + shown + ":" + app.port() + "/ (Ctrl-C to stop)");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
