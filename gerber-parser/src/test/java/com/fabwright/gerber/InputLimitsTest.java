package com.fabwright.gerber;

import static com.fabwright.gerber.GerberText.hasCode;
import static com.fabwright.gerber.GerberText.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.input.InputLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each configurable limit, exceeded, gives a clear error and never an out-of-memory or a hang. */
class InputLimitsTest {
    private static final String HEADER = "%FSLAX46Y46*%%MOMM*%%ADD10C,0.1*%D10*";

    @Test
    void fileSizeOverTheLimitIsNotRead(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("big.gbr");
        Files.writeString(p, HEADER + "X0Y0D03*".repeat(1000) + "M02*");
        GerberFile f = new GerberReader(InputLimits.DEFAULTS.withMaxFileBytes(1000)).read(p);
        assertThat(hasCode(f, "GBR-E001")).isTrue();
        assertThat(f.image().objects()).isEmpty();
    }

    @Test
    void stepRepeatInstancesOverTheLimitStopReading() {
        GerberFile f = read(HEADER + "%SRX100000Y100000I1J1*%X0Y0D03*%SR*%M02*", InputLimits.DEFAULTS);
        assertThat(hasCode(f, "GBR-E008")).isTrue();
        assertThat(f.diagnostics().stream().filter(d -> d.code().equals("GBR-E008")).findFirst().orElseThrow().message())
                .contains("step-and-repeat");
    }

    @Test
    void blockNestingOverTheLimitStopsReading() {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 10; i++) {
            sb.append("%ABD").append(100 + i).append("*%");
        }
        GerberFile f = read(sb + "M02*", InputLimits.DEFAULTS.withMaxBlockNesting(5));
        assertThat(hasCode(f, "GBR-E008")).isTrue();
    }

    @Test
    void macroExpressionDepthOverTheLimitIsAnError() {
        String deep = "(".repeat(5000) + "1" + ")".repeat(5000);
        GerberFile f = read("%FSLAX46Y46*%%MOMM*%%AMM*1,1," + deep + ",0,0*%%ADD10M*%D10*X0Y0D03*M02*",
                InputLimits.DEFAULTS);
        assertThat(f.hasErrors()).isTrue();
        assertThat(f.diagnostics().get(0).message()).contains("nests deeper");
    }

    @Test
    void objectsPerLayerOverTheLimitStopReading() {
        GerberFile f = read(HEADER + "X0Y0D03*".repeat(200) + "M02*", InputLimits.DEFAULTS.withMaxObjectsPerLayer(100));
        assertThat(hasCode(f, "GBR-E008")).isTrue();
        assertThat(f.image().objects()).hasSize(100);
    }

    @Test
    void blocksFlashedManyTimesCountTowardsTheObjectLimit() {
        String body = "%ABD20*%" + "X0Y0D03*".repeat(100) + "%AB*%D20*" + "X0Y0D03*".repeat(100);
        GerberFile f = read(HEADER + body + "M02*", InputLimits.DEFAULTS.withMaxObjectsPerLayer(5000));
        assertThat(hasCode(f, "GBR-E008")).isTrue();
    }

    @Test
    void includeDepthIsLimitedAndIncludesOutsideTheFolderAreRefused(@TempDir Path dir) throws Exception {
        Path job = Files.createDirectories(dir.resolve("job"));
        Files.writeString(dir.resolve("secret.gbr"), "X0Y0D03*");
        Files.writeString(job.resolve("self.gbr"), "%IFself.gbr*%");
        Files.writeString(job.resolve("part.gbr"), "X1000000Y0D03*");
        Files.writeString(job.resolve("main.gbr"), HEADER + "%IFpart.gbr*%%IF../secret.gbr*%%IF/etc/passwd*%%IFself.gbr*%M02*");
        GerberFile f = new GerberReader(InputLimits.DEFAULTS.withMaxIncludeDepth(3)).read(job.resolve("main.gbr"));
        assertThat(f.image().objects()).hasSize(1);
        assertThat(f.diagnostics().stream().filter(d -> d.code().equals("GBR-E011")).map(d -> d.message()))
                .anyMatch(m -> m.contains("outside the job folder"))
                .anyMatch(m -> m.contains("nest deeper"));
    }
}
