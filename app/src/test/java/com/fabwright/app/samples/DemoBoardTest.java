package com.fabwright.app.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.job.FileKind;
import com.fabwright.job.FileSniffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code samples/demo-board} is exactly what {@link DemoBoardGenerator} makes.
 * Regenerate with {@code mvn -pl app -am test -Dtest=DemoBoardTest -Dfabwright.updateSamples=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DemoBoardTest {
    static Path samplesDir() {
        return Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");
    }

    @Test
    void committedSamplesMatchTheGenerator() throws IOException {
        Path dir = samplesDir();
        if (Boolean.getBoolean("fabwright.updateSamples")) {
            DemoBoardGenerator.write(dir);
        }
        for (Map.Entry<String, String> e : DemoBoardGenerator.generate().entrySet()) {
            Path file = dir.resolve(e.getKey());
            assertThat(file).as("run with -Dfabwright.updateSamples=true to create it").exists();
            assertThat(Files.readString(file, StandardCharsets.US_ASCII)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void gerberFilesSniffAsGerberAndDrillFilesAsExcellon() {
        DemoBoardGenerator.generate().forEach((name, content) -> {
            FileKind expected = name.endsWith(".gbr") ? FileKind.GERBER : FileKind.EXCELLON;
            assertThat(new FileSniffer().sniff(name, content.getBytes(StandardCharsets.US_ASCII)).kind()).as(name)
                    .isEqualTo(expected);
        });
    }

    @Test
    void everyGerberFileHasAFileFunctionAndEnds() {
        DemoBoardGenerator.generate().forEach((name, content) -> {
            if (name.endsWith(".gbr")) {
                assertThat(content).as(name).contains("%TF.FileFunction,").contains("%FSLAX46Y46*%").endsWith("M02*\n");
            }
        });
    }
}
