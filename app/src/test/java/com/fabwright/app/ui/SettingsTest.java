package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path home;

    @Test
    void recentJobsAreNewestFirstWithoutRepeatsAndAtMostTen() {
        Settings s = Settings.load(home);
        assertThat(s.recentJobs()).isEmpty();
        for (int i = 0; i < 12; i++) {
            s.addRecent(List.of(Path.of("/jobs/j" + i)));
        }
        s.addRecent(List.of(Path.of("/jobs/j5")));
        s.addRecent(List.of(Path.of("/jobs/gerber"), Path.of("/jobs/bom.csv")));
        s.save();
        List<List<Path>> again = Settings.load(home).recentJobs();
        assertThat(again).hasSize(Settings.MAX_RECENT);
        assertThat(again.get(0)).containsExactly(Path.of("/jobs/gerber"), Path.of("/jobs/bom.csv"));
        assertThat(again.get(1)).containsExactly(Path.of("/jobs/j5"));
        assertThat(again).filteredOn(j -> j.equals(List.of(Path.of("/jobs/j5")))).hasSize(1);
    }

    @Test
    void windowValuesRoundTripAndBadOnesFallBack() throws Exception {
        Settings s = Settings.load(home.resolve("new-folder"));
        s.setDouble("window.width", 1400.5);
        s.setBoolean("window.maximized", true);
        s.setDouble("window.x", Double.NaN); // ignored
        s.save();
        Settings again = Settings.load(home.resolve("new-folder"));
        assertThat(again.getDouble("window.width", 0)).isEqualTo(1400.5);
        assertThat(again.getBoolean("window.maximized", false)).isTrue();
        assertThat(again.getDouble("window.x", -1)).isEqualTo(-1);
        Files.writeString(again.file(), "window.width=wide\n");
        assertThat(Settings.load(home.resolve("new-folder")).getDouble("window.width", 800)).isEqualTo(800);
    }

    @Test
    void anUnreadableFileGivesDefaults() throws Exception {
        Files.writeString(home.resolve("settings.properties"), "recent.0=\\u12");  // malformed escape
        assertThat(Settings.load(home).recentJobs()).isEmpty();
    }
}
