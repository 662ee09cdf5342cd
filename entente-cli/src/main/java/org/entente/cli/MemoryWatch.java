package org.entente.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Samples heap use in the background to report its peak; reads peak RSS from /proc. */
final class MemoryWatch {
    private volatile long peak;
    private volatile boolean running;
    private Thread thread;

    void start() {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                if (used > peak) peak = used;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-watch");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
    }

    long peakHeapMb() {
        return peak / (1024 * 1024);
    }

    /** VmHWM of this process (Linux), or "n/a". */
    static String peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return (kb / 1024) + " MB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "n/a";
        }
        return "n/a";
    }
}
