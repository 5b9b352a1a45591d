package com.fabwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash safety (issue 6): child JVMs save quotes in a loop and are killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at random moments; afterwards the database passes
 * {@code PRAGMA integrity_check} and holds every revision whose save was acknowledged.
 */
class KillNineTest {
    private static final Logger LOG = LoggerFactory.getLogger(KillNineTest.class);

    @TempDir
    Path dir;

    @Test
    void killing_the_process_mid_save_never_loses_an_acknowledged_quote_nor_damages_the_file() throws Exception {
        Path db = dir.resolve("kill.db");
        Random rnd = new Random(42);
        Set<String> acked = Collections.synchronizedSet(new HashSet<>());
        int rounds = 0;
        while (rounds < 8 && (acked.size() < 250 || rounds < 4)) {
            rounds++;
            Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    KillChild.class.getName(), db.toString()).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> mine = Collections.synchronizedList(new ArrayList<>());
            Object ready = new Object();
            boolean[] isReady = {false};
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.equals("READY")) {
                            synchronized (ready) {
                                isReady[0] = true;
                                ready.notifyAll();
                            }
                        } else if (line.startsWith("ACK ")) {
                            mine.add(line.substring(4));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the pipe closes when the child is killed
                }
            });
            reader.start();
            synchronized (ready) {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!isReady[0] && System.nanoTime() < until && p.isAlive()) {
                    ready.wait(200);
                }
            }
            // let it acknowledge a random number of saves, then kill at a random moment of the next ones
            int target = 40 + rnd.nextInt(40);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (mine.size() < target && p.isAlive() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            long t0 = System.nanoTime();
            int before = mine.size();
            Thread.sleep(rnd.nextInt(40));
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            acked.addAll(mine);
            LOG.info("round {}: {} saves acknowledged, exit {}", rounds, mine.size(), p.exitValue());
            System.out.printf("round %d: %d saves acknowledged (%d in the last %d ms before the kill)%n", rounds, mine.size(),
                    mine.size() - before, (System.nanoTime() - t0) / 1_000_000);
        }
        try (QuoteStore s = new QuoteStore(db)) {
            assertThat(s.integrityCheck()).isEqualTo("ok");
            for (String id : acked) {
                SavedQuote q = s.find(id).orElse(null);
                assertThat(q).as("acknowledged " + id).isNotNull();
                assertThat(q.quote().breaks()).hasSize(1);
            }
            System.out.printf("kill -9 test: %d rounds, %d acknowledged saves, all present, integrity ok%n", rounds, acked.size());
        }
        assertThat(acked.size()).isGreaterThanOrEqualTo(100);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
