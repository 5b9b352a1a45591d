package com.fabwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppHomeTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Map.of("FABWRIGHT_HOME", "/data/fw"), "Linux", "/home/u", Path.of("/data/fw")),
                Arguments.of(Map.of("FABWRIGHT_HOME", " "), "Linux", "/home/u", Path.of("/home/u/.local/share/fabwright")),
                Arguments.of(Map.of(), "Linux", "/home/u", Path.of("/home/u/.local/share/fabwright")),
                Arguments.of(Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/u", Path.of("/x/fabwright")),
                Arguments.of(Map.of("APPDATA", "/appdata"), "Windows 11", "/home/u", Path.of("/appdata", "Fabwright")),
                Arguments.of(Map.of(), "Mac OS X", "/Users/u", Path.of("/Users/u/Library/Application Support/Fabwright")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theDataFolderIsFabwrightHomeOrTheSystemsPerUserFolder(Map<String, String> env, String os, String home, Path expected) {
        assertThat(AppHome.resolve(env, os, home)).isEqualTo(expected);
    }
}
